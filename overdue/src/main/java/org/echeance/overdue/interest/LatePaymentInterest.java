package org.echeance.overdue.interest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.Settlement;

/**
 * Computes late-payment interest and the fixed recovery indemnity as French law sets them (Code de commerce L441-10
 * II and D441-5): simple interest {@code amount overdue × rate / 100 × days late / 365}, per period of the rate.
 *
 * <p><b>Days late.</b> Interest runs from the day after the due date (no reminder needed) up to the as-of date, or up
 * to the day the amount is paid, that day included: an installment due on 31 January and paid on 10 February is 10
 * days late. The amount overdue on a day is what was open at the end of the day before, so it follows partial
 * payments (and reversed payments) day by day; the days are split into lines wherever the amount or the rate
 * changes. Nothing is owed on or before the due date.
 *
 * <p><b>Rounding.</b> Each line is rounded half-up to the currency's minor unit; the total is the sum of the lines.
 * Years count 365 days, leap years too, as the law's usual reading does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LatePaymentInterest {
    private static final BigDecimal DAYS_PER_YEAR_PERCENT = BigDecimal.valueOf(36_500);

    private final PenaltyRates rates;
    private final LatePaymentTerms terms;

    private LatePaymentInterest(PenaltyRates rates, LatePaymentTerms terms) {
        this.rates = rates;
        this.terms = terms;
    }

    /**
     * Returns a calculator with the rate and indemnity of late-payment terms, the same rate for the whole delay.
     *
     * @param terms the terms stated on the invoice, such as {@code LatePaymentTerms.frenchDefault(ecbRate)}
     * @return the calculator
     */
    public static LatePaymentInterest of(LatePaymentTerms terms) {
        return of(PenaltyRates.fixed(terms), terms);
    }

    /**
     * Returns a calculator with a schedule of rates (each half-year's rate, for the French default) and the
     * indemnity of late-payment terms.
     *
     * @param rates the rates over time
     * @param terms the terms, for the recovery indemnity (none for a consumer)
     * @return the calculator
     */
    public static LatePaymentInterest of(PenaltyRates rates, LatePaymentTerms terms) {
        return new LatePaymentInterest(Objects.requireNonNull(rates, "rates"), Objects.requireNonNull(terms, "terms"));
    }

    /**
     * Returns the interest lines of one installment up to a date.
     *
     * @param item the installment
     * @param asOf the last day counted
     * @return the lines, in date order; empty if nothing was overdue
     * @throws ValidationException if {@code asOf} is before the issue date ({@code ECH-OVERDUE-10}), or a late day
     *     falls before the first rate ({@code ECH-OVERDUE-31})
     */
    public List<InterestPeriod> interest(ReceivableItem item, LocalDate asOf) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        item.requireIssuedBy(asOf, "asOf");
        LocalDate first = item.dueDate().plusDays(1);
        if (first.isAfter(asOf)) {
            return List.of();
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(first);
        for (Settlement s : item.settlements()) {
            cuts.add(s.date().plusDays(1));
            s.reversedOn().ifPresent(r -> cuts.add(r.plusDays(1)));
        }
        rates.periods().forEach(p -> cuts.add(p.from()));
        List<LocalDate> starts = new ArrayList<>(cuts.subSet(first, true, asOf, true));
        List<InterestPeriod> lines = new ArrayList<>();
        CurrencyUnit currency = item.currency();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : asOf;
            BigDecimal base = item.openOn(from.toEpochDay() - 1);
            if (base.signum() == 0) {
                continue;
            }
            BigDecimal rate = rates.rateOn(from)
                    .orElseThrow(() -> ValidationException.of(
                            "ECH-OVERDUE-31",
                            "rates",
                            "no rate is in force on " + from + ", a late day of invoice " + item.invoiceNumber()));
            int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
            BigDecimal interest = base.multiply(rate)
                    .multiply(BigDecimal.valueOf(days))
                    .divide(DAYS_PER_YEAR_PERCENT, MathContext.DECIMAL64);
            lines.add(new InterestPeriod(
                    item.invoiceNumber(),
                    item.installmentNumber(),
                    from,
                    to,
                    days,
                    Amounts.money(base, currency),
                    rate,
                    Amounts.rounded(interest, currency)));
        }
        return lines;
    }

    /**
     * Returns what a late invoice owes on a date besides its principal: the interest of all its installments and,
     * if any was late, the fixed recovery indemnity of the terms.
     *
     * @param invoiceItems the installments of one invoice
     * @param asOf the last day counted
     * @return the claim
     * @throws ValidationException if the items are empty or of several invoices ({@code ECH-OVERDUE-13}), or a rule
     *     of {@link #interest(ReceivableItem, LocalDate)} is broken
     */
    public LatePaymentClaim claim(List<ReceivableItem> invoiceItems, LocalDate asOf) {
        Objects.requireNonNull(invoiceItems, "invoiceItems");
        Objects.requireNonNull(asOf, "asOf");
        if (invoiceItems.isEmpty()) {
            throw ValidationException.of("ECH-OVERDUE-13", "invoiceItems", "[] holds no installment");
        }
        ReceivableItem head = invoiceItems.get(0);
        BigDecimal total = BigDecimal.ZERO;
        List<InterestPeriod> lines = new ArrayList<>();
        for (int i = 0; i < invoiceItems.size(); i++) {
            ReceivableItem item = invoiceItems.get(i);
            if (!item.invoiceNumber().equals(head.invoiceNumber())
                    || !item.customerNumber().equals(head.customerNumber())) {
                throw ValidationException.of(
                        "ECH-OVERDUE-13",
                        "invoiceItems[" + i + "]",
                        item.invoiceNumber() + " of " + item.customerNumber() + " is not invoice "
                                + head.invoiceNumber() + " of " + head.customerNumber());
            }
            for (InterestPeriod line : interest(item, asOf)) {
                lines.add(line);
                total = total.add(Amounts.decimal(line.interest()));
            }
        }
        Optional<MonetaryAmount> indemnity = lines.isEmpty() ? Optional.empty() : terms.recoveryIndemnity();
        return new LatePaymentClaim(
                head.invoiceNumber(), asOf, lines, Amounts.money(total, head.currency()), indemnity);
    }
}
