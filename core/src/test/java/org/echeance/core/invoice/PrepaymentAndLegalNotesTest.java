package org.echeance.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.Monetary;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.party.Party;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PrepaymentAndLegalNotesTest {
    private static Invoice.Builder document(DocumentType type, String currency, String price) {
        return Invoice.builder(type, Monetary.getCurrency(currency))
                .seller(Party.builder("S").build())
                .buyer(Party.builder("B").build())
                .line(InvoiceLine.builder("1", "Kitchen")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(new BigDecimal(price), currency))
                        .vatRate(VatRate.standard("20"))
                        .build());
    }

    @Test
    void aDepositInvoiceIsDeductedWithItsNumberAndDate() {
        // deposit of 30 % on a 10,000.00 + VAT kitchen: 3,000.00 + 600.00 VAT = 3,600.00
        Invoice deposit = document(DocumentType.PREPAYMENT_INVOICE, "EUR", "3000.00")
                .number("AC-2026-001")
                .issueDate(LocalDate.of(2026, 1, 10))
                .build();
        Invoice fin = document(DocumentType.COMMERCIAL_INVOICE, "EUR", "10000.00")
                .deductPrepayment(deposit)
                .build();

        assertThat(fin.precedingInvoices())
                .containsExactly(InvoiceReference.of("AC-2026-001", LocalDate.of(2026, 1, 10)));
        assertThat(Amounts.toPlainString(fin.totals().prepaidAmount())).isEqualTo("3600.00");
        assertThat(Amounts.toPlainString(fin.totals().taxInclusiveAmount())).isEqualTo("12000.00");
        assertThat(Amounts.toPlainString(fin.totals().amountDue())).isEqualTo("8400.00");
    }

    @Test
    void onlyAnIssuedPrepaymentInvoiceInTheSameCurrencyIsDeducted() {
        Invoice notADeposit = document(DocumentType.COMMERCIAL_INVOICE, "EUR", "10.00")
                .number("F1")
                .issueDate(LocalDate.of(2026, 1, 1))
                .build();
        Invoice draftDeposit =
                document(DocumentType.PREPAYMENT_INVOICE, "EUR", "10.00").build();
        Invoice dollarDeposit = document(DocumentType.PREPAYMENT_INVOICE, "USD", "10.00")
                .number("AC-1")
                .issueDate(LocalDate.of(2026, 1, 1))
                .build();
        Invoice.Builder fin = document(DocumentType.COMMERCIAL_INVOICE, "EUR", "100.00");

        assertThatThrownBy(() -> fin.deductPrepayment(notADeposit))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-LIFE-04"));
        assertThatThrownBy(() -> fin.deductPrepayment(draftDeposit)).isInstanceOf(InvoiceStateException.class);
        assertThatThrownBy(() -> fin.deductPrepayment(dollarDeposit)).isInstanceOf(CurrencyMismatchException.class);
        assertThat(fin.build().precedingInvoices())
                .as("refusals changed nothing")
                .isEmpty();
    }

    @Test
    void frenchPaymentNotesCarryTheirSubjectCodes() {
        Invoice invoice = document(DocumentType.COMMERCIAL_INVOICE, "EUR", "100.00")
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE)
                .build();

        assertThat(invoice.notes())
                .extracting(n -> n.subjectCode().orElseThrow() + ": " + n.text())
                .containsExactly(
                        "PMD: Pénalités de retard : 12,15 % l'an, exigibles dès le jour suivant la date d'échéance sans"
                                + " qu'un rappel soit nécessaire",
                        "PMT: Indemnité forfaitaire pour frais de recouvrement : 40 EUR",
                        "AAB: Pas d'escompte pour paiement anticipé");
    }
}
