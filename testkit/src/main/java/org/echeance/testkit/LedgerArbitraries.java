package org.echeance.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.Allocated;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.PaymentOutcome;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.testkit.internal.CheckDigits;

/**
 * Generates customer accounts after random histories of invoices charged, payments received (some overpaid),
 * credit notes, payment reversals and refunds, and what follows from them: ledger entries, allocations, events
 * and statements.
 *
 * <p>Every operation is one the account accepts: the history is driven through {@link CustomerAccount}'s own
 * methods, so generated accounts hold the ledger's invariants by construction.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerArbitraries {
    private static final Party SELLER = business("Échéance Démo SAS", "732829320");
    private static final Party BUYER = business("Client \"Modèle\" SARL", "552100554");
    private static final VatRate ZERO = VatRate.zero(VatCategory.ZERO_RATED);

    private LedgerArbitraries() {}

    /**
     * What a generated history left: the account, the events its operations published and the allocations of
     * its payments.
     *
     * @param account the account after the history
     * @param events the events, in the order they were published
     * @param allocations the allocations of the payments recorded, in order
     */
    public record AccountHistory(CustomerAccount account, List<InvoiceEvent> events, List<Allocated> allocations) {
        /** Creates a history, copying the lists. */
        public AccountHistory {
            Objects.requireNonNull(account, "account");
            events = List.copyOf(events);
            allocations = List.copyOf(allocations);
        }
    }

    /**
     * Returns histories of 1 to 15 operations on accounts in EUR or JPY, starting with an invoice.
     *
     * @return account histories
     */
    public static Arbitrary<AccountHistory> accountHistories() {
        Arbitrary<Op> ops = Combinators.combine(
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.longs().between(1, 1_000_000),
                        Arbitraries.integers().between(0, 40))
                .as(Op::new);
        return Combinators.combine(
                        Arbitraries.of("EUR", "JPY").map(Monetary::getCurrency),
                        ScheduleArbitraries.dates(),
                        ops.list().ofMinSize(1).ofMaxSize(15))
                .as(LedgerArbitraries::run);
    }

    /**
     * Returns customer accounts after a generated history.
     *
     * @return accounts
     */
    public static Arbitrary<CustomerAccount> customerAccounts() {
        return accountHistories().map(AccountHistory::account);
    }

    /**
     * Returns statements of generated accounts, from the first to the last day of their history.
     *
     * @return statements
     */
    public static Arbitrary<CustomerStatement> statements() {
        return accountHistories().map(h -> {
            List<LedgerEntry> entries = h.account().entries();
            LocalDate from = entries.get(0).date();
            LocalDate to = entries.stream()
                    .map(LedgerEntry::date)
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            return h.account().statement(from, to, to);
        });
    }

    /**
     * Returns ledger entries of every kind, taken from generated accounts.
     *
     * @return ledger entries
     */
    public static Arbitrary<LedgerEntry> ledgerEntries() {
        return customerAccounts().flatMap(a -> Arbitraries.of(a.entries()));
    }

    /**
     * Returns the events generated accounts published (issued, payment applied, paid, credited…).
     *
     * @return events
     */
    public static Arbitrary<InvoiceEvent> invoiceEvents() {
        return accountHistories().filter(h -> !h.events().isEmpty()).flatMap(h -> Arbitraries.of(h.events()));
    }

    /**
     * Returns the allocations of payments to invoice installments in generated accounts.
     *
     * @return allocations
     */
    public static Arbitrary<Allocated> allocations() {
        return accountHistories().filter(h -> !h.allocations().isEmpty()).flatMap(h -> Arbitraries.of(h.allocations()));
    }

    /** An operation of a history: 0, 1 charge; 2, 3 pay; 4 credit, reverse or refund; 5 pay exactly. */
    private record Op(int kind, long units, int gap) {}

    private static AccountHistory run(CurrencyUnit currency, LocalDate start, List<Op> ops) {
        CustomerAccount account = CustomerAccount.open("seller-1", "C42", currency);
        List<InvoiceEvent> events = new ArrayList<>();
        List<Allocated> allocations = new ArrayList<>();
        List<String> invoices = new ArrayList<>();
        List<String> payments = new ArrayList<>();
        Map<String, LocalDate> issueDates = new HashMap<>();
        LocalDate day = start;
        int n = 0;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            day = day.plusDays(op.gap());
            n++;
            long open = units(account.openBalance());
            if (i == 0 || op.kind() <= 1) {
                Invoice invoice = issued(currency, "F-" + n, day, op.units() * 100, Optional.empty());
                var update = account.charge(invoice);
                account = update.account();
                events.addAll(update.events());
                invoices.add(invoice.number().orElseThrow());
                issueDates.put(invoice.number().orElseThrow(), day);
            } else if (op.kind() <= 3 || (op.kind() == 5 && open > 0)) {
                long amount = op.kind() == 5 ? open : 1 + op.units() % Math.max(1, open + open / 5);
                PaymentOutcome outcome = account.recordPayment(
                        Payment.of("pay-" + n, day, MoneyArbitraries.ofMinor(amount, currency), new Cash()));
                account = outcome.account();
                events.addAll(outcome.events());
                allocations.addAll(outcome.allocations());
                payments.add("pay-" + n);
            } else {
                String target = invoices.get((int) (op.units() % invoices.size()));
                long creditable = units(account.creditableAmount(target));
                long credit = units(account.unappliedCredit());
                if (op.units() % 3 == 0 && creditable > 0) {
                    Invoice note = issued(
                            currency,
                            "AV-" + n,
                            day,
                            1 + op.units() % creditable,
                            Optional.of(InvoiceReference.of(target, issueDates.get(target))));
                    var update = account.credit(note);
                    account = update.account();
                    events.addAll(update.events());
                } else if (op.units() % 3 == 1 && credit > 0) {
                    account = account.refund(
                                    "refund-" + n, day, MoneyArbitraries.ofMinor(1 + op.units() % credit, currency))
                            .account();
                } else if (!payments.isEmpty()) {
                    String key = payments.remove(payments.size() - 1);
                    try {
                        var update = account.reversePayment(key, day, "Rejet de prélèvement");
                        account = update.account();
                        events.addAll(update.events());
                    } catch (org.echeance.core.EcheanceException e) {
                        // Part of this payment was refunded: the account refuses to reverse it, as it should.
                    }
                }
            }
        }
        return new AccountHistory(account, events, allocations);
    }

    /**
     * Builds an issued invoice of one zero-rated line worth {@code units} minor units, or a credit note when it
     * credits an invoice.
     */
    private static Invoice issued(
            CurrencyUnit currency, String number, LocalDate day, long units, Optional<InvoiceReference> credited) {
        Invoice.Builder b = Invoice.builder(
                        credited.isPresent() ? DocumentType.CREDIT_NOTE : DocumentType.COMMERCIAL_INVOICE, currency)
                .seller(SELLER)
                .buyer(BUYER)
                .dueDate(day.plusDays(30))
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE)
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR7630006000011234567890189"), Bic.parse("AGRIFRPP"), number))
                .line(InvoiceLine.builder("1", "Prestation")
                        .quantity(BigDecimal.ONE, UnitCode.ONE)
                        .unitPrice(MoneyArbitraries.ofMinor(units, currency))
                        .vatRate(ZERO)
                        .build());
        credited.ifPresent(b::precedingInvoice);
        return b.build().issue(number, day);
    }

    private static long units(MonetaryAmount amount) {
        return Amounts.decimal(amount)
                .movePointRight(Amounts.minorUnitDigits(amount.getCurrency()))
                .longValueExact();
    }

    private static Party business(String name, String siren) {
        return Party.builder(name)
                .legalRegistration(new PartyIdentifier(siren, Optional.of(PartyIdentifier.SCHEME_SIREN)))
                .vatNumber("FR" + CheckDigits.frenchVatKey(siren) + siren)
                .address(PostalAddress.of("1 rue de la Paix", "75002", "Paris", "FR"))
                .electronicAddress(ElectronicAddress.of("0225", siren))
                .build();
    }
}
