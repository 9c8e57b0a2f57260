package org.echeance.scheduling.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.AccountFixtures.EUR;
import static org.echeance.scheduling.AccountFixtures.charge;
import static org.echeance.scheduling.AccountFixtures.chargeInstallments;
import static org.echeance.scheduling.AccountFixtures.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.Monetary;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.text.DocumentText;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ReminderTemplatesTest {
    private static final ReminderEngine ENGINE = ReminderEngine.ofBuiltInTemplates();
    private static final ReminderPlan PLAN = ReminderPlan.frenchDefault();
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    /** ECB main refinancing rate 2.15 % + 10 points (Code de commerce L441-10 II). */
    private static final LatePaymentTerms TERMS = LatePaymentTerms.frenchDefault(new BigDecimal("2.15"));

    private static CustomerAccount account() {
        return charge(CustomerAccount.open("seller-A", "C1", EUR), "FA-2026-00042", "1209.25", ISSUED, DUE);
    }

    private static Reminder only(CustomerAccount account, ReminderContext context, String day) {
        List<Reminder> produced =
                ENGINE.remindersDue(account, PLAN, context, LocalDate.parse(day), InMemoryReminderLog.create());
        assertThat(produced).hasSize(1);
        return produced.get(0);
    }

    @Test
    void theFrenchFormalNoticeStatesAmountDeadlinePenaltiesAndIndemnity() {
        Reminder r = only(account(), ReminderContext.of(Locale.FRANCE).withLatePaymentTerms(TERMS), "2026-03-31");

        assertThat(r.stepKey()).isEqualTo("formal-notice");
        assertThat(r.subject()).isEqualTo("Mise en demeure de payer : facture FA-2026-00042");
        assertThat(r.body())
                .isEqualTo("Madame, Monsieur,\n\n"
                        + "Malgré nos relances, la facture FA-2026-00042, échue le 1er mars 2026, demeure impayée."
                        + " Nombre de jours de retard : 30.\n\n"
                        + "Par la présente, nous vous mettons en demeure de nous régler la somme de 1\u00a0209,25 EUR"
                        + " au plus tard le 8 avril 2026.\n\n"
                        + "Conformément à l'article L441-10 du Code de commerce, des pénalités de retard au taux"
                        + " annuel de 12,15 % sont exigibles depuis le jour suivant la date d'échéance, sans qu'un"
                        + " rappel soit nécessaire.\n\n"
                        + "Une indemnité forfaitaire pour frais de recouvrement de 40,00 EUR est en outre due de"
                        + " plein droit (article D441-5 du Code de commerce).\n\n"
                        + "À défaut de règlement dans ce délai, nous engagerons une procédure de recouvrement sans"
                        + " autre avis.\n\n"
                        + "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.");
        assertThat(r.locale()).isEqualTo(Locale.FRANCE);
        assertThat(r.templateKey()).isEqualTo("formal-notice");
    }

    @Test
    void theEnglishFirstReminderStatesAmountAndDeadline() {
        Reminder r = only(account(), ReminderContext.of(Locale.UK), "2026-03-08");

        assertThat(r.subject()).isEqualTo("Reminder: invoice FA-2026-00042 is unpaid");
        assertThat(r.body())
                .isEqualTo("Hello,\n\n"
                        + "According to our records, invoice FA-2026-00042, due on 1 March 2026, is still unpaid."
                        + " Days overdue: 7.\n\n"
                        + "Please pay the amount of 1,209.25 EUR by 16 March 2026 at the latest.\n\n"
                        + "If you have already paid, please disregard this message.\n\n"
                        + "Kind regards");
    }

    @Test
    void everyBuiltInStepHasBothLanguagesAndStatesTheAmountAndTheDeadline() {
        String[] days = {"2026-02-22", "2026-03-01", "2026-03-08", "2026-03-16", "2026-03-31"};
        String[] frenchDeadlines = {"1er mars 2026", "1er mars 2026", "16 mars 2026", "31 mars 2026", "8 avril 2026"};
        String[] englishDeadlines = {"1 March 2026", "1 March 2026", "16 March 2026", "31 March 2026", "8 April 2026"};
        for (int i = 0; i < days.length; i++) {
            Reminder fr = only(account(), ReminderContext.of(Locale.FRENCH).withLatePaymentTerms(TERMS), days[i]);
            Reminder en = only(account(), ReminderContext.of(Locale.ENGLISH).withLatePaymentTerms(TERMS), days[i]);
            assertThat(fr.stepKey()).isEqualTo(PLAN.steps().get(i).key());
            assertThat(fr.body()).contains("1\u00a0209,25 EUR", frenchDeadlines[i], "FA-2026-00042");
            assertThat(en.body()).contains("1,209.25 EUR", englishDeadlines[i], "FA-2026-00042");
            assertThat(fr.subject()).contains("FA-2026-00042");
            assertThat(en.subject()).contains("FA-2026-00042");
            assertThat(fr.body() + en.body()).doesNotContain("{", "}");
        }
    }

    @Test
    void amountsHaveTheirCurrencysScale() {
        CustomerAccount yen = charge(
                CustomerAccount.open("seller-A", "JP1", Monetary.getCurrency("JPY")), "F1", "120000", ISSUED, DUE);
        CustomerAccount dinar =
                charge(CustomerAccount.open("seller-A", "BH1", Monetary.getCurrency("BHD")), "F1", "1.5", ISSUED, DUE);

        assertThat(only(yen, ReminderContext.of(Locale.FRENCH), "2026-03-08").body())
                .contains("120\u00a0000 JPY");
        assertThat(only(yen, ReminderContext.of(Locale.ENGLISH), "2026-03-08").body())
                .contains("120,000 JPY");
        assertThat(only(dinar, ReminderContext.of(Locale.FRENCH), "2026-03-08").body())
                .contains("1,500 BHD");
        assertThat(only(dinar, ReminderContext.of(Locale.ENGLISH), "2026-03-08").body())
                .contains("1.500 BHD");
    }

    @Test
    void numbersAreGroupedByThousandsTheSameWayOnEveryJdk() {
        assertThat(DocumentText.FRENCH.amount(money("0.5", EUR))).isEqualTo("0,50");
        assertThat(DocumentText.FRENCH.amount(money("999.99", EUR))).isEqualTo("999,99");
        assertThat(DocumentText.FRENCH.amount(money("1000", EUR))).isEqualTo("1\u00a0000,00");
        assertThat(DocumentText.ENGLISH.amount(money("1234567.891", EUR))).isEqualTo("1,234,567.891");
        assertThat(DocumentText.ENGLISH.amount(money("-12345.6", EUR))).isEqualTo("-12,345.60");
        assertThat(DocumentText.FRENCH.date(LocalDate.of(2026, 8, 1))).isEqualTo("1er août 2026");
        assertThat(DocumentText.ENGLISH.date(LocalDate.of(2026, 12, 25))).isEqualTo("25 December 2026");
        assertThat(DocumentText.FRENCH.percent(new BigDecimal("12.150"))).isEqualTo("12,15 %");
        assertThat(DocumentText.ENGLISH.percent(new BigDecimal("1E+1"))).isEqualTo("10%");
    }

    @Test
    void aConsumerFormalNoticeLeavesTheIndemnityOutAndNoTermsLeaveBothOut() {
        ReminderContext consumer = ReminderContext.of(Locale.FRENCH)
                .withLatePaymentTerms(LatePaymentTerms.ofConsumer(new BigDecimal("8.5")));

        String consumerBody = only(account(), consumer, "2026-03-31").body();
        String bareBody =
                only(account(), ReminderContext.of(Locale.FRENCH), "2026-03-31").body();

        assertThat(consumerBody).contains("au taux annuel de 8,5 %").doesNotContain("indemnité", "40");
        assertThat(bareBody)
                .doesNotContain("pénalités", "indemnité")
                .contains("au plus tard le 8 avril 2026.\n\nÀ défaut de règlement");
    }

    @Test
    void anInvoiceInInstallmentsNamesTheInstallment() {
        CustomerAccount a = chargeInstallments(
                CustomerAccount.open("seller-A", "C1", EUR),
                "F2",
                ISSUED,
                "600.00",
                "2026-03-01",
                "609.25",
                "2026-04-01");

        assertThat(only(a, ReminderContext.of(Locale.ENGLISH), "2026-03-01").body())
                .contains("Invoice F2 (installment 1 of 2) falls due today, 1 March 2026. The amount of 600.00 EUR");
    }

    @Test
    void aLanguageWithoutTextsIsWrittenInEnglishAndApplicationsAddTheirOwn() {
        assertThat(only(account(), ReminderContext.of(Locale.GERMANY), "2026-03-08")
                        .subject())
                .isEqualTo("Reminder: invoice FA-2026-00042 is unpaid");

        ReminderTemplates german = ReminderTemplates.builtIn()
                .with(
                        Locale.GERMAN,
                        Map.of(
                                "first-reminder.subject", "Zahlungserinnerung: Rechnung {invoice}",
                                "first-reminder.body", "Bitte zahlen Sie {amount} {currency} bis {deadline}."));
        List<Reminder> produced = ReminderEngine.of(german)
                .remindersDue(
                        account(),
                        ReminderPlan.of(ReminderStep.of("r1", 7, 1, "first-reminder")),
                        ReminderContext.of(Locale.GERMANY),
                        LocalDate.of(2026, 3, 8),
                        InMemoryReminderLog.create());

        assertThat(german.languages()).containsExactly("de", "en", "fr");
        assertThat(produced).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Zahlungserinnerung: Rechnung FA-2026-00042");
            // Values are written the English way in every language but French
            assertThat(r.body()).isEqualTo("Bitte zahlen Sie 1,209.25 EUR bis 1 March 2026.");
        });
    }

    @Test
    void aPartialTranslationFallsBackToEnglishKeyByKey() {
        // German gives only the subject: the body and the fee clause are the English ones, values written the
        // English way
        ReminderTemplates german = ReminderTemplates.builtIn()
                .with(Locale.GERMAN, Map.of("first-reminder.subject", "Zahlungserinnerung: Rechnung {invoice}"));
        ReminderPlan plan =
                ReminderPlan.of(ReminderStep.of("r1", 7, 1, "first-reminder").withFee(money("5", EUR)));

        List<Reminder> produced = ReminderEngine.of(german)
                .remindersDue(
                        account(),
                        plan,
                        ReminderContext.of(Locale.GERMANY),
                        LocalDate.of(2026, 3, 8),
                        InMemoryReminderLog.create());

        assertThat(german.text(Locale.GERMANY, "first-reminder.body"))
                .isEqualTo(ReminderTemplates.builtIn().text(Locale.ENGLISH, "first-reminder.body"));
        assertThat(produced).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("Zahlungserinnerung: Rechnung FA-2026-00042");
            assertThat(r.body())
                    .isEqualTo("Hello,\n\n"
                            + "According to our records, invoice FA-2026-00042, due on 1 March 2026, is still unpaid."
                            + " Days overdue: 7.\n\n"
                            + "Please pay the amount of 1,209.25 EUR by 1 March 2026 at the latest.\n\n"
                            + "A reminder fee of 5.00 EUR is added to this amount.\n\n"
                            + "If you have already paid, please disregard this message.\n\n"
                            + "Kind regards");
        });
    }

    @Test
    void aTranslatedBodyWithoutItsClausesTakesTheEnglishClauses() {
        ReminderTemplates german = ReminderTemplates.builtIn()
                .with(
                        Locale.GERMAN,
                        Map.of(
                                "first-reminder.subject", "Zahlungserinnerung: Rechnung {invoice}",
                                "first-reminder.body", "Bitte zahlen Sie {amount} {currency}.{feeClause}"));

        List<Reminder> produced = ReminderEngine.of(german)
                .remindersDue(
                        account(),
                        ReminderPlan.of(
                                ReminderStep.of("r1", 7, 1, "first-reminder").withFee(money("5", EUR))),
                        ReminderContext.of(Locale.GERMANY),
                        LocalDate.of(2026, 3, 8),
                        InMemoryReminderLog.create());

        assertThat(produced)
                .singleElement()
                .extracting(Reminder::body)
                .isEqualTo("Bitte zahlen Sie 1,209.25 EUR.\n\nA reminder fee of 5.00 EUR is added to this amount.");
    }

    @Test
    void unknownPlaceholdersAreRefusedWhenTextsAreAdded() {
        assertThatThrownBy(() -> ReminderTemplates.builtIn()
                        .with(
                                Locale.FRENCH,
                                Map.of(
                                        "x.body", "Montant {montant} et {amount}",
                                        "clause.fee", "{feeClause}")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(
                                new Violation(
                                        "ECH-REMIND-20",
                                        "templates.fr.clause.fee",
                                        "{feeClause} is not a placeholder a clause may use"),
                                new Violation(
                                        "ECH-REMIND-20",
                                        "templates.fr.x.body",
                                        "{montant} is not a placeholder; see ReminderTemplates")));
        // Braces around anything but a word stay as they are
        assertThat(ReminderTemplates.builtIn()
                        .with(Locale.FRENCH, Map.of("x.body", "{ } {1}"))
                        .text(Locale.FRENCH, "x.body"))
                .contains("{ } {1}");
    }

    @Test
    void theBuiltInTextsAreReadAsUtf8() {
        assertThat(ReminderTemplates.builtIn().text(Locale.FRENCH, "friendly-notice.subject"))
                .contains("Échéance prochaine : facture {invoice}");
        assertThat(ReminderTemplates.builtIn().text(Locale.CANADA_FRENCH, "clause.installment"))
                .contains(" (échéance {installment} sur {installments})");
    }
}
