package org.echeance.scheduling.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * The installment calendar of a set of customer accounts: what falls due between two dates, and what falls due in
 * each of the coming months, per currency.
 *
 * <p>The calendar lists what remains to be collected: the open items of each account (installments, or whole
 * invoices paid at once, with something left to pay), at their open amount. A fully paid installment is not listed;
 * a partly paid one is listed with what remains. The accounts are read as they are: every payment recorded on them
 * counts, whatever its date. Amounts of different currencies are never added together.
 *
 * <p>The accounts may belong to several sellers; every entry names its seller, and {@link #forSeller(String)}
 * keeps one seller's accounts only. An account is identified by its seller, customer number and currency, and may
 * be given once only.
 *
 * <p>For example, the payments expected next quarter: {@code DueCalendar.of(accounts).monthlyTotals(YearMonth.of(
 * 2026, 4), 3)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DueCalendar {
    /** The most months {@link #monthlyTotals(YearMonth, int)} accepts: a hundred years. */
    public static final int MAX_MONTHS = 1200;

    private static final Comparator<CustomerAccount> ACCOUNT_ORDER = Comparator.comparing(CustomerAccount::sellerId)
            .thenComparing(CustomerAccount::customerNumber)
            .thenComparing(a -> a.currency().getCurrencyCode());

    private final List<CustomerAccount> accounts;

    private DueCalendar(List<CustomerAccount> accounts) {
        this.accounts = accounts;
    }

    /**
     * Returns the calendar of some accounts.
     *
     * @param accounts the accounts, each (seller, customer, currency) once
     * @return the calendar
     * @throws NullPointerException if the collection or one of its accounts is null
     * @throws ValidationException if an account is given twice (rule {@code ECH-CAL-01})
     */
    public static DueCalendar of(Collection<CustomerAccount> accounts) {
        Objects.requireNonNull(accounts, "accounts");
        List<CustomerAccount> sorted = new ArrayList<>(accounts.size());
        Set<List<String>> seen = new HashSet<>();
        for (CustomerAccount account : accounts) {
            Objects.requireNonNull(account, "accounts[]");
            List<String> identity = List.of(
                    account.sellerId(),
                    account.customerNumber(),
                    account.currency().getCurrencyCode());
            if (!seen.add(identity)) {
                throw ValidationException.of(
                        "ECH-CAL-01",
                        "accounts",
                        "the account of customer " + account.customerNumber() + " with seller " + account.sellerId()
                                + " in " + account.currency().getCurrencyCode() + " is given twice");
            }
            sorted.add(account);
        }
        sorted.sort(ACCOUNT_ORDER);
        return new DueCalendar(List.copyOf(sorted));
    }

    /**
     * Returns the calendar of one seller's accounts only.
     *
     * @param sellerId the seller
     * @return the calendar of that seller's accounts, empty if it has none here
     * @throws NullPointerException if the seller is null
     */
    public DueCalendar forSeller(String sellerId) {
        Objects.requireNonNull(sellerId, "sellerId");
        return new DueCalendar(
                accounts.stream().filter(a -> a.sellerId().equals(sellerId)).toList());
    }

    /**
     * Returns the accounts of the calendar, ordered by seller, customer number and currency.
     *
     * @return the accounts
     */
    public List<CustomerAccount> accounts() {
        return accounts;
    }

    /**
     * Returns the open items that fall due in the half-open range {@code [fromInclusive, toExclusive)}.
     *
     * <p>For example, {@code dueBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1))} is what falls due in
     * March 2026. Items due before {@code fromInclusive} and still open (overdue ones) are not listed.
     *
     * @param fromInclusive the first day
     * @param toExclusive the day after the last day
     * @return the entries in {@link DueEntry#CALENDAR_ORDER}; empty when the range is empty
     * @throws NullPointerException if a date is null
     */
    public List<DueEntry> dueBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        List<DueEntry> entries = new ArrayList<>();
        if (!fromInclusive.isBefore(toExclusive)) {
            return List.of();
        }
        for (CustomerAccount account : accounts) {
            for (OpenItem item : account.openItems()) {
                if (!item.dueDate().isBefore(fromInclusive) && item.dueDate().isBefore(toExclusive)) {
                    entries.add(new DueEntry(
                            account.sellerId(),
                            account.customerNumber(),
                            item.invoiceNumber(),
                            item.installmentNumber(),
                            item.dueDate(),
                            item.amount(),
                            item.openAmount()));
                }
            }
        }
        entries.sort(DueEntry.CALENDAR_ORDER);
        return List.copyOf(entries);
    }

    /**
     * Returns the open items that fall due on one day.
     *
     * @param day the day
     * @return the entries in {@link DueEntry#CALENDAR_ORDER}
     * @throws NullPointerException if the day is null
     */
    public List<DueEntry> dueOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return dueBetween(day, day.plusDays(1));
    }

    /**
     * Returns, for each of the coming months, what falls due in it per currency: the sum of the open amounts of
     * the items due that month.
     *
     * <p>Every month of the range is a key, in order, even when nothing falls due in it (its map is then empty).
     * Each month maps the currencies that have something due, ordered by currency code, to their total with the
     * currency's scale; amounts of different currencies are never added together.
     *
     * @param from the first month
     * @param months how many months, from 0 to {@link #MAX_MONTHS}
     * @return the totals by month, then by currency; unmodifiable
     * @throws NullPointerException if the first month is null
     * @throws IllegalArgumentException if {@code months} is out of range
     */
    public Map<YearMonth, Map<CurrencyUnit, MonetaryAmount>> monthlyTotals(YearMonth from, int months) {
        Objects.requireNonNull(from, "from");
        if (months < 0 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months: " + months + " is not from 0 to " + MAX_MONTHS);
        }
        Map<YearMonth, Map<CurrencyUnit, BigDecimal>> sums = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            sums.put(from.plusMonths(i), new TreeMap<>(Comparator.comparing(CurrencyUnit::getCurrencyCode)));
        }
        if (months > 0) {
            for (DueEntry entry :
                    dueBetween(from.atDay(1), from.plusMonths(months).atDay(1))) {
                CurrencyUnit currency = entry.openAmount().getCurrency();
                sums.get(YearMonth.from(entry.dueDate()))
                        .merge(currency, Amounts.decimal(entry.openAmount()), BigDecimal::add);
            }
        }
        Map<YearMonth, Map<CurrencyUnit, MonetaryAmount>> totals = new LinkedHashMap<>();
        for (Map.Entry<YearMonth, Map<CurrencyUnit, BigDecimal>> month : sums.entrySet()) {
            Map<CurrencyUnit, MonetaryAmount> byCurrency = new LinkedHashMap<>();
            month.getValue().forEach((currency, sum) -> byCurrency.put(currency, Amounts.money(sum, currency)));
            totals.put(month.getKey(), Collections.unmodifiableMap(byCurrency));
        }
        return Collections.unmodifiableMap(totals);
    }

    @Override
    public String toString() {
        return "DueCalendar[" + accounts.size() + " accounts]";
    }
}
