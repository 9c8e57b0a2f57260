package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.FrenchProfile;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    private final Invoice invoice = DemoCompany.invoice(DemoCompany.customer(), LocalDate.of(2026, 1, 15));

    @Test
    void demoInvoiceTotalsMatchAHandCalculation() {
        // By hand: line 1 = 2400.00 - 10 % = 2160.00; line 2 = 6.5 h x 85.00 = 552.50; line 3 = 3 x 32.50 = 97.50;
        // line 4 = 12 x 14.9917 = 179.9004 -> 179.90. Charge 45.00 at 20 %.
        // 20 % base = 2160.00 + 552.50 + 179.90 + 45.00 = 2937.40, VAT 587.48; 5.5 % base 97.50, VAT 5.3625 -> 5.36.
        InvoiceTotals totals = invoice.totals();
        assertThat(decimal(totals.sumOfLineNetAmounts())).isEqualTo("2989.90");
        assertThat(decimal(totals.chargeTotal())).isEqualTo("45.00");
        assertThat(decimal(totals.taxExclusiveAmount())).isEqualTo("3034.90");
        assertThat(decimal(
                        totals.breakdownOf(VatRate.standard("20")).orElseThrow().vatAmount()))
                .isEqualTo("587.48");
        assertThat(decimal(totals.breakdownOf(VatRate.standard("5.5"))
                        .orElseThrow()
                        .vatAmount()))
                .isEqualTo("5.36");
        assertThat(decimal(totals.vatTotal())).isEqualTo("592.84");
        assertThat(decimal(totals.amountDue())).isEqualTo("3627.74");
    }

    @Test
    void demoInvoiceIsValidEn16931AndFrench() {
        assertThat(En16931Validator.validate(invoice)).isEmpty();
        assertThat(FrenchProfile.validate(invoice)).isEmpty();
    }

    @Test
    void demoPrintsCustomerInvoiceTotalsAndBreakdown(@TempDir Path output) {
        String out = runDemo(output);

        assertThat(out)
                .contains("Customer C-0042: Boulangerie Martin SAS")
                .contains("alt. phone  +33698765432")
                .contains("INVOICE FA-2026-00001")
                .contains("Remise fidélité (10 %)")
                .contains("AMOUNT DUE (BT-115)")
                .contains("3627.74 EUR")
                .contains("EN 16931 business rules: no violation")
                .contains("French legal mentions: no violation");
        assertThat(out).containsPattern("S\\s+20%\\s+2937\\.40\\s+587\\.48");
        assertThat(out).containsPattern("S\\s+5\\.5%\\s+97\\.50\\s+5\\.36");
    }

    @Test
    void theInvoiceIsPaidInThreeInstallmentsOneLate() {
        PaymentStory story = PaymentStory.play(DemoCompany.customer(), invoice);
        String number = invoice.number().orElseThrow();

        // 3627.74 / 3 = 1209.246..: the first parts take the extra cent, the last the remainder
        assertThat(story.plan().installments())
                .extracting(i -> i.dueDate() + " " + decimal(i.amount()))
                .containsExactly("2026-02-14 1209.25", "2026-03-14 1209.25", "2026-04-14 1209.24");
        assertThat(story.accountWhenLate().statusOf(number)).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(story.accountWhenLate().overdueItems(story.lateCheck()))
                .singleElement()
                .satisfies(item -> assertThat(item.installmentNumber()).isEqualTo(2));
        assertThat(story.account().statusOf(number)).isEqualTo(InvoiceStatus.PAID);
        assertThat(decimal(story.account().balance())).isEqualTo("0.00");
        assertThat(story.describe())
                .contains("installment 2 overdue by 6 days, 1209.25 EUR open")
                .contains("STATEMENT of customer C-0042")
                .containsPattern("2026-03-28\\s+payment\\s+PSP-ch_3QxLate\\s+1209\\.25\\s+1209\\.24");
    }

    @Test
    void demoNumbersItsDocumentsGapFreeFromAnH2FileDatabase(@TempDir Path output) {
        String first = runDemo(output);
        String second = runDemo(output);

        assertThat(output.resolve("numbering.mv.db")).exists();
        assertThat(first)
                .containsPattern("FA-2026-00001\\s+COMMERCIAL_INVOICE\\s+issued 2026-01-15\\s+3627\\.74 EUR")
                .containsPattern("FA-2026-00002\\s+COMMERCIAL_INVOICE\\s+issued 2026-02-01\\s+144\\.00 EUR")
                .containsPattern("AV-2026-00001\\s+CREDIT_NOTE\\s+issued 2026-02-03\\s+36\\.00 EUR");
        assertThat(second).as("a new run starts a fresh database: same numbers").isEqualTo(first);
    }

    @Test
    void theSubscriptionIsBilledOnMonthEndsAndTheLateInstallmentIsReminded() {
        Customer customer = DemoCompany.customer();
        List<BilledPeriod> billed = SubscriptionStory.billFirstHalf(customer);

        assertThat(billed)
                .extracting(b -> b.period().toString())
                .containsExactly(
                        "[2026-01-31, 2026-02-28)",
                        "[2026-02-28, 2026-03-31)",
                        "[2026-03-31, 2026-04-30)",
                        "[2026-04-30, 2026-05-31)",
                        "[2026-05-31, 2026-06-30)",
                        "[2026-06-30, 2026-07-31)");
        assertThat(billed)
                .allSatisfy(b ->
                        assertThat(decimal(b.invoice().totals().amountDue())).isEqualTo("58.80"));

        PaymentStory story = PaymentStory.play(customer, invoice);
        List<Reminder> reminders = SubscriptionStory.remindersEveryDay(
                story.accountWhenLate(),
                LocalDate.of(2026, 2, 1),
                story.latePaymentDay().minusDays(1));
        assertThat(reminders)
                .extracting(r -> r.date() + " " + r.stepKey() + " " + r.installmentNumber())
                .containsExactly(
                        "2026-03-07 friendly-notice 2", "2026-03-14 due-today 2", "2026-03-21 first-reminder 2");
        assertThat(reminders.get(2).body()).contains("209,25 EUR").contains("FA-2026-00001");
    }

    @Test
    void quickStartInvoiceIsDueWithVat() {
        assertThat(decimal(QuickStart.invoice().totals().amountDue())).isEqualTo("2880.00");
    }

    private static String runDemo(Path output) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), output);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String decimal(javax.money.MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }
}
