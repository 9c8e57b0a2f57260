package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echeance.core.customer.Customer;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.Payment;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.scheduling.Scheduler;
import org.echeance.scheduling.calendar.TimelineScheduler;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderContext;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.InMemoryBillingRunStore;
import org.javamoney.moneta.Money;

/**
 * Use case: reminders at each dunning level. The demo invoice, due on 14 February 2026, is not paid; the customer
 * sends 1,000.00 EUR on 20 February. The scheduler runs every day on a fixed clock, twice a day: the French default
 * plan produces each step once, on its day — friendly notice, due date, first and second reminder, then the formal
 * notice stating the late-payment penalties and the 40 EUR recovery indemnity — each for what remains to pay.
 */
public final class RemindersExample {
    private RemindersExample() {}

    /**
     * Runs the scheduler from 1 February to 31 March 2026 and prints the reminders.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ExampleLogging.quiet();
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the scheduler from 1 February to 31 March 2026 and prints the reminders.
     *
     * @param out where to print
     * @return the reminders, in order
     */
    public static List<Reminder> run(PrintStream out) {
        Customer customer = DemoCompany.customer();
        Invoice invoice = DemoCompany.invoice(customer, LocalDate.of(2026, 1, 15));
        CustomerAccount account = CustomerAccount.open("atelier-durand", customer.customerNumber(), invoice.currency())
                .charge(invoice)
                .account();
        ZoneId paris = ZoneId.of("Europe/Paris");
        LatePaymentTerms terms = LatePaymentTerms.frenchDefault(DemoCompany.ECB_MAIN_REFINANCING_RATE);
        Scheduler scheduler = Scheduler.of(
                BillingRun.of(InMemoryBillingRunStore.create()),
                TimelineScheduler.builder(ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                        .plan(ReminderPlan.frenchDefault())
                        .contextFor(a -> ReminderContext.of(Locale.FRENCH).withLatePaymentTerms(terms))
                        .build());
        List<Reminder> reminders = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 2, 1); !day.isAfter(LocalDate.of(2026, 3, 31)); day = day.plusDays(1)) {
            if (day.equals(LocalDate.of(2026, 2, 20))) {
                account = account.recordPayment(Payment.bankTransfer(
                                "BANK-2026-02-20-0003",
                                day,
                                Money.of(1000, DemoCompany.EUR),
                                RfCreditorReference.of(customer.customerNumber())))
                        .account();
            }
            for (int hour : new int[] {8, 18}) {
                Clock clock = Clock.fixed(day.atTime(hour, 0).atZone(paris).toInstant(), paris);
                reminders.addAll(scheduler
                        .runDay(List.of(), List.of(account), clock, paris)
                        .timeline()
                        .reminders());
            }
        }
        for (Reminder r : reminders) {
            out.printf(
                    Locale.ROOT,
                    "%s  level %d  %-16s %10s EUR by %s  %s%n",
                    r.date(),
                    r.level(),
                    r.stepKey(),
                    Amounts.toPlainString(r.amountDue()),
                    r.deadline(),
                    r.subject());
        }
        out.println();
        out.println(reminders.get(reminders.size() - 1).body());
        return reminders;
    }
}
