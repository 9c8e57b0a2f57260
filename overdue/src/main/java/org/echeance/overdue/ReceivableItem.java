package org.echeance.overdue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * One fact of a receivables ledger: an installment of an issued invoice (the whole invoice when it is paid at once)
 * with every settlement applied to it, so that its open amount can be rebuilt as of any day.
 *
 * <p>An item is self-contained: the reports of this module read items one at a time from a stream and keep only
 * one accumulator per customer, so that their memory grows with the number of customers, not of invoices.
 *
 * <p><b>Open amount as of a day {@code D}</b> ({@link #openAmountOn(LocalDate)}): zero if the invoice is issued
 * after {@code D}; otherwise the installment's amount minus the settlements that {@link Settlement#countsOn(LocalDate)
 * count on D} (dated on or before {@code D}, not reversed on or before {@code D}), never below zero.
 *
 * <p>Amounts are kept as {@link BigDecimal} inside (read with {@link #openOn(long)} in hot loops) and given as
 * {@link MonetaryAmount} at the API. Items compare by identity. This class is immutable and thread-safe.
 */
public final class ReceivableItem {
    private static final long NEVER = Long.MAX_VALUE;

    private final String customerNumber;
    private final String invoiceNumber;
    private final int installmentNumber;
    private final int installmentCount;
    private final CurrencyUnit currency;
    private final LocalDate issueDate;
    private final LocalDate dueDate;
    private final long issueDay;
    private final long dueDay;
    private final BigDecimal amount;
    private final List<Settlement> settlements;
    private final long[] settledFrom;
    private final long[] settledUntil;
    private final BigDecimal[] settledAmounts;

    private ReceivableItem(Builder b) {
        this.customerNumber = b.customerNumber;
        this.invoiceNumber = b.invoiceNumber;
        this.installmentNumber = b.installmentNumber;
        this.installmentCount = b.installmentCount;
        this.currency = b.currency;
        this.issueDate = b.issueDate;
        this.dueDate = b.dueDate;
        this.issueDay = b.issueDate.toEpochDay();
        this.dueDay = b.dueDate.toEpochDay();
        this.amount = Amounts.decimal(b.amount);
        this.settlements = List.copyOf(b.settlements);
        int n = settlements.size();
        this.settledFrom = new long[n];
        this.settledUntil = new long[n];
        this.settledAmounts = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Settlement s = settlements.get(i);
            settledFrom[i] = s.date().toEpochDay();
            settledUntil[i] = s.reversedOn().map(LocalDate::toEpochDay).orElse(NEVER);
            settledAmounts[i] = Amounts.decimal(s.amount());
        }
    }

    /**
     * Returns a builder of an item of a customer's invoice.
     *
     * @param customerNumber the seller's number for the customer
     * @param invoiceNumber the invoice number
     * @param currency the invoice currency
     * @return the builder, for installment 1 of 1
     */
    public static Builder builder(String customerNumber, String invoiceNumber, CurrencyUnit currency) {
        return new Builder(customerNumber, invoiceNumber, currency);
    }

    /**
     * Returns an invoice paid at once, with no settlement.
     *
     * @param customerNumber the customer number
     * @param invoiceNumber the invoice number
     * @param issueDate the issue date
     * @param dueDate the due date, not before the issue date
     * @param amount the amount due, not negative
     * @return the item
     * @throws ValidationException if a part breaks a rule ({@code ECH-OVERDUE-01}, {@code ECH-OVERDUE-02})
     */
    public static ReceivableItem of(
            String customerNumber,
            String invoiceNumber,
            LocalDate issueDate,
            LocalDate dueDate,
            MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return builder(customerNumber, invoiceNumber, amount.getCurrency())
                .issueDate(issueDate)
                .dueDate(dueDate)
                .amount(amount)
                .build();
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
     * Returns the invoice number.
     *
     * @return the number
     */
    public String invoiceNumber() {
        return invoiceNumber;
    }

    /**
     * Returns the installment's number, from 1.
     *
     * @return the number
     */
    public int installmentNumber() {
        return installmentNumber;
    }

    /**
     * Returns how many installments the invoice has: 1 for an invoice paid at once, more on an installment plan.
     *
     * @return the count
     */
    public int installmentCount() {
        return installmentCount;
    }

    /**
     * Checks if the item is one installment of an installment plan of two or more.
     *
     * @return true if the invoice has several installments
     */
    public boolean isOnInstallmentPlan() {
        return installmentCount > 1;
    }

    /**
     * Returns the invoice currency.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the invoice's issue date.
     *
     * @return the date
     */
    public LocalDate issueDate() {
        return issueDate;
    }

    /**
     * Returns the installment's due date.
     *
     * @return the date
     */
    public LocalDate dueDate() {
        return dueDate;
    }

    /**
     * Returns the issue date as an epoch day, for hot loops.
     *
     * @return {@code issueDate().toEpochDay()}
     */
    public long issueEpochDay() {
        return issueDay;
    }

    /**
     * Returns the due date as an epoch day, for hot loops.
     *
     * @return {@code dueDate().toEpochDay()}
     */
    public long dueEpochDay() {
        return dueDay;
    }

    /**
     * Returns the installment's full amount.
     *
     * @return the amount
     */
    public MonetaryAmount amount() {
        return Amounts.money(amount, currency);
    }

    /**
     * Returns the installment's full amount as a decimal, for hot loops.
     *
     * @return the amount
     */
    public BigDecimal amountDecimal() {
        return amount;
    }

    /**
     * Returns the settlements, in the order given.
     *
     * @return the settlements
     */
    public List<Settlement> settlements() {
        return settlements;
    }

    /**
     * Returns what remains to pay at the end of a day, as a decimal: the hot-loop form of {@link
     * #openAmountOn(LocalDate)}.
     *
     * @param epochDay the day, as {@link LocalDate#toEpochDay()}
     * @return the open amount, zero or more; zero before the issue date
     */
    public BigDecimal openOn(long epochDay) {
        if (epochDay < issueDay) {
            return BigDecimal.ZERO;
        }
        BigDecimal open = amount;
        for (int i = 0; i < settledFrom.length; i++) {
            if (settledFrom[i] <= epochDay && settledUntil[i] > epochDay) {
                open = open.subtract(settledAmounts[i]);
            }
        }
        return open.signum() < 0 ? BigDecimal.ZERO : open;
    }

    /**
     * Returns what remains to pay at the end of a day, rebuilt from the settlements in effect that day.
     *
     * <p>For example, an item of 100 EUR paid 60 on 10 March: 100 on 9 March, 40 on 10 March.
     *
     * @param day the day
     * @return the open amount, zero or more; zero before the issue date
     */
    public MonetaryAmount openAmountOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return Amounts.money(openOn(day.toEpochDay()), currency);
    }

    /**
     * Returns the money collected on the item (payments, not credit notes) with an effective date in {@code
     * [fromDay, toDay]} and still counting on {@code toDay}.
     *
     * @param fromDay the first day, as an epoch day
     * @param toDay the last day, as an epoch day
     * @return the amount collected, zero or more
     */
    public BigDecimal collectedBetween(long fromDay, long toDay) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < settledFrom.length; i++) {
            if (settledFrom[i] >= fromDay
                    && settledFrom[i] <= toDay
                    && settledUntil[i] > toDay
                    && settlements.get(i).kind() == SettlementKind.PAYMENT) {
                total = total.add(settledAmounts[i]);
            }
        }
        return total;
    }

    /**
     * Returns the day the item was fully settled, as known on a day: when it is settled on {@code asOf}, the latest
     * date of the settlements counting then (the issue date for an item of zero).
     *
     * @param asOf the day the ledger is read
     * @return the settlement date, or empty if something remains to pay on {@code asOf} or it is not issued yet
     */
    public Optional<LocalDate> settledDate(LocalDate asOf) {
        long day = asOf.toEpochDay();
        if (day < issueDay || openOn(day).signum() > 0) {
            return Optional.empty();
        }
        long latest = issueDay;
        for (int i = 0; i < settledFrom.length; i++) {
            if (settledFrom[i] <= day && settledUntil[i] > day) {
                latest = Math.max(latest, settledFrom[i]);
            }
        }
        return Optional.of(LocalDate.ofEpochDay(latest));
    }

    /**
     * Checks that a day is not before the invoice's issue date, for the calculations that make no sense then
     * (interest, days late of one invoice).
     *
     * @param asOf the day asked for
     * @param path the name of the argument, for the message
     * @throws ValidationException if the day is before the issue date ({@code ECH-OVERDUE-10})
     */
    public void requireIssuedBy(LocalDate asOf, String path) {
        if (asOf.isBefore(issueDate)) {
            throw ValidationException.of(
                    "ECH-OVERDUE-10",
                    path,
                    asOf + " is before the issue date " + issueDate + " of invoice " + invoiceNumber
                            + "; nothing was owed on it then");
        }
    }

    @Override
    public String toString() {
        return "ReceivableItem[" + customerNumber + " " + invoiceNumber + "#" + installmentNumber + "/"
                + installmentCount + ", issued " + issueDate + ", due " + dueDate + ", " + amount.toPlainString()
                + " " + currency.getCurrencyCode() + ", " + settlements.size() + " settlements]";
    }

    /** Builds a {@link ReceivableItem}; checks every rule at {@link #build()}. */
    public static final class Builder {
        private final String customerNumber;
        private final String invoiceNumber;
        private final CurrencyUnit currency;
        private int installmentNumber = 1;
        private int installmentCount = 1;
        private LocalDate issueDate;
        private LocalDate dueDate;
        private MonetaryAmount amount;
        private final List<Settlement> settlements = new ArrayList<>();

        private Builder(String customerNumber, String invoiceNumber, CurrencyUnit currency) {
            this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
            this.invoiceNumber = Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Sets the installment's number and the invoice's number of installments.
         *
         * @param number the installment's number, from 1
         * @param count the number of installments of the invoice
         * @return this builder
         */
        public Builder installment(int number, int count) {
            this.installmentNumber = number;
            this.installmentCount = count;
            return this;
        }

        /**
         * Sets the invoice's issue date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder issueDate(LocalDate date) {
            this.issueDate = Objects.requireNonNull(date, "issueDate");
            return this;
        }

        /**
         * Sets the installment's due date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder dueDate(LocalDate date) {
            this.dueDate = Objects.requireNonNull(date, "dueDate");
            return this;
        }

        /**
         * Sets the installment's amount.
         *
         * @param value the amount, not negative, in the item's currency
         * @return this builder
         */
        public Builder amount(MonetaryAmount value) {
            this.amount = Objects.requireNonNull(value, "amount");
            return this;
        }

        /**
         * Adds a settlement.
         *
         * @param settlement the settlement
         * @return this builder
         */
        public Builder settlement(Settlement settlement) {
            settlements.add(Objects.requireNonNull(settlement, "settlement"));
            return this;
        }

        /**
         * Builds the item, checking every rule at once.
         *
         * @return the item
         * @throws NullPointerException if the issue date, due date or amount is missing
         * @throws CurrencyMismatchException if the amount or a settlement is in another currency
         * @throws ValidationException with every broken rule: the due date before the issue date ({@code
         *     ECH-OVERDUE-01}), a negative amount or a settlement not above zero ({@code ECH-OVERDUE-02}), a
         *     settlement before the issue date or a reversal before its settlement ({@code ECH-OVERDUE-04}), an
         *     installment number outside 1..count ({@code ECH-OVERDUE-05})
         */
        public ReceivableItem build() {
            Objects.requireNonNull(issueDate, "issueDate");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(amount, "amount");
            String path = "items[" + invoiceNumber + "#" + installmentNumber + "]";
            if (!amount.getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(path + ".amount", amount.getCurrency(), currency);
            }
            List<Violation> violations = new ArrayList<>();
            if (dueDate.isBefore(issueDate)) {
                violations.add(new Violation(
                        "ECH-OVERDUE-01", path + ".dueDate", dueDate + " is before the issue date " + issueDate));
            }
            if (amount.isNegative()) {
                violations.add(new Violation(
                        "ECH-OVERDUE-02", path + ".amount", Amounts.toPlainString(amount) + " is negative"));
            }
            if (installmentCount < 1 || installmentNumber < 1 || installmentNumber > installmentCount) {
                violations.add(new Violation(
                        "ECH-OVERDUE-05",
                        path + ".installmentNumber",
                        installmentNumber + " is not an installment from 1 to " + installmentCount));
            }
            for (int i = 0; i < settlements.size(); i++) {
                Settlement s = settlements.get(i);
                String at = path + ".settlements[" + i + "]";
                if (!s.amount().getCurrency().equals(currency)) {
                    throw new CurrencyMismatchException(
                            at + ".amount", s.amount().getCurrency(), currency);
                }
                if (!s.amount().isPositive()) {
                    violations.add(new Violation(
                            "ECH-OVERDUE-02",
                            at + ".amount",
                            Amounts.toPlainString(s.amount()) + " is not above zero"));
                }
                if (s.date().isBefore(issueDate)) {
                    violations.add(new Violation(
                            "ECH-OVERDUE-04",
                            at + ".date",
                            s.date() + " is before the issue date " + issueDate + " of invoice " + invoiceNumber));
                }
                if (s.reversedOn().filter(r -> r.isBefore(s.date())).isPresent()) {
                    violations.add(new Violation(
                            "ECH-OVERDUE-04",
                            at + ".reversedOn",
                            s.reversedOn().get() + " is before the settlement date " + s.date()));
                }
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return new ReceivableItem(this);
        }
    }
}
