package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.BillingTiming;
import org.echeance.scheduling.subscription.InMemoryBillingRunStore;
import org.echeance.scheduling.subscription.Subscription;
import org.javamoney.moneta.Money;

/**
 * Use case: a monthly subscription billed on month ends. Hosting at 29.00 EUR a month, anchored on the last day of
 * each month ({@code FREQ=MONTHLY;BYMONTHDAY=-1}) and billed in advance: 31 January, 28 February, 31 March… never
 * drifting to the 28th. A billing run for a date bills every period due by then, once: running it again bills
 * nothing.
 */
public final class SubscriptionExample {
    private SubscriptionExample() {}

    /**
     * Bills the first half of 2026 and prints the invoices.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ExampleLogging.quiet();
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Bills the first half of 2026 and prints the invoices.
     *
     * @param out where to print
     * @return the periods billed
     */
    public static List<BilledPeriod> run(PrintStream out) {
        Customer customer = DemoCompany.customer();
        Subscription hosting = Subscription.builder("atelier-durand", "SUB-HOSTING-0042")
                .seller(DemoCompany.seller())
                .customer(customer)
                .line(InvoiceLine.builder("1", "Hébergement")
                        .quantity("1", UnitCode.MONTH)
                        .unitPrice(Money.of(29, DemoCompany.EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1"))
                .timing(BillingTiming.IN_ADVANCE)
                .start(LocalDate.of(2026, 1, 31))
                .build();
        BillingRun run = BillingRun.of(InMemoryBillingRunStore.create());
        List<BilledPeriod> billed = run.run(LocalDate.of(2026, 6, 30), List.of(hosting));
        for (BilledPeriod period : billed) {
            out.println("billed " + period.billingDate() + " for " + period.period() + ", due "
                    + period.invoice().dueDate().orElseThrow() + ": "
                    + Amounts.toPlainString(period.invoice().totals().amountDue()) + " EUR");
        }
        out.println("second run, same date: "
                + run.run(LocalDate.of(2026, 6, 30), List.of(hosting)).size() + " period billed");
        return billed;
    }
}
