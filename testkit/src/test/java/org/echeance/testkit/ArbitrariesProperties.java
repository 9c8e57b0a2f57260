package org.echeance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.customer.Customer;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.Siret;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.payment.Payment;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.FrenchPaymentTermsCap;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.FrenchProfile;
import org.echeance.scheduling.reminder.ReminderPlan;

/** The testkit's values pass every validator of the project: they are valid inputs for users' properties. */
class ArbitrariesProperties {

    @Property
    void amountsHaveTheirCurrencysScale(@ForAll("amounts") MonetaryAmount amount) {
        BillingAssertions.assertCurrencyScale(amount);
        assertThat(Amounts.toPlainString(amount))
                .matches(plainWithScale(Amounts.minorUnitDigits(amount.getCurrency())));
    }

    @Property
    void identifiersPassTheirOwnChecks(
            @ForAll("ibans") Iban iban,
            @ForAll("bics") Bic bic,
            @ForAll("sirets") Siret siret,
            @ForAll("vatNumbers") VatNumber vat) {
        assertThat(Iban.check(iban.toString()).valid()).isTrue();
        assertThat(Bic.check(bic.toString()).valid()).isTrue();
        assertThat(Siret.check(siret.toString()).valid()).isTrue();
        assertThat(Siren.check(siret.siren().toString()).valid()).isTrue();
        assertThat(VatNumber.check(vat.toString()).valid()).isTrue();
    }

    @Property(tries = 200)
    void issuedInvoicesPassEn16931AndTheFrenchProfile(@ForAll("issued") Invoice invoice) {
        assertThat(invoice.isDraft()).isFalse();
        BillingAssertions.assertValid(invoice, true);
    }

    @Property(tries = 200)
    void draftsRebuildToThemselvesAndLackOnlyNumberAndDate(@ForAll("drafts") Invoice draft) {
        assertThat(draft.toBuilder().build()).isEqualTo(draft);
        assertThat(En16931Validator.validate(draft))
                .allSatisfy(v -> assertThat(v.ruleId())
                        .isIn(
                                "BR-02",
                                "BR-03",
                                "BR-CO-25",
                                "BR-DEC-09",
                                "BR-DEC-10",
                                "BR-DEC-11",
                                "BR-DEC-12",
                                "BR-DEC-13",
                                "BR-DEC-14",
                                "BR-DEC-15",
                                "BR-DEC-16",
                                "BR-DEC-17",
                                "BR-DEC-18",
                                "BR-DEC-19",
                                "BR-DEC-20",
                                "BR-DEC-23",
                                "BR-DEC-01",
                                "BR-DEC-02",
                                "BR-DEC-05",
                                "BR-DEC-06",
                                "BR-DEC-24",
                                "BR-DEC-25",
                                "BR-DEC-27",
                                "BR-DEC-28"));
    }

    @Property
    void linesAreAcceptedByAnInvoice(@ForAll("lines") InvoiceLine line) {
        Invoice invoice = Invoice.builder(
                        org.echeance.core.invoice.DocumentType.COMMERCIAL_INVOICE, Monetary.getCurrency("EUR"))
                .seller(Party.builder("S").build())
                .buyer(Party.builder("B").build())
                .line(line)
                .build();
        assertThat(invoice.lines()).containsExactly(line);
    }

    @Property
    void plansConserveMoneyAreOrderedAndKeepTheSign(@ForAll("plans") InstallmentPlan plan) {
        BillingAssertions.assertConservesMoney(plan);
        BillingAssertions.assertScheduleOrdered(plan);
        BillingAssertions.assertNoSignFlip(
                plan.total(), plan.installments().stream().map(i -> i.amount()).toList());
        plan.installments().forEach(i -> BillingAssertions.assertCurrencyScale(i.amount()));
    }

    @Property
    void frenchTermsRespectTheLegalCap(@ForAll("frenchTerms") PaymentTerms terms, @ForAll("dates") LocalDate day) {
        assertThat(FrenchPaymentTermsCap.check(terms, day)).isEmpty();
    }

    @Property
    void rulesRoundTripThroughTheirTextAndExpandInOrder(
            @ForAll("rules") RecurrenceRule rule, @ForAll("dates") LocalDate start) {
        assertThat(RecurrenceRule.parse(rule.format())).isEqualTo(rule);
        BillingAssertions.assertScheduleOrdered(rule.expand(start).limit(24).toList());
    }

    @Property(tries = 100)
    void statementsBalance(@ForAll("statements") CustomerStatement statement) {
        BillingAssertions.assertStatementBalances(statement);
    }

    @Property
    void paymentSequencesSettleTheTotalInOrder(@ForAll("sequences") List<Payment> payments) {
        MonetaryAmount total = MoneyArbitraries.ofMinor(123_457, Monetary.getCurrency("EUR"));
        BillingAssertions.assertConservesMoney(
                total, payments.stream().map(Payment::amount).toList());
        BillingAssertions.assertScheduleOrdered(
                payments.stream().map(Payment::receivedOn).toList());
        assertThat(payments.stream().map(Payment::idempotencyKey).distinct()).hasSameSizeAs(payments);
    }

    @Property
    void customersRebuildToThemselves(@ForAll("customers") Customer customer) {
        assertThat(customer.toBuilder().build()).isEqualTo(customer);
    }

    @Property
    void reminderPlansAreAcceptedAsTheyAre(@ForAll("reminderPlans") ReminderPlan plan) {
        assertThat(ReminderPlan.of(plan.steps())).isEqualTo(plan);
    }

    @Property(tries = 50)
    void frenchBusinessesCarryWhatTheFrenchProfileAsks(@ForAll("businesses") Party party) {
        assertThat(party.siren()).isPresent();
        assertThat(party.electronicAddress()).isPresent();
        assertThat(party.vatNumber().orElseThrow().siren()).isEqualTo(party.siren());
    }

    @Property(tries = 100)
    void issuedInvoicesPassTheFrenchChecksWithDefaultOptions(@ForAll("issued") Invoice invoice) {
        assertThat(FrenchProfile.validate(invoice)).isEmpty();
    }

    private static String plainWithScale(int digits) {
        return digits == 0 ? "-?\\d+" : "-?\\d+\\.\\d{" + digits + "}";
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
    Arbitrary<VatNumber> vatNumbers() {
        return IdentifierArbitraries.vatNumbers();
    }

    @Provide
    Arbitrary<Invoice> issued() {
        return InvoiceArbitraries.issuedInvoices();
    }

    @Provide
    Arbitrary<Invoice> drafts() {
        return InvoiceArbitraries.drafts();
    }

    @Provide
    Arbitrary<InvoiceLine> lines() {
        return InvoiceArbitraries.lines(Monetary.getCurrency("EUR"));
    }

    @Provide
    Arbitrary<InstallmentPlan> plans() {
        return TermsArbitraries.installmentPlans();
    }

    @Provide
    Arbitrary<PaymentTerms> frenchTerms() {
        return TermsArbitraries.frenchPaymentTerms();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return ScheduleArbitraries.dates();
    }

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return ScheduleArbitraries.recurrenceRules();
    }

    @Provide
    Arbitrary<CustomerStatement> statements() {
        return LedgerArbitraries.statements();
    }

    @Provide
    Arbitrary<List<Payment>> sequences() {
        return PaymentArbitraries.paymentSequences(
                MoneyArbitraries.ofMinor(123_457, Monetary.getCurrency("EUR")), LocalDate.of(2026, 1, 31));
    }

    @Provide
    Arbitrary<Customer> customers() {
        return PartyArbitraries.customers();
    }

    @Provide
    Arbitrary<ReminderPlan> reminderPlans() {
        return ScheduleArbitraries.reminderPlans(Monetary.getCurrency("EUR"));
    }

    @Provide
    Arbitrary<Party> businesses() {
        return PartyArbitraries.frenchBusinesses();
    }
}
