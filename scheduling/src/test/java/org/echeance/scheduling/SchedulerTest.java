package org.echeance.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.money.Monetary;
import org.echeance.core.customer.Customer;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.party.Party;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.scheduling.calendar.TimelineScheduler;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.InMemoryBillingRunStore;
import org.echeance.scheduling.subscription.Subscription;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Party SELLER = Party.builder("Atelier Durand SARL").build();
    private static final Customer CUSTOMER = Customer.builder(
                    "C-1", Party.builder("Boulangerie Martin SAS").build())
            .build();

    private static InvoiceLine line(String amount) {
        return InvoiceLine.builder("1", "Maintenance")
                .quantity("1", UnitCode.MONTH)
                .unitPrice(Money.of(new BigDecimal(amount), "EUR"))
                .vatRate(VatRate.standard("20"))
                .build();
    }

    private static Subscription subscription() {
        return Subscription.builder("seller-A", "SUB-1")
                .seller(SELLER)
                .customer(CUSTOMER)
                .line(line("49.00"))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY"))
                .start(LocalDate.of(2026, 1, 31))
                .build();
    }

    private static CustomerAccount accountWithInvoiceDue(LocalDate due) {
        Invoice invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, Monetary.getCurrency("EUR"))
                .number("FA-1")
                .issueDate(due.minusDays(30))
                .dueDate(due)
                .seller(SELLER)
                .buyer(CUSTOMER.party())
                .line(line("100.00"))
                .build();
        return CustomerAccount.open("seller-A", "C-1", Monetary.getCurrency("EUR"))
                .charge(invoice)
                .account();
    }

    private static Scheduler scheduler() {
        return Scheduler.of(
                BillingRun.of(InMemoryBillingRunStore.create()),
                TimelineScheduler.builder(ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                        .plan(ReminderPlan.frenchDefault())
                        .build());
    }

    @Test
    void oneCallBillsTheDayAndFollowsUpAndRepeatingItDoesNothingTwice() {
        Scheduler scheduler = scheduler();
        List<Subscription> subscriptions = List.of(subscription());
        List<CustomerAccount> accounts = List.of(accountWithInvoiceDue(LocalDate.of(2026, 2, 28)));
        // 23:30 UTC on 27 February is already 28 February in Paris
        Clock clock = Clock.fixed(Instant.parse("2026-02-27T23:30:00Z"), ZoneOffset.UTC);

        Scheduler.DayRun first = scheduler.runDay(subscriptions, accounts, clock, ZoneId.of("Europe/Paris"));
        Scheduler.DayRun again = scheduler.runDay(subscriptions, accounts, clock, ZoneId.of("Europe/Paris"));

        assertThat(first.day()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(first.billed())
                .extracting(b -> b.period().toString())
                .containsExactly("[2026-01-31, 2026-02-28)", "[2026-02-28, 2026-03-31)");
        assertThat(first.timeline().reminders())
                .extracting(r -> r.invoiceNumber() + " " + r.stepKey())
                .containsExactly("FA-1 due-today");
        assertThat(first.timeline().events())
                .extracting(e -> e.event())
                .extracting(InvoiceEvent::eventId)
                .contains("due:FA-1:1");
        assertThat(again.billed()).isEmpty();
        assertThat(again.timeline().reminders()).isEmpty();
    }
}
