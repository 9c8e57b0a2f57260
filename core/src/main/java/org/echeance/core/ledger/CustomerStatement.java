package org.echeance.core.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * A customer's account statement for a period (the "status table" customers consult): the opening balance,
 * every invoice, credit note, payment, reversal and refund of the period in date order with a running balance,
 * the closing balance, and, as of a date, what is due, what is overdue and the installments to come.
 *
 * <p>The closing balance always equals the opening balance plus the debits minus the credits of the lines. The
 * PDF and JSON modules render this value. This class is immutable and thread-safe.
 *
 * @param sellerId the seller
 * @param customerNumber the customer
 * @param currency the account currency
 * @param from the first day of the period, inclusive
 * @param to the last day of the period, inclusive
 * @param asOf the date the due and overdue figures are computed for
 * @param openingBalance the balance at the end of the day before {@code from}
 * @param lines the lines of the period, by date then in the order recorded
 * @param closingBalance the balance at the end of {@code to}
 * @param dueNow what is due by {@code asOf} and not paid
 * @param overdueItems the installments due before {@code asOf} and not fully paid
 * @param upcomingItems the installments due after {@code asOf}, by due date
 * @param unappliedCredit the customer credit not yet allocated
 */
public record CustomerStatement(
        String sellerId,
        String customerNumber,
        CurrencyUnit currency,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        MonetaryAmount openingBalance,
        List<StatementLine> lines,
        MonetaryAmount closingBalance,
        MonetaryAmount dueNow,
        List<OpenItem> overdueItems,
        List<OpenItem> upcomingItems,
        MonetaryAmount unappliedCredit) {

    /** Creates a statement, rejecting null parts and copying the lists. */
    public CustomerStatement {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(openingBalance, "openingBalance");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(closingBalance, "closingBalance");
        Objects.requireNonNull(dueNow, "dueNow");
        overdueItems = List.copyOf(Objects.requireNonNull(overdueItems, "overdueItems"));
        upcomingItems = List.copyOf(Objects.requireNonNull(upcomingItems, "upcomingItems"));
        Objects.requireNonNull(unappliedCredit, "unappliedCredit");
    }

    /**
     * Returns the statement of an account for a period.
     *
     * @param account the account
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param asOf the date for the due and overdue figures
     * @return the statement
     * @throws ValidationException if {@code to} is before {@code from} (ECH-STMT-01)
     */
    public static CustomerStatement of(CustomerAccount account, LocalDate from, LocalDate to, LocalDate asOf) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw ValidationException.of("ECH-STMT-01", "statement.to", to + " is before the first day " + from);
        }
        CurrencyUnit currency = account.currency();
        MonetaryAmount opening = account.balanceAsOf(from.minusDays(1));
        List<LedgerEntry> period = new ArrayList<>();
        for (LedgerEntry entry : account.entries()) {
            if (!entry.date().isBefore(from) && !entry.date().isAfter(to) && !(entry instanceof Allocated)) {
                period.add(entry);
            }
        }
        period.sort(Comparator.comparing(LedgerEntry::date)); // stable: keeps the recorded order within a day
        BigDecimal running = Amounts.decimal(opening);
        List<StatementLine> lines = new ArrayList<>();
        for (LedgerEntry entry : period) {
            BigDecimal effect = Amounts.decimal(entry.balanceEffect());
            running = running.add(effect);
            MonetaryAmount debit = Amounts.money(effect.max(BigDecimal.ZERO), currency);
            MonetaryAmount credit = Amounts.money(effect.min(BigDecimal.ZERO).negate(), currency);
            lines.add(new StatementLine(
                    entry.date(), kindOf(entry), entry.reference(), debit, credit, Amounts.money(running, currency)));
        }
        List<OpenItem> open = account.openItems();
        return new CustomerStatement(
                account.sellerId(),
                account.customerNumber(),
                currency,
                from,
                to,
                asOf,
                opening,
                lines,
                Amounts.money(running, currency),
                account.amountDueAsOf(asOf),
                open.stream().filter(i -> i.isOverdueOn(asOf)).toList(),
                open.stream().filter(i -> i.dueDate().isAfter(asOf)).toList(),
                account.unappliedCredit());
    }

    private static StatementLine.Kind kindOf(LedgerEntry entry) {
        if (entry instanceof InvoiceCharged) {
            return StatementLine.Kind.INVOICE;
        }
        if (entry instanceof CreditNoteRecorded) {
            return StatementLine.Kind.CREDIT_NOTE;
        }
        if (entry instanceof PaymentRecorded) {
            return StatementLine.Kind.PAYMENT;
        }
        if (entry instanceof PaymentReversed) {
            return StatementLine.Kind.PAYMENT_REVERSAL;
        }
        return StatementLine.Kind.REFUND;
    }
}
