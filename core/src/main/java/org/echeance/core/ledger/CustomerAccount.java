package org.echeance.core.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.event.InstallmentDue;
import org.echeance.core.event.InvoiceBecameOverdue;
import org.echeance.core.event.InvoiceCancelled;
import org.echeance.core.event.InvoiceCredited;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.event.InvoiceIssued;
import org.echeance.core.event.InvoicePaid;
import org.echeance.core.event.PaymentApplied;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.ledger.internal.LedgerState;
import org.echeance.core.ledger.internal.LedgerState.Charge;
import org.echeance.core.ledger.internal.LedgerState.Item;
import org.echeance.core.ledger.internal.LedgerState.Source;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.payment.Payment;
import org.echeance.core.validation.ValidationException;

/**
 * A customer's account with one seller, in one currency: the invoices charged, the credit notes, payments,
 * allocations, reversals and refunds, as immutable dated entries, and everything derived from them.
 *
 * <p><b>The balance equation.</b> For each open item (an installment of an invoice), {@code open = amount −
 * allocations}, never below zero. For each source of money (a payment not reversed, or a credit note), {@code
 * remaining = amount − allocations − refunds}, never below zero; the customer credit is the sum of the remaining
 * amounts. The customer's balance is then
 *
 * <pre>
 * balance = Σ charged − Σ credited − Σ received + Σ refunded = Σ open − customer credit
 * </pre>
 *
 * where {@code received} counts payments not reversed. Money is conserved: every amount received is allocated,
 * refunded or still credit. An overpayment never makes an invoice negative: the excess is customer credit.
 *
 * <p><b>Transitions</b> ({@link #charge}, {@link #credit}, {@link #recordPayment}, {@link #applyCredit},
 * {@link #reversePayment}, {@link #refund}) return a new account and the events they produced; a refused
 * transition throws and changes nothing. Statuses, open amounts and "overdue" are derived, never stored.
 *
 * <p>Accounts are scoped by seller: an account of seller A never holds seller B's documents. This class is
 * immutable and thread-safe.
 */
public final class CustomerAccount {
    private final String sellerId;
    private final String customerNumber;
    private final CurrencyUnit currency;
    private final List<LedgerEntry> entries;
    private final LedgerState state;

    private CustomerAccount(String sellerId, String customerNumber, CurrencyUnit currency, List<LedgerEntry> entries) {
        this.sellerId = sellerId;
        this.customerNumber = customerNumber;
        this.currency = currency;
        this.entries = List.copyOf(entries);
        this.state = LedgerState.replay(this.entries);
    }

    /**
     * Opens an empty account.
     *
     * @param sellerId the seller the account belongs to
     * @param customerNumber the seller's number for the customer
     * @param currency the account's currency
     * @return the account
     */
    public static CustomerAccount open(String sellerId, String customerNumber, CurrencyUnit currency) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        return new CustomerAccount(sellerId, customerNumber, currency, List.of());
    }

    /**
     * Returns the seller the account belongs to.
     *
     * @return the seller id
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * Returns the seller's number for the customer.
     *
     * @return the customer number
     */
    public String customerNumber() {
        return customerNumber;
    }

    /**
     * Returns the account's currency.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns every entry, in the order recorded.
     *
     * @return the entries
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    // ---------------------------------------------------------------- transitions

    /**
     * Charges an issued invoice, due at once on its due date (or its issue date when it has none).
     *
     * @param issued the issued invoice
     * @return the new account and an {@link InvoiceIssued} event
     * @throws InvoiceStateException if the invoice is a draft (ECH-LIFE-03), a credit note (ECH-LEDGER-04), or
     *     another document already charged under its number (ECH-LEDGER-02)
     */
    public AccountUpdate charge(Invoice issued) {
        Objects.requireNonNull(issued, "issued");
        LocalDate due = issued.dueDate().orElse(issued.issueDate().orElseThrow(() -> notIssued(issued)));
        return charge(issued, List.of(new DueAmount(1, due, issued.totals().amountDue())), ItemKind.PRINCIPAL);
    }

    /**
     * Charges an issued invoice on its installment plan: payments then go to installments in due-date order and
     * {@link #amountDueAsOf(LocalDate)} counts only the installments due.
     *
     * @param issued the issued invoice
     * @param plan the plan, whose total must be the invoice's amount due
     * @return the new account and an {@link InvoiceIssued} event
     */
    public AccountUpdate charge(Invoice issued, InstallmentPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<DueAmount> schedule = new ArrayList<>();
        for (Installment installment : plan.installments()) {
            schedule.add(new DueAmount(installment.number(), installment.dueDate(), installment.amount()));
        }
        return charge(issued, schedule, ItemKind.PRINCIPAL);
    }

    /**
     * Charges an issued invoice on a schedule of installments.
     *
     * <p>Charging the same invoice again with the same schedule changes nothing (no events).
     *
     * @param issued the issued invoice
     * @param schedule the installments, numbered 1..n, due dates strictly increasing, summing to the amount due
     * @param kind what the invoice is for (principal, interest or costs)
     * @return the new account and an {@link InvoiceIssued} event
     * @throws InvoiceStateException if the invoice is a draft, a credit note, already charged differently, or has
     *     a negative amount due
     * @throws ValidationException if the schedule does not add up, is misnumbered or its dates do not increase
     * @throws CurrencyMismatchException if the invoice is in another currency
     */
    public AccountUpdate charge(Invoice issued, List<DueAmount> schedule, ItemKind kind) {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(kind, "kind");
        String number = issued.number().orElseThrow(() -> notIssued(issued));
        LocalDate issueDate = issued.issueDate().orElseThrow(() -> notIssued(issued));
        if (issued.isCreditNote()) {
            throw new InvoiceStateException(
                    "ECH-LEDGER-04", number, "a credit note is recorded with credit(), not charged");
        }
        checkCurrency("invoice " + number, issued.currency());
        BigDecimal due = Amounts.decimal(issued.totals().amountDue());
        if (due.signum() < 0) {
            throw new InvoiceStateException(
                    "ECH-LEDGER-03",
                    number,
                    "the amount due " + text(due) + " is negative; credit the customer with a credit note");
        }
        checkSchedule(number, schedule, due, issueDate);
        InvoiceCharged entry =
                new InvoiceCharged(number, issueDate, issued.totals().amountDue(), schedule, kind);
        Optional<InvoiceCharged> existing = chargeEntry(number);
        if (existing.isPresent()) {
            if (existing.get().equals(entry)) {
                return new AccountUpdate(this, List.of());
            }
            throw new InvoiceStateException(
                    "ECH-LEDGER-02", number, "another document is already charged under this number");
        }
        if (state.sources().containsKey(number)) {
            throw new InvoiceStateException(
                    "ECH-LEDGER-02", number, "this number is already used by a credit note or payment key");
        }
        return new AccountUpdate(append(List.of(entry)), List.of(InvoiceIssued.of(number, issueDate)));
    }

    /**
     * Records an issued credit note against the invoice it corrects, and applies it to that invoice's open
     * installments (oldest due first); what the invoice no longer owes stays as customer credit.
     *
     * <p>A credit note never exceeds what remains creditable on its invoice (its amount due minus earlier credit
     * notes). Credit notes covering the whole invoice cancel it. Recording the same credit note again changes
     * nothing.
     *
     * @param creditNote the issued credit note (type 381), referencing exactly one charged invoice (BG-3)
     * @return the new account and its events: credited, then paid or cancelled when that follows
     * @throws InvoiceStateException if the document is not an issued credit note (ECH-CREDIT-02), does not
     *     reference exactly one invoice of this account (ECH-CREDIT-03), or exceeds what remains creditable
     *     (ECH-CREDIT-01)
     */
    public AccountUpdate credit(Invoice creditNote) {
        Objects.requireNonNull(creditNote, "creditNote");
        String number = creditNote.number().orElseThrow(() -> notIssued(creditNote));
        LocalDate date = creditNote.issueDate().orElseThrow(() -> notIssued(creditNote));
        if (creditNote.documentType() != DocumentType.CREDIT_NOTE) {
            throw new InvoiceStateException(
                    "ECH-CREDIT-02",
                    number,
                    "only a credit note (381) credits an invoice; this is a "
                            + creditNote.documentType().code());
        }
        checkCurrency("credit note " + number, creditNote.currency());
        if (creditNote.precedingInvoices().size() != 1
                || !state.charges()
                        .containsKey(creditNote.precedingInvoices().get(0).number())) {
            throw new InvoiceStateException(
                    "ECH-CREDIT-03",
                    number,
                    "a credit note must reference exactly one invoice charged on this account, found "
                            + creditNote.precedingInvoices());
        }
        String invoiceNumber = creditNote.precedingInvoices().get(0).number();
        CreditNoteRecorded entry =
                new CreditNoteRecorded(number, date, creditNote.totals().amountDue(), invoiceNumber);
        if (entries.contains(entry)) {
            return new AccountUpdate(this, List.of());
        }
        if (state.sources().containsKey(number) || state.charges().containsKey(number)) {
            throw new InvoiceStateException("ECH-LEDGER-02", number, "this number is already on the account");
        }
        BigDecimal amount = Amounts.decimal(creditNote.totals().amountDue());
        BigDecimal creditable = state.charges().get(invoiceNumber).creditable();
        if (amount.compareTo(creditable) > 0) {
            throw new InvoiceStateException(
                    "ECH-CREDIT-01",
                    number,
                    text(amount) + " is more than the " + text(creditable) + " that remain creditable on invoice "
                            + invoiceNumber);
        }
        List<LedgerEntry> added = new ArrayList<>();
        added.add(entry);
        List<OpenItem> invoiceItems = openItems().stream()
                .filter(i -> i.invoiceNumber().equals(invoiceNumber))
                .toList();
        for (ItemAllocation a :
                AllocationStrategy.oldestDueFirst().allocate(creditNote.totals().amountDue(), invoiceItems)) {
            added.add(new Allocated(number, a.invoiceNumber(), a.installmentNumber(), date, a.amount()));
        }
        CustomerAccount next = append(added);
        List<InvoiceEvent> events = new ArrayList<>();
        events.add(InvoiceCredited.of(
                invoiceNumber, date, number, creditNote.totals().amountDue()));
        InvoiceStatus after = next.statusOf(invoiceNumber);
        if (after == InvoiceStatus.CANCELLED) {
            events.add(InvoiceCancelled.of(invoiceNumber, date));
        } else if (after == InvoiceStatus.PAID && statusOf(invoiceNumber) != InvoiceStatus.PAID) {
            events.add(InvoicePaid.of(invoiceNumber, date, number));
        }
        return new AccountUpdate(next, events);
    }

    /**
     * Records a payment and allocates it oldest due first; see {@link #recordPayment(Payment, AllocationStrategy)}.
     *
     * @param payment the payment
     * @return the outcome
     */
    public PaymentOutcome recordPayment(Payment payment) {
        return recordPayment(payment, AllocationStrategy.oldestDueFirst());
    }

    /**
     * Records a payment and allocates it to open items with a strategy; what is not allocated becomes customer
     * credit.
     *
     * <p>Idempotent: recording a payment whose idempotency key is already on the account returns the first
     * outcome (its allocations and credit) with the account unchanged and no events. Reusing a key for a
     * different payment is refused.
     *
     * @param payment the payment
     * @param strategy how to allocate it
     * @return the outcome
     * @throws ValidationException if the key was used for another payment (ECH-PAY-10) or the strategy's
     *     allocations are not possible (ECH-ALLOC-01 and the strategy's own rules)
     * @throws CurrencyMismatchException if the payment is in another currency
     */
    public PaymentOutcome recordPayment(Payment payment, AllocationStrategy strategy) {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(strategy, "strategy");
        String key = payment.idempotencyKey();
        Source known = state.sources().get(key);
        if (known != null) {
            if (known.payment().filter(payment::equals).isPresent()) {
                return new PaymentOutcome(this, known.firstAllocations(), money(known.firstCredit()), List.of(), true);
            }
            throw ValidationException.of(
                    "ECH-PAY-10",
                    "payment.idempotencyKey",
                    "\"" + key + "\" was already used for another payment or document; reuse a key only to retry"
                            + " the same payment");
        }
        if (state.charges().containsKey(key)) {
            throw ValidationException.of(
                    "ECH-PAY-10", "payment.idempotencyKey", "\"" + key + "\" is an invoice number on this account");
        }
        checkCurrency("payment " + key, payment.amount().getCurrency());
        List<Allocated> allocations = allocations(key, payment.receivedOn(), payment.amount(), strategy, openItems());
        List<LedgerEntry> added = new ArrayList<>();
        added.add(new PaymentRecorded(payment));
        added.addAll(allocations);
        CustomerAccount next = append(added);
        BigDecimal allocated = sum(allocations);
        MonetaryAmount credit = money(Amounts.decimal(payment.amount()).subtract(allocated));
        return new PaymentOutcome(next, allocations, credit, next.eventsOf(allocations, this), false);
    }

    /**
     * Applies the customer's credit (overpayments, credit notes beyond their invoice) to open items, oldest
     * credit first.
     *
     * @param date the date the allocations take effect
     * @param strategy how to allocate each credit
     * @return the new account and its events
     */
    public AccountUpdate applyCredit(LocalDate date, AllocationStrategy strategy) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(strategy, "strategy");
        List<Allocated> all = new ArrayList<>();
        CustomerAccount current = this;
        for (Source source : state.sources().values()) {
            BigDecimal remaining = current.state.sources().get(source.id()).remaining();
            List<OpenItem> items = current.openItems();
            if (remaining.signum() <= 0 || items.isEmpty()) {
                continue;
            }
            List<Allocated> made = current.allocations(source.id(), date, money(remaining), strategy, items);
            all.addAll(made);
            current = current.append(new ArrayList<>(made));
        }
        return new AccountUpdate(current, current.eventsOf(all, this));
    }

    /**
     * Reverses a payment (a bounced direct debit, a returned cheque): the payment and its allocations no longer
     * count, so the invoices it paid are open again.
     *
     * @param paymentKey the payment's idempotency key
     * @param date the reversal date
     * @param reason why, such as an R-transaction code
     * @return the new account; no events
     * @throws InvoiceStateException if no such payment is on the account (ECH-PAY-11), it is already reversed
     *     (ECH-PAY-12), or part of it was refunded (ECH-PAY-13)
     */
    public AccountUpdate reversePayment(String paymentKey, LocalDate date, String reason) {
        Objects.requireNonNull(paymentKey, "paymentKey");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Source source = state.sources().get(paymentKey);
        if (source == null || source.payment().isEmpty()) {
            throw new InvoiceStateException("ECH-PAY-11", paymentKey, "no payment with this key on the account");
        }
        if (source.reversed()) {
            throw new InvoiceStateException("ECH-PAY-12", paymentKey, "the payment is already reversed");
        }
        if (source.refunded().signum() > 0) {
            throw new InvoiceStateException(
                    "ECH-PAY-13",
                    paymentKey,
                    text(source.refunded()) + " of this payment was refunded; it cannot be reversed");
        }
        PaymentReversed entry = new PaymentReversed(
                paymentKey, date, source.payment().orElseThrow().amount(), reason);
        return new AccountUpdate(append(List.of(entry)), List.of());
    }

    /**
     * Pays customer credit back to the customer, drawing on the oldest credit first.
     *
     * @param refundId the caller's id for the refund, unique on the account
     * @param date the refund date
     * @param amount the amount, above zero
     * @return the new account; no events
     * @throws ValidationException if the amount is not above zero or more than the customer credit (ECH-REFUND-01),
     *     or the id was used before (ECH-REFUND-02)
     */
    public AccountUpdate refund(String refundId, LocalDate date, MonetaryAmount amount) {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        checkCurrency("refund " + refundId, amount.getCurrency());
        BigDecimal left = Amounts.decimal(amount);
        BigDecimal credit = state.unappliedCredit();
        if (left.signum() <= 0 || left.compareTo(credit) > 0) {
            throw ValidationException.of(
                    "ECH-REFUND-01",
                    "refund.amount",
                    Amounts.toPlainString(amount) + " is not an amount above zero and at most the customer credit "
                            + text(credit));
        }
        if (entries.stream()
                .anyMatch(e -> e instanceof Refunded r && r.refundId().equals(refundId))) {
            throw ValidationException.of("ECH-REFUND-02", "refund.refundId", "\"" + refundId + "\" was used before");
        }
        List<LedgerEntry> added = new ArrayList<>();
        for (Source source : state.sources().values()) {
            BigDecimal take = left.min(source.remaining());
            if (take.signum() > 0) {
                added.add(new Refunded(refundId, source.id(), date, money(take)));
                left = left.subtract(take);
            }
        }
        return new AccountUpdate(append(added), List.of());
    }

    // ---------------------------------------------------------------- derived views

    /**
     * Returns the status of an invoice charged on this account.
     *
     * @param invoiceNumber the invoice number
     * @return issued, partially paid, paid or cancelled
     * @throws InvoiceStateException if no such invoice is on the account (ECH-LEDGER-05)
     */
    public InvoiceStatus statusOf(String invoiceNumber) {
        Charge charge = charge(invoiceNumber);
        if (charge.amount().signum() > 0 && charge.credited().compareTo(charge.amount()) == 0) {
            return InvoiceStatus.CANCELLED;
        }
        if (charge.open().signum() == 0) {
            return InvoiceStatus.PAID;
        }
        return charge.allocated().signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
    }

    /**
     * Returns the invoice numbers charged on this account, in the order charged.
     *
     * @return the numbers
     */
    public List<String> invoiceNumbers() {
        return List.copyOf(state.charges().keySet());
    }

    /**
     * Returns what remains to pay on an invoice.
     *
     * @param invoiceNumber the invoice number
     * @return the open amount, zero or more
     */
    public MonetaryAmount openAmount(String invoiceNumber) {
        return money(charge(invoiceNumber).open());
    }

    /**
     * Returns what of an invoice is due by a date and not paid: its installments due on or before the date,
     * minus what was allocated to them.
     *
     * @param invoiceNumber the invoice number
     * @param date the date
     * @return the amount, zero or more
     */
    public MonetaryAmount amountDueAsOf(String invoiceNumber, LocalDate date) {
        return money(dueBy(charge(invoiceNumber).items(), date));
    }

    /**
     * Returns what of all invoices is due by a date and not paid.
     *
     * @param date the date
     * @return the amount, zero or more
     */
    public MonetaryAmount amountDueAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        BigDecimal total = BigDecimal.ZERO;
        for (Charge charge : state.charges().values()) {
            total = total.add(dueBy(charge.items(), date));
        }
        return money(total);
    }

    /**
     * Returns what remains creditable on an invoice: its amount due minus the credit notes already recorded.
     *
     * @param invoiceNumber the invoice number
     * @return the amount, zero or more
     */
    public MonetaryAmount creditableAmount(String invoiceNumber) {
        return money(charge(invoiceNumber).creditable());
    }

    /**
     * Returns the open items: installments with something left to pay, oldest due first.
     *
     * @return the open items
     */
    public List<OpenItem> openItems() {
        List<OpenItem> items = new ArrayList<>();
        for (Charge charge : state.charges().values()) {
            for (Item item : charge.items()) {
                if (item.open().signum() > 0) {
                    items.add(new OpenItem(
                            charge.number(),
                            item.number(),
                            charge.issueDate(),
                            item.dueDate(),
                            charge.kind(),
                            money(item.amount()),
                            money(item.open())));
                }
            }
        }
        items.sort(org.echeance.core.ledger.internal.OrderedAllocation.OLDEST_DUE_FIRST);
        return List.copyOf(items);
    }

    /**
     * Returns the open items whose due date is before a date.
     *
     * @param asOf the date
     * @return the overdue items, oldest due first
     */
    public List<OpenItem> overdueItems(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return openItems().stream().filter(i -> i.isOverdueOn(asOf)).toList();
    }

    /**
     * Checks if an invoice is overdue on a date: one of its installments is due before that date and not paid.
     *
     * @param invoiceNumber the invoice number
     * @param asOf the date
     * @return true if overdue
     */
    public boolean isOverdue(String invoiceNumber, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return charge(invoiceNumber).items().stream()
                .anyMatch(i -> i.open().signum() > 0 && i.dueDate().isBefore(asOf));
    }

    /**
     * Returns the sum of what remains to pay on every invoice.
     *
     * @return the open balance, zero or more
     */
    public MonetaryAmount openBalance() {
        return money(state.openTotal());
    }

    /**
     * Returns the customer credit: money received or credited and not yet allocated nor refunded.
     *
     * @return the credit, zero or more
     */
    public MonetaryAmount unappliedCredit() {
        return money(state.unappliedCredit());
    }

    /**
     * Returns the customer's balance: what it owes (positive) or is owed (negative), {@code open − credit}.
     *
     * @return the balance
     */
    public MonetaryAmount balance() {
        return money(state.openTotal().subtract(state.unappliedCredit()));
    }

    /**
     * Returns the customer's balance from the entries dated on or before a date: {@code charged − credited −
     * received + reversed + refunded}.
     *
     * @param date the date
     * @return the balance on that date
     */
    public MonetaryAmount balanceAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        BigDecimal total = BigDecimal.ZERO;
        for (LedgerEntry entry : entries) {
            if (!entry.date().isAfter(date)) {
                total = total.add(Amounts.decimal(entry.balanceEffect()));
            }
        }
        return money(total);
    }

    /**
     * Returns the sum of the amounts charged (invoices).
     *
     * @return the total charged
     */
    public MonetaryAmount totalCharged() {
        return money(state.charges().values().stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Returns the sum of the payments received and not reversed.
     *
     * @return the total received
     */
    public MonetaryAmount totalReceived() {
        return money(sumSources(true, s -> s.reversed() ? BigDecimal.ZERO : s.amount()));
    }

    /**
     * Returns the sum of the credit notes.
     *
     * @return the total credited
     */
    public MonetaryAmount totalCredited() {
        return money(sumSources(false, Source::amount));
    }

    /**
     * Returns the sum of the refunds.
     *
     * @return the total refunded
     */
    public MonetaryAmount totalRefunded() {
        return money(state.sources().values().stream().map(Source::refunded).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Returns the events that time alone produces on a day: installments falling due that day, and installments
     * that became overdue that day (their due date was the day before), when not fully paid.
     *
     * @param day the day
     * @return the events, oldest due first
     */
    public List<InvoiceEvent> eventsOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<InvoiceEvent> events = new ArrayList<>();
        for (OpenItem item : openItems()) {
            if (item.dueDate().equals(day)) {
                events.add(InstallmentDue.of(item.invoiceNumber(), day, item.installmentNumber(), item.openAmount()));
            } else if (item.dueDate().plusDays(1).equals(day)) {
                events.add(InvoiceBecameOverdue.of(item.invoiceNumber(), item.installmentNumber(), day));
            }
        }
        return events;
    }

    /**
     * Returns the customer's statement for a period: opening balance, every document and payment with a running
     * balance, closing balance, and what is due, overdue and coming as of a date.
     *
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param asOf the date the due and overdue amounts are computed for
     * @return the statement
     */
    public CustomerStatement statement(LocalDate from, LocalDate to, LocalDate asOf) {
        return CustomerStatement.of(this, from, to, asOf);
    }

    @Override
    public String toString() {
        return "CustomerAccount[" + sellerId + "/" + customerNumber + ", " + entries.size() + " entries, balance "
                + Amounts.toPlainString(balance()) + " " + currency + "]";
    }

    // ---------------------------------------------------------------- internals

    private List<Allocated> allocations(
            String sourceId,
            LocalDate date,
            MonetaryAmount available,
            AllocationStrategy strategy,
            List<OpenItem> items) {
        List<ItemAllocation> proposed = strategy.allocate(available, items);
        Map<String, BigDecimal> openByItem = new LinkedHashMap<>();
        for (OpenItem item : items) {
            openByItem.put(item.invoiceNumber() + "#" + item.installmentNumber(), Amounts.decimal(item.openAmount()));
        }
        BigDecimal left = Amounts.decimal(available);
        List<Allocated> result = new ArrayList<>();
        for (ItemAllocation a : proposed) {
            String itemKey = a.invoiceNumber() + "#" + a.installmentNumber();
            BigDecimal open = openByItem.get(itemKey);
            BigDecimal amount = Amounts.decimal(a.amount());
            if (open == null
                    || !a.amount().getCurrency().equals(currency)
                    || amount.signum() <= 0
                    || amount.compareTo(open) > 0
                    || amount.compareTo(left) > 0) {
                throw ValidationException.of(
                        "ECH-ALLOC-01",
                        "allocation[" + itemKey + "]",
                        a.amount() + " cannot be allocated: the item is not open on this account, or the amount is"
                                + " not above zero, beyond what remains to pay (" + (open == null ? "0" : text(open))
                                + ") or beyond what is left of the payment (" + text(left) + ")");
            }
            openByItem.put(itemKey, open.subtract(amount));
            left = left.subtract(amount);
            result.add(new Allocated(sourceId, a.invoiceNumber(), a.installmentNumber(), date, a.amount()));
        }
        return result;
    }

    private List<InvoiceEvent> eventsOf(List<Allocated> allocations, CustomerAccount before) {
        Map<String, BigDecimal> byInvoice = new LinkedHashMap<>();
        Map<String, Allocated> firstOf = new LinkedHashMap<>();
        for (Allocated a : allocations) {
            String key = a.sourceId() + "\u0000" + a.invoiceNumber();
            byInvoice.merge(key, Amounts.decimal(a.amount()), BigDecimal::add);
            firstOf.putIfAbsent(key, a);
        }
        List<InvoiceEvent> events = new ArrayList<>();
        Set<String> paid = new LinkedHashSet<>();
        for (Map.Entry<String, BigDecimal> e : byInvoice.entrySet()) {
            Allocated a = firstOf.get(e.getKey());
            events.add(PaymentApplied.of(a.invoiceNumber(), a.date(), a.sourceId(), money(e.getValue())));
            if (statusOf(a.invoiceNumber()) == InvoiceStatus.PAID
                    && before.statusOf(a.invoiceNumber()) != InvoiceStatus.PAID
                    && paid.add(a.invoiceNumber())) {
                events.add(InvoicePaid.of(a.invoiceNumber(), a.date(), a.sourceId()));
            }
        }
        return events;
    }

    private CustomerAccount append(List<? extends LedgerEntry> added) {
        List<LedgerEntry> all = new ArrayList<>(entries.size() + added.size());
        all.addAll(entries);
        all.addAll(added);
        return new CustomerAccount(sellerId, customerNumber, currency, all);
    }

    private Optional<InvoiceCharged> chargeEntry(String number) {
        return entries.stream()
                .filter(e -> e instanceof InvoiceCharged c && c.invoiceNumber().equals(number))
                .map(InvoiceCharged.class::cast)
                .findFirst();
    }

    private Charge charge(String invoiceNumber) {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Charge charge = state.charges().get(invoiceNumber);
        if (charge == null) {
            throw new InvoiceStateException("ECH-LEDGER-05", invoiceNumber, "no such invoice on this account");
        }
        return charge;
    }

    private void checkSchedule(String number, List<DueAmount> schedule, BigDecimal due, LocalDate issueDate) {
        if (schedule.isEmpty()) {
            throw ValidationException.of("ECH-LEDGER-06", "schedule", "invoice " + number + " has no installment");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            DueAmount d = schedule.get(i);
            String path = "schedule[" + i + "]";
            checkCurrency(path, d.amount().getCurrency());
            if (d.installmentNumber() != i + 1) {
                throw ValidationException.of(
                        "ECH-LEDGER-06", path, "installment number " + d.installmentNumber() + " should be " + (i + 1));
            }
            if (i > 0 && !d.dueDate().isAfter(schedule.get(i - 1).dueDate())) {
                throw ValidationException.of(
                        "ECH-LEDGER-06", path, "due date " + d.dueDate() + " is not after the previous one");
            }
            sum = sum.add(Amounts.decimal(d.amount()));
        }
        if (sum.compareTo(due) != 0) {
            throw ValidationException.of(
                    "ECH-LEDGER-06",
                    "schedule",
                    "installments sum to " + text(sum) + ", not the amount due " + text(due) + " of invoice " + number);
        }
        if (schedule.get(0).dueDate().isBefore(issueDate)) {
            throw ValidationException.of(
                    "ECH-LEDGER-06",
                    "schedule[0].dueDate",
                    schedule.get(0).dueDate() + " is before the issue date " + issueDate);
        }
    }

    private void checkCurrency(String path, CurrencyUnit given) {
        if (!given.equals(currency)) {
            throw new CurrencyMismatchException(path, given, currency);
        }
    }

    private static InvoiceStateException notIssued(Invoice document) {
        return new InvoiceStateException(
                "ECH-LIFE-03", document.number().orElse("(draft)"), "a draft cannot be charged; issue it first");
    }

    private BigDecimal sumSources(boolean payments, java.util.function.Function<Source, BigDecimal> value) {
        return state.sources().values().stream()
                .filter(s -> s.payment().isPresent() == payments)
                .map(value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal dueBy(List<Item> items, LocalDate date) {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            if (!item.dueDate().isAfter(date)) {
                total = total.add(item.open());
            }
        }
        return total;
    }

    private static BigDecimal sum(List<Allocated> allocations) {
        return allocations.stream().map(a -> Amounts.decimal(a.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String text(BigDecimal value) {
        return Amounts.toPlainString(money(value));
    }

    private MonetaryAmount money(BigDecimal value) {
        return Amounts.money(value, currency);
    }
}
