package org.echeance.core.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echeance.core.ledger.Allocated;
import org.echeance.core.ledger.CreditNoteRecorded;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.InvoiceCharged;
import org.echeance.core.ledger.ItemKind;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.PaymentRecorded;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.core.ledger.Refunded;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.Payment;

/**
 * The state of an account, derived by replaying its entries in order. Not API.
 *
 * <p>Built once per account and only read afterwards, so it is safe to share between threads once built.
 */
public final class LedgerState {
    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private LedgerState() {}

    /**
     * Replays entries into a state.
     *
     * @param entries the entries, in the order recorded
     * @return the state
     */
    public static LedgerState replay(List<LedgerEntry> entries) {
        LedgerState state = new LedgerState();
        String lastPayment = null;
        for (LedgerEntry entry : entries) {
            String payment = null;
            if (entry instanceof InvoiceCharged c) {
                state.charges.put(c.invoiceNumber(), new Charge(c));
            } else if (entry instanceof CreditNoteRecorded c) {
                state.sources.put(
                        c.creditNoteNumber(), new Source(c.creditNoteNumber(), Optional.empty(), c.date(), c.amount()));
                Charge corrected = state.charges.get(c.correctedInvoiceNumber());
                corrected.credited = corrected.credited.add(Amounts.decimal(c.amount()));
            } else if (entry instanceof PaymentRecorded p) {
                Payment pay = p.payment();
                state.sources.put(
                        pay.idempotencyKey(),
                        new Source(pay.idempotencyKey(), Optional.of(pay), pay.receivedOn(), pay.amount()));
                payment = pay.idempotencyKey();
            } else if (entry instanceof Allocated a) {
                Source source = state.sources.get(a.sourceId());
                BigDecimal amount = Amounts.decimal(a.amount());
                source.allocated = source.allocated.add(amount);
                source.allocations.add(a);
                if (a.sourceId().equals(lastPayment)) {
                    source.firstAllocations.add(a);
                    payment = lastPayment;
                }
                Item item = state.charges.get(a.invoiceNumber()).item(a.installmentNumber());
                item.allocated = item.allocated.add(amount);
            } else if (entry instanceof PaymentReversed r) {
                Source source = state.sources.get(r.paymentKey());
                source.reversed = true;
                for (Allocated a : source.allocations) {
                    Item item = state.charges.get(a.invoiceNumber()).item(a.installmentNumber());
                    item.allocated = item.allocated.subtract(Amounts.decimal(a.amount()));
                }
            } else if (entry instanceof Refunded r) {
                Source source = state.sources.get(r.sourceId());
                source.refunded = source.refunded.add(Amounts.decimal(r.amount()));
            }
            lastPayment = payment;
        }
        return state;
    }

    /**
     * Returns the charged invoices by number, in the order charged.
     *
     * @return the charges, read-only
     */
    public Map<String, Charge> charges() {
        return Collections.unmodifiableMap(charges);
    }

    /**
     * Returns the sources of money (payments and credit notes) by id, in the order recorded.
     *
     * @return the sources, read-only
     */
    public Map<String, Source> sources() {
        return Collections.unmodifiableMap(sources);
    }

    /**
     * Returns what remains to pay on all invoices.
     *
     * @return the open total
     */
    public BigDecimal openTotal() {
        return charges.values().stream().map(Charge::open).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Returns the customer credit: what remains of every source.
     *
     * @return the credit
     */
    public BigDecimal unappliedCredit() {
        return sources.values().stream().map(Source::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** An invoice charged on the account. */
    public static final class Charge {
        private final String number;
        private final LocalDate issueDate;
        private final ItemKind kind;
        private final BigDecimal amount;
        private final List<Item> items = new ArrayList<>();
        private BigDecimal credited = BigDecimal.ZERO;

        Charge(InvoiceCharged entry) {
            this.number = entry.invoiceNumber();
            this.issueDate = entry.date();
            this.kind = entry.kind();
            this.amount = Amounts.decimal(entry.amount());
            for (DueAmount due : entry.schedule()) {
                items.add(new Item(due.installmentNumber(), due.dueDate(), Amounts.decimal(due.amount())));
            }
        }

        Item item(int installmentNumber) {
            return items.get(installmentNumber - 1);
        }

        /**
         * Returns the invoice number.
         *
         * @return the number
         */
        public String number() {
            return number;
        }

        /**
         * Returns the issue date.
         *
         * @return the date
         */
        public LocalDate issueDate() {
            return issueDate;
        }

        /**
         * Returns what the invoice is for.
         *
         * @return the kind
         */
        public ItemKind kind() {
            return kind;
        }

        /**
         * Returns the amount charged.
         *
         * @return the amount
         */
        public BigDecimal amount() {
            return amount;
        }

        /**
         * Returns the installments.
         *
         * @return the items, read-only
         */
        public List<Item> items() {
            return Collections.unmodifiableList(items);
        }

        /**
         * Returns the sum of the credit notes recorded for the invoice.
         *
         * @return the amount credited
         */
        public BigDecimal credited() {
            return credited;
        }

        /**
         * Returns what was allocated to the invoice and still counts.
         *
         * @return the amount allocated
         */
        public BigDecimal allocated() {
            return items.stream().map(i -> i.allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /**
         * Returns what remains to pay.
         *
         * @return the open amount
         */
        public BigDecimal open() {
            return items.stream().map(Item::open).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /**
         * Returns what credit notes may still credit.
         *
         * @return the creditable amount
         */
        public BigDecimal creditable() {
            return amount.subtract(credited);
        }
    }

    /** An installment of a charged invoice. */
    public static final class Item {
        private final int number;
        private final LocalDate dueDate;
        private final BigDecimal amount;
        private BigDecimal allocated = BigDecimal.ZERO;

        Item(int number, LocalDate dueDate, BigDecimal amount) {
            this.number = number;
            this.dueDate = dueDate;
            this.amount = amount;
        }

        /**
         * Returns the installment number.
         *
         * @return the number
         */
        public int number() {
            return number;
        }

        /**
         * Returns the due date.
         *
         * @return the date
         */
        public LocalDate dueDate() {
            return dueDate;
        }

        /**
         * Returns the installment amount.
         *
         * @return the amount
         */
        public BigDecimal amount() {
            return amount;
        }

        /**
         * Returns what remains to pay.
         *
         * @return the open amount
         */
        public BigDecimal open() {
            return amount.subtract(allocated);
        }
    }

    /** A payment or a credit note: money the customer has with the seller. */
    public static final class Source {
        private final String id;
        private final Optional<Payment> payment;
        private final LocalDate date;
        private final BigDecimal amount;
        private final List<Allocated> allocations = new ArrayList<>();
        private final List<Allocated> firstAllocations = new ArrayList<>();
        private BigDecimal allocated = BigDecimal.ZERO;
        private BigDecimal refunded = BigDecimal.ZERO;
        private boolean reversed;

        Source(String id, Optional<Payment> payment, LocalDate date, javax.money.MonetaryAmount amount) {
            this.id = id;
            this.payment = payment;
            this.date = date;
            this.amount = Amounts.decimal(amount);
        }

        /**
         * Returns the payment key or credit note number.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * Returns the payment, for a payment source.
         *
         * @return the payment, or empty for a credit note
         */
        public Optional<Payment> payment() {
            return payment;
        }

        /**
         * Returns the date of the payment or credit note.
         *
         * @return the date
         */
        public LocalDate date() {
            return date;
        }

        /**
         * Returns the amount.
         *
         * @return the amount
         */
        public BigDecimal amount() {
            return amount;
        }

        /**
         * Returns what was refunded from this source.
         *
         * @return the amount refunded
         */
        public BigDecimal refunded() {
            return refunded;
        }

        /**
         * Checks if the payment was reversed.
         *
         * @return true if reversed
         */
        public boolean reversed() {
            return reversed;
        }

        /**
         * Returns what remains as customer credit: zero once reversed.
         *
         * @return the remaining amount
         */
        public BigDecimal remaining() {
            return reversed ? BigDecimal.ZERO : amount.subtract(allocated).subtract(refunded);
        }

        /**
         * Returns the allocations made when the payment was recorded.
         *
         * @return the allocations, read-only
         */
        public List<Allocated> firstAllocations() {
            return Collections.unmodifiableList(firstAllocations);
        }

        /**
         * Returns what of the payment became credit when it was recorded.
         *
         * @return the credit
         */
        public BigDecimal firstCredit() {
            return firstAllocations.stream()
                    .map(a -> Amounts.decimal(a.amount()))
                    .reduce(amount, BigDecimal::subtract);
        }
    }
}
