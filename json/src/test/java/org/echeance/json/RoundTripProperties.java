package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.customer.Customer;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.Siret;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.ledger.Allocated;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.PaymentMethod;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.scheduling.calendar.DueEntry;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.subscription.BillingPeriod;
import org.echeance.scheduling.subscription.Pause;
import org.echeance.testkit.IdentifierArbitraries;
import org.echeance.testkit.InvoiceArbitraries;
import org.echeance.testkit.LedgerArbitraries;
import org.echeance.testkit.MoneyArbitraries;
import org.echeance.testkit.PartyArbitraries;
import org.echeance.testkit.PaymentArbitraries;
import org.echeance.testkit.ScheduleArbitraries;
import org.echeance.testkit.TermsArbitraries;

/**
 * For every public value type, over the testkit's arbitraries: object → JSON → object gives an equal object, and
 * JSON → object → JSON gives the same bytes.
 */
class RoundTripProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());

    /** Writes, reads back, checks equality and that writing the copy gives the same bytes. */
    private static <T> void roundTrip(T value, TypeReference<T> type) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(value);
        T copy = MAPPER.readValue(json, type);
        assertThat(copy).isEqualTo(value);
        assertThat(new String(MAPPER.writeValueAsBytes(copy), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property
    void amounts(@ForAll("amounts") MonetaryAmount amount) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(amount);
        MonetaryAmount copy = MAPPER.readValue(json, MonetaryAmount.class);
        assertThat(copy.getCurrency()).isEqualTo(amount.getCurrency());
        assertThat(Amounts.decimal(copy)).isEqualByComparingTo(Amounts.decimal(amount));
        assertThat(MAPPER.writeValueAsBytes(copy)).isEqualTo(json);
    }

    @Property
    void identifiers(
            @ForAll("ibans") Iban iban,
            @ForAll("bics") Bic bic,
            @ForAll("sirets") Siret siret,
            @ForAll("vats") VatNumber vat)
            throws Exception {
        roundTrip(iban, new TypeReference<>() {});
        roundTrip(bic, new TypeReference<>() {});
        roundTrip(siret, new TypeReference<>() {});
        roundTrip(vat, new TypeReference<>() {});
    }

    @Property(tries = 300)
    void parties(@ForAll("parties") Party party) throws Exception {
        roundTrip(party, new TypeReference<>() {});
    }

    @Property(tries = 300)
    void customers(@ForAll("customers") Customer customer) throws Exception {
        roundTrip(customer, new TypeReference<>() {});
    }

    @Property(tries = 300)
    void lines(@ForAll("lines") InvoiceLine line) throws Exception {
        roundTrip(line, new TypeReference<>() {});
    }

    @Property(tries = 200)
    void draftInvoices(@ForAll("drafts") Invoice invoice) throws Exception {
        roundTrip(invoice, new TypeReference<>() {});
    }

    @Property(tries = 200)
    void issuedInvoices(@ForAll("issued") Invoice invoice) throws Exception {
        roundTrip(invoice, new TypeReference<>() {});
    }

    @Property
    void paymentTerms(@ForAll("terms") PaymentTerms terms) throws Exception {
        roundTrip(terms, new TypeReference<>() {});
    }

    /**
     * A plan is read back as explicit amounts on explicit dates: its installments, total, cash rounding and VAT
     * shares are equal, and so are the bytes; the exact (unrounded) shares of the original shape are not in the
     * JSON, so {@code equals}, which compares them, is not asserted.
     */
    @Property
    void installmentPlans(@ForAll("plans") InstallmentPlan plan) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(plan);
        InstallmentPlan copy = MAPPER.readValue(json, InstallmentPlan.class);
        assertThat(copy.installments()).isEqualTo(plan.installments());
        assertThat(copy.total()).isEqualTo(plan.total());
        assertThat(copy.cashRounding()).isEqualTo(plan.cashRounding());
        assertThat(copy.vatBreakdown()).isEqualTo(plan.vatBreakdown());
        assertThat(MAPPER.writeValueAsBytes(copy)).isEqualTo(json);
    }

    @Property
    void recurrenceRules(@ForAll("rules") RecurrenceRule rule) throws Exception {
        roundTrip(rule, new TypeReference<>() {});
    }

    @Property
    void payments(@ForAll("payments") Payment payment, @ForAll("methods") PaymentMethod method) throws Exception {
        roundTrip(payment, new TypeReference<>() {});
        roundTrip(method, new TypeReference<>() {});
    }

    @Property(tries = 100)
    void statements(@ForAll("statements") CustomerStatement statement) throws Exception {
        roundTrip(statement, new TypeReference<>() {});
    }

    @Property(tries = 100)
    void ledgerEntriesEventsAndAllocations(
            @ForAll("entries") LedgerEntry entry,
            @ForAll("events") InvoiceEvent event,
            @ForAll("allocations") Allocated allocation)
            throws Exception {
        roundTrip(entry, new TypeReference<>() {});
        roundTrip(event, new TypeReference<>() {});
        roundTrip(allocation, new TypeReference<>() {});
    }

    @Property
    void schedulingValues(
            @ForAll("reminders") Reminder reminder,
            @ForAll("reminderPlans") ReminderPlan plan,
            @ForAll("dueEntries") DueEntry entry,
            @ForAll("periods") BillingPeriod period,
            @ForAll("pauses") Pause pause)
            throws Exception {
        roundTrip(reminder, new TypeReference<>() {});
        roundTrip(plan, new TypeReference<>() {});
        roundTrip(entry, new TypeReference<>() {});
        roundTrip(period, new TypeReference<>() {});
        roundTrip(pause, new TypeReference<>() {});
    }

    @Provide
    Arbitrary<MonetaryAmount> amounts() {
        return MoneyArbitraries.amounts();
    }

    @Provide
    Arbitrary<Iban> ibans() {
        return IdentifierArbitraries.ibans();
    }

    @Provide
    Arbitrary<Bic> bics() {
        return IdentifierArbitraries.bics();
    }

    @Provide
    Arbitrary<Siret> sirets() {
        return IdentifierArbitraries.sirets();
    }

    @Provide
    Arbitrary<VatNumber> vats() {
        return IdentifierArbitraries.vatNumbers();
    }

    @Provide
    Arbitrary<Party> parties() {
        return PartyArbitraries.parties();
    }

    @Provide
    Arbitrary<Customer> customers() {
        return PartyArbitraries.customers();
    }

    @Provide
    Arbitrary<InvoiceLine> lines() {
        return MoneyArbitraries.currencies().flatMap(InvoiceArbitraries::lines);
    }

    @Provide
    Arbitrary<Invoice> drafts() {
        return InvoiceArbitraries.drafts();
    }

    @Provide
    Arbitrary<Invoice> issued() {
        return InvoiceArbitraries.issuedInvoices();
    }

    @Provide
    Arbitrary<PaymentTerms> terms() {
        return TermsArbitraries.paymentTerms();
    }

    @Provide
    Arbitrary<InstallmentPlan> plans() {
        return TermsArbitraries.installmentPlans();
    }

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return ScheduleArbitraries.recurrenceRules();
    }

    @Provide
    Arbitrary<Payment> payments() {
        return PaymentArbitraries.payments();
    }

    @Provide
    Arbitrary<PaymentMethod> methods() {
        return PaymentArbitraries.paymentMethods();
    }

    @Provide
    Arbitrary<CustomerStatement> statements() {
        return LedgerArbitraries.statements();
    }

    @Provide
    Arbitrary<LedgerEntry> entries() {
        return LedgerArbitraries.ledgerEntries();
    }

    @Provide
    Arbitrary<InvoiceEvent> events() {
        return LedgerArbitraries.invoiceEvents();
    }

    @Provide
    Arbitrary<Allocated> allocations() {
        return LedgerArbitraries.allocations();
    }

    @Provide
    Arbitrary<Reminder> reminders() {
        return ScheduleArbitraries.reminders();
    }

    @Provide
    Arbitrary<ReminderPlan> reminderPlans() {
        return MoneyArbitraries.currencies().flatMap(ScheduleArbitraries::reminderPlans);
    }

    @Provide
    Arbitrary<DueEntry> dueEntries() {
        return ScheduleArbitraries.dueEntries();
    }

    @Provide
    Arbitrary<BillingPeriod> periods() {
        return ScheduleArbitraries.billingPeriods();
    }

    @Provide
    Arbitrary<Pause> pauses() {
        return ScheduleArbitraries.pauses();
    }
}
