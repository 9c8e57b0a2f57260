package org.echeance.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderLog;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.InMemoryBillingRunStore;
import org.echeance.scheduling.subscription.Subscription;
import org.javamoney.moneta.Money;

/**
 * A monthly maintenance subscription billed on the 31st (Feb 28, Mar 31, Apr 30… and back to the 31st), and
 * the reminder timeline of the late installment of the payment story, run day by day.
 */
public final class SubscriptionStory {
    private SubscriptionStory() {}

    /**
     * Returns the subscription: maintenance at 49.00 EUR a month, billed in advance from 31 January 2026.
     *
     * @param customer the customer
     * @return the subscription
     */
    public static Subscription maintenance(Customer customer) {
        return Subscription.builder("atelier-durand", "SUB-MAINT-0042")
                .seller(DemoCompany.seller())
                .customer(customer)
                .line(InvoiceLine.builder("1", "Maintenance du site")
                        .sellerItemId("MAINT-M")
                        .quantity("1", UnitCode.MONTH)
                        .unitPrice(Money.of(49, DemoCompany.EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .rule(RecurrenceRule.parse("FREQ=MONTHLY"))
                .start(LocalDate.of(2026, 1, 31))
                .build();
    }

    /**
     * Runs the billing for the first half of 2026, twice (the second run bills nothing: runs are idempotent).
     *
     * @param customer the customer
     * @return the periods billed, by the first run
     */
    public static List<BilledPeriod> billFirstHalf(Customer customer) {
        BillingRun run = BillingRun.of(InMemoryBillingRunStore.create());
        List<Subscription> subscriptions = List.of(maintenance(customer));
        List<BilledPeriod> billed = run.run(LocalDate.of(2026, 6, 30), subscriptions);
        if (!run.run(LocalDate.of(2026, 6, 30), subscriptions).isEmpty()) {
            throw new IllegalStateException("a billing run billed a period twice");
        }
        return billed;
    }

    /**
     * Runs the French default reminder plan every day over an account, as a daily job would.
     *
     * @param account the account
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the reminders produced, in order
     */
    public static List<Reminder> remindersEveryDay(CustomerAccount account, LocalDate from, LocalDate to) {
        ReminderEngine engine = ReminderEngine.ofBuiltInTemplates();
        ReminderLog log = InMemoryReminderLog.create();
        List<Reminder> reminders = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            // the job runs twice a day: the log makes the second run a no-op
            reminders.addAll(engine.remindersDue(account, ReminderPlan.frenchDefault(), day, log));
            reminders.addAll(engine.remindersDue(account, ReminderPlan.frenchDefault(), day, log));
        }
        return reminders;
    }

    /**
     * Returns both parts of the story as text.
     *
     * @param customer the customer
     * @param story the payment story, whose late installment is reminded
     * @return the text
     */
    public static String describe(Customer customer, PaymentStory story) {
        StringBuilder out =
                new StringBuilder("Subscription SUB-MAINT-0042: maintenance 49.00 EUR/month, billed on the 31st\n");
        for (BilledPeriod billed : billFirstHalf(customer)) {
            out.append(String.format(
                    "  billed %s for [%s, %s)  %s EUR%n",
                    billed.billingDate(),
                    billed.period().startInclusive(),
                    billed.period().endExclusive(),
                    InvoiceTextLayout.money(billed.invoice().totals().amountDue())));
        }
        out.append("\nReminder timeline while installment 2 was unpaid (French default plan, run twice a day):\n");
        for (Reminder r : remindersEveryDay(
                story.accountWhenLate(),
                LocalDate.of(2026, 2, 1),
                story.latePaymentDay().minusDays(1))) {
            out.append(String.format(
                    "  %s  %-16s installment %d  %s EUR, deadline %s%n     %s%n",
                    r.date(),
                    r.stepKey(),
                    r.installmentNumber(),
                    InvoiceTextLayout.money(r.amountDue()),
                    r.deadline(),
                    r.subject()));
        }
        return out.toString();
    }
}
