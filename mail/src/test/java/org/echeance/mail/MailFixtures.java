package org.echeance.mail;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.party.Contact;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentLink;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderContext;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.javamoney.moneta.Money;

/** Invoices, reminders, statements and clocks for the mail tests. */
final class MailFixtures {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final String SELLER_ID = "seller-A";
    /** 23 November 2026, 10:15 in Paris (UTC+1). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:15:00Z"), ZoneId.of("Europe/Paris"));

    static final PaymentLink LINK = PaymentLink.of(URI.create("https://pay.example.com/i/FA-2026-00042"));

    private MailFixtures() {}

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    /**
     * Invoice FA-2026-00042 of 23 November 2026, due 23 December 2026: one line of 1,028.80 EUR at 20 % VAT, so
     * 205.76 EUR of VAT and 1,234.56 EUR due.
     */
    static Invoice invoice() {
        return invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-2026-00042", "1028.80")
                .dueDate(LocalDate.of(2026, 12, 23))
                .build();
    }

    static Invoice.Builder invoiceBuilder(DocumentType type, String number, String netAmount) {
        return Invoice.builder(type, EUR)
                .number(number)
                .issueDate(LocalDate.of(2026, 11, 23))
                .seller(Party.builder("ACME Services SAS")
                        .tradingName("ACME Services")
                        .address(PostalAddress.ofCountry("FR"))
                        .build())
                .buyer(Party.builder("Client SARL")
                        .address(PostalAddress.ofCountry("FR"))
                        .contact(Contact.empty().withEmail("compta@client.fr"))
                        .build())
                .line(InvoiceLine.builder("1", "Maintenance")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur(netAmount))
                        .vatRate(VatRate.standard("20"))
                        .build());
    }

    /** The first reminder of FA-2026-00042 on 1 January 2027, 9 days after its due date, in a language. */
    static Reminder reminder(Locale locale) {
        CustomerAccount account = account();
        List<Reminder> reminders = ReminderEngine.ofBuiltInTemplates()
                .remindersDue(
                        account,
                        ReminderPlan.frenchDefault(),
                        ReminderContext.of(locale),
                        LocalDate.of(2027, 1, 1),
                        InMemoryReminderLog.create());
        return reminders.get(0);
    }

    /** Customer C1 of seller-A, charged FA-2026-00042. */
    static CustomerAccount account() {
        return CustomerAccount.open(SELLER_ID, "C1", EUR).charge(invoice()).account();
    }

    /** Message ids 00000000-0000-0000-0000-000000000001, …0002, … */
    static Supplier<UUID> sequentialIds() {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(0, next.incrementAndGet());
    }
}
