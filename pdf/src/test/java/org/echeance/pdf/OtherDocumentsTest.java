package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.pdf.PdfFixtures.eur;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.payment.Payment;
import org.echeance.scheduling.reminder.Reminder;
import org.junit.jupiter.api.Test;

class OtherDocumentsTest {
    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    @Test
    void installmentSchedule() {
        Invoice invoice = PdfFixtures.demoInvoice();
        // 3627.74 in 3 equal parts: 1209.25 + 1209.25 + 1209.24 (the first parts take the cent left over)
        InstallmentPlan plan = InstallmentPlan.forInvoice(
                invoice,
                org.echeance.core.installment.PlanShape.equalParts(3),
                DueDates.monthly(LocalDate.of(2026, 2, 14)));

        byte[] pdf = renderer.renderInstallmentSchedule(invoice, plan, PdfFixtures.options());

        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains("Échéancier", "Échéancier de la facture FA-2026-00001 du 15/01/2026")
                .contains("1 14/02/2026 1 209,25 €", "2 14/03/2026 1 209,25 €", "3 14/04/2026 1 209,24 €")
                .contains("Total 3 627,74 €", "IBAN : FR14 2004 1010 0505 0001 3M02 606");
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void customerStatement() {
        Invoice invoice = PdfFixtures.demoInvoice();
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", PdfFixtures.EUR)
                .charge(invoice)
                .account()
                .recordPayment(
                        Payment.bankTransfer("VIR-1", LocalDate.of(2026, 2, 10), eur("1000.00"), PdfFixtures.REFERENCE))
                .account();
        CustomerStatement statement =
                account.statement(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28));

        byte[] pdf = renderer.renderStatement(statement, PdfFixtures.buyer(), PdfFixtures.options());

        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains("Relevé de compte", "Boulangerie Martin SAS", "C-0042")
                .contains("Solde d'ouverture 0,00 €")
                .contains("15/01/2026 Facture FA-2026-00001 3 627,74 € 3 627,74 €")
                .contains("10/02/2026 Règlement VIR-1 1 000,00 € 2 627,74 €")
                .contains("Solde de clôture 2 627,74 €")
                .contains("Échéances en retard", "FA-2026-00001 1 14/02/2026 2 627,74 €");
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void reminderLetterWithInterestIndemnityAndFee() {
        Reminder reminder = new Reminder(
                "atelier-durand",
                "C-0042",
                "FA-2026-00001",
                1,
                "second",
                2,
                LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 2, 14),
                eur("2627.74"),
                LocalDate.of(2026, 3, 31),
                30,
                "firm",
                Locale.FRANCE,
                Optional.of(eur("15.00")),
                "Deuxième relance : facture FA-2026-00001",
                "Madame, Monsieur,\n\nSauf erreur de notre part, la facture FA-2026-00001 reste impayée.",
                List.of());
        // Interest at 12.15 % a year on 2627.74 for 30 days: 2627.74 × 0.1215 × 30 / 365 = 26.24
        ReminderLetter letter = ReminderLetter.of(reminder, PdfFixtures.buyer())
                .withLatePayment(PdfFixtures.LATE_TERMS, Optional.of(eur("26.24")));

        byte[] pdf = renderer.renderReminder(letter, PdfFixtures.options());

        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains("Deuxième relance : facture FA-2026-00001", "la facture FA-2026-00001 reste impayée")
                .contains("Facture FA-2026-00001, échéance 1", "Jours de retard 30")
                .contains("Montant dû 2 627,74 €")
                .contains("Pénalités de retard (12,15 %) 26,24 €")
                .contains("Indemnité forfaitaire pour frais de recouvrement 40,00 €")
                .contains("Frais de relance 15,00 €")
                // 2627.74 + 26.24 + 40.00 + 15.00 = 2708.98
                .contains("Total à régler 2 708,98 €")
                .contains("À régler au plus tard le 31/03/2026");
        assertThat(PdfReading.pdfA3bFailures(pdf)).isEmpty();
    }

    @Test
    void aReminderBeforeTheDueDateClaimsNoIndemnity() {
        Reminder friendly = new Reminder(
                "atelier-durand",
                "C-0042",
                "FA-2026-00001",
                1,
                "before",
                0,
                LocalDate.of(2026, 2, 7),
                LocalDate.of(2026, 2, 14),
                eur("3627.74"),
                LocalDate.of(2026, 2, 14),
                0,
                "friendly",
                Locale.UK,
                Optional.empty(),
                "Invoice FA-2026-00001 falls due on 14 February",
                "Dear customer,\n\nA friendly note.",
                List.of());
        ReminderLetter letter = ReminderLetter.of(friendly, PdfFixtures.buyer())
                .withLatePayment(PdfFixtures.LATE_TERMS, Optional.empty());

        byte[] pdf = renderer.renderReminder(letter, PdfFixtures.options(Locale.UK));

        assertThat(PdfReading.text(pdf))
                .contains("Amount due €3,627.74", "Total to pay €3,627.74", "To be paid by 14 Feb 2026")
                .doesNotContain("Fixed compensation for recovery costs €");
    }
}
