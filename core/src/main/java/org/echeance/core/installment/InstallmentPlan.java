package org.echeance.core.installment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * An amount split into dated installments that sum to it exactly, to the minor unit of its currency.
 *
 * <p>A plan is a total, a {@link PlanShape} and {@link DueDates}. Every split works in integer minor units (2 for
 * EUR, 0 for JPY, 3 for BHD): each installment's exact share is floored and the units left over are handed out by
 * a stated {@link RemainderRule}, so the installments always sum to the total and the same input always gives the
 * same plan. For example 1,000.00 EUR in 3 equal parts is 333.34, 333.33, 333.33; 100 JPY is 34, 33, 33.
 *
 * <p>Signs: a negative total (a credit) is split as its absolute value and every installment negated; a zero
 * total gives zero installments. No installment ever has the opposite sign of the total: a plan that would need
 * one is refused ({@code ECH-PLAN-09}).
 *
 * <p>Deposits: a plan covers what the customer still owes. For a final invoice after down-payment invoices (type
 * 386), the caller deducts what was paid as the invoice's paid amount (BT-113), and {@link #forInvoice(Invoice,
 * PlanShape, DueDates)} splits the amount due (BT-115); for any other open balance use {@link
 * #fromOpenBalance(MonetaryAmount, PlanShape, DueDates)}: the schedule is built on what remains, never on the
 * original total (the lesson of Invoice Ninja issue 11385).
 *
 * <p>Two further steps return new plans: {@link #withCashRounding(CashRounding)} makes each installment a
 * multiple of a cash increment, and {@link #withVatBreakdown(List)} gives each installment its share of every VAT
 * group. Both may be applied in either order; the VAT shares always follow the final amounts.
 *
 * <p>Two plans are equal when they have the same currency, total, installments, VAT breakdown and cash rounding,
 * and were built from the same exact shares (so that {@code withCashRounding} gives equal results); amounts are
 * compared by value. This class is immutable and thread-safe.
 */
public final class InstallmentPlan {
    private final CurrencyUnit currency;
    private final BigInteger total;
    private final List<BigInteger> units;
    private final List<Fraction> exactShares;
    private final List<LocalDate> dueDates;
    private final List<VatBreakdownShare> vatBreakdown;
    private final CashRounding cashRounding;
    private final List<Installment> installments;

    private InstallmentPlan(
            CurrencyUnit currency,
            BigInteger total,
            List<BigInteger> units,
            List<Fraction> exactShares,
            List<LocalDate> dueDates,
            List<VatBreakdownShare> vatBreakdown,
            CashRounding cashRounding) {
        this.currency = currency;
        this.total = total;
        this.units = List.copyOf(units);
        this.exactShares = List.copyOf(exactShares);
        this.dueDates = List.copyOf(dueDates);
        this.vatBreakdown = List.copyOf(vatBreakdown);
        this.cashRounding = cashRounding;
        this.installments = buildInstallments();
    }

    // -----------------------------------------------------------------------------------------------------------
    // Factories
    // -----------------------------------------------------------------------------------------------------------

    /**
     * Returns the plan of a shape applied to a total.
     *
     * <p>For example {@code InstallmentPlan.of(Money.of(1000, "EUR"), PlanShape.percentages("30", "70"),
     * DueDates.afterIssue(issueDate, List.of(0, 30)))}.
     *
     * @param total the amount to split, with no more decimals than its currency allows
     * @param shape how to split it
     * @param dueDates when each installment falls due
     * @return the plan
     * @throws ValidationException if an amount has more decimals than the currency allows ({@code ECH-PLAN-08}),
     *     is in another currency ({@code ECH-CUR-01}), the fixed amounts do not sum to the total ({@code
     *     ECH-PLAN-04}), a deposit is larger than the total ({@code ECH-PLAN-07}), an installment would be negative
     *     ({@code ECH-PLAN-09}) or the number of listed due dates differs from the number of installments ({@code
     *     ECH-PLAN-10})
     */
    public static InstallmentPlan of(MonetaryAmount total, PlanShape shape, DueDates dueDates) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dueDates, "dueDates");
        CurrencyUnit currency = total.getCurrency();
        BigInteger totalUnits = Split.unitsOf(total, currency, "plan.total");
        Split.Result split = Split.apply(currency, totalUnits, shape);
        List<LocalDate> dates = dueDates.forInstallments(shape.count());
        return new InstallmentPlan(currency, totalUnits, split.units(), split.exact(), dates, List.of(), null);
    }

    /**
     * Returns a plan of equal parts, the first parts receiving the units left over: 8.00 EUR in 3 is 2.67, 2.67,
     * 2.66.
     *
     * @param total the amount to split
     * @param count the number of installments, one or more
     * @param dueDates when each installment falls due
     * @return the plan
     * @throws ValidationException if the count is below one ({@code ECH-PLAN-01}) or as for {@link
     *     #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan equalParts(MonetaryAmount total, int count, DueDates dueDates) {
        return of(total, PlanShape.equalParts(count), dueDates);
    }

    /**
     * Returns a plan of equal parts: {@code q = total div count} minor units each, and the {@code r = total mod
     * count} units left over one each to the parts the rule names.
     *
     * @param total the amount to split
     * @param count the number of installments, one or more
     * @param dueDates when each installment falls due
     * @param rule which parts receive the units left over ({@link RemainderRule#LARGEST_REMAINDER} is the same
     *     as {@link RemainderRule#FIRST} here)
     * @return the plan
     * @throws ValidationException if the count is below one ({@code ECH-PLAN-01}) or as for {@link
     *     #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan equalParts(MonetaryAmount total, int count, DueDates dueDates, RemainderRule rule) {
        return of(total, PlanShape.equalParts(count, rule), dueDates);
    }

    /**
     * Returns a plan of percentages of the total: each share floored to the minor unit, the units left over
     * handed out by the rule.
     *
     * <p>For example 30, 40 and 30 % of 1,000.01 EUR with {@link RemainderRule#LARGEST_REMAINDER} is 300.00,
     * 400.01, 300.00.
     *
     * @param total the amount to split
     * @param percents the percentages, each zero or more, summing to exactly 100
     * @param dueDates when each installment falls due
     * @param rule which installments receive the units left over
     * @return the plan
     * @throws ValidationException if a percentage is negative ({@code ECH-PLAN-02}), they do not sum to 100
     *     ({@code ECH-PLAN-03}) or as for {@link #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan percentages(
            MonetaryAmount total, List<BigDecimal> percents, DueDates dueDates, RemainderRule rule) {
        return of(total, PlanShape.percentages(percents, rule), dueDates);
    }

    /**
     * Returns a plan of a deposit and the balance: two installments.
     *
     * <p>A percentage deposit is rounded half-up to the minor unit and the balance is the total minus the
     * deposit: a deposit of 30 % of 1,000.05 EUR is 300.02, the balance 700.03.
     *
     * @param total the amount to split
     * @param deposit the deposit, an amount or a percentage of the total
     * @param dueDates when the deposit and the balance fall due
     * @return the plan
     * @throws ValidationException if the deposit is larger than the total ({@code ECH-PLAN-07}) or as for {@link
     *     #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan depositAndBalance(MonetaryAmount total, Deposit deposit, DueDates dueDates) {
        return of(total, PlanShape.depositAndBalance(deposit), dueDates);
    }

    /**
     * Returns a plan of a deposit and the balance in equal parts: {@code count + 1} installments.
     *
     * @param total the amount to split
     * @param deposit the deposit, an amount or a percentage of the total (rounded half-up)
     * @param count the number of equal parts of the balance, one or more
     * @param dueDates when each installment falls due, the deposit first
     * @param rule which parts of the balance receive the units left over
     * @return the plan
     * @throws ValidationException if the count is below one ({@code ECH-PLAN-01}), the deposit is larger than the
     *     total ({@code ECH-PLAN-07}) or as for {@link #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan depositAndEqualParts(
            MonetaryAmount total, Deposit deposit, int count, DueDates dueDates, RemainderRule rule) {
        return of(total, PlanShape.depositAndEqualParts(deposit, count, rule), dueDates);
    }

    /**
     * Returns a plan of explicit amounts, which must sum exactly to the total.
     *
     * @param total the total the amounts must sum to
     * @param amounts the installment amounts, one or more
     * @param dueDates when each installment falls due
     * @return the plan
     * @throws ValidationException if the amounts do not sum to the total ({@code ECH-PLAN-04}) or as for {@link
     *     #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan explicit(MonetaryAmount total, List<MonetaryAmount> amounts, DueDates dueDates) {
        return of(total, PlanShape.explicit(amounts), dueDates);
    }

    /**
     * Returns a plan built part by part: fixed amounts are taken off first, percentages are of the remainder, and
     * the last installment is the total minus the others (see {@link PlanPart}).
     *
     * <p>For example, on 1,000.00 EUR, a fixed 400 and 33, 33 and 34 % of the remainder give 400.00, 198.00,
     * 198.00, 204.00 (OCA account-payment issue 924). The units left over by the percentages go to the last
     * non-zero percentage, or to the balance part when there is one.
     *
     * @param total the amount to split
     * @param parts the parts, one or more
     * @param dueDates when each installment falls due
     * @return the plan
     * @throws ValidationException if the fixed amounts exceed the total so that an installment would be negative
     *     ({@code ECH-PLAN-09}, naming it), or as for {@link PlanShape.Parts} and {@link #of(MonetaryAmount,
     *     PlanShape, DueDates)}
     */
    public static InstallmentPlan fromParts(MonetaryAmount total, List<PlanPart> parts, DueDates dueDates) {
        return of(total, PlanShape.ofParts(parts), dueDates);
    }

    /**
     * Returns the plan of a shape applied to what remains to be paid: the same as {@link #of(MonetaryAmount,
     * PlanShape, DueDates)} with the open balance as total.
     *
     * <p>The caller computes the open balance: the invoice's amount due minus payments and deposits already
     * received. A 30 % deposit paid on 1,000.00 EUR leaves 700.00, and three equal parts of the open balance are
     * 233.34, 233.33, 233.33, never a third of 1,000.
     *
     * @param openBalance the amount still owed
     * @param shape how to split it
     * @param dueDates when each installment falls due
     * @return the plan
     * @throws ValidationException as for {@link #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan fromOpenBalance(MonetaryAmount openBalance, PlanShape shape, DueDates dueDates) {
        return of(Objects.requireNonNull(openBalance, "openBalance"), shape, dueDates);
    }

    /**
     * Returns the plan of an invoice: its amount due (BT-115) split by a shape, each installment with its share of
     * the invoice's VAT breakdown.
     *
     * <p>Down payments already invoiced (type 386) are deducted by the caller as the invoice's paid amount
     * (BT-113), so the plan covers only what is still due. When the invoice has an issue date, the first due date
     * must not be before it.
     *
     * @param invoice the invoice
     * @param shape how to split the amount due
     * @param dueDates when each installment falls due
     * @return the plan, with VAT shares (see {@link #withVatBreakdown(List)})
     * @throws ValidationException if the first due date is before the issue date ({@code ECH-PLAN-06}) or as for
     *     {@link #of(MonetaryAmount, PlanShape, DueDates)}
     */
    public static InstallmentPlan forInvoice(Invoice invoice, PlanShape shape, DueDates dueDates) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(dueDates, "dueDates");
        DueDates dates = invoice.issueDate().map(dueDates::withIssueDate).orElse(dueDates);
        return of(invoice.totals().amountDue(), shape, dates)
                .withVatBreakdown(invoice.totals().vatBreakdown());
    }

    // -----------------------------------------------------------------------------------------------------------
    // Transformations
    // -----------------------------------------------------------------------------------------------------------

    /**
     * Returns a copy of this plan whose installments are multiples of a cash increment, such as 0.05 CHF.
     *
     * <p>Each installment but the last is rounded in one single step from its exact share of the total (not from
     * its amount already rounded to the minor unit), and the last is the total minus the others, so the sum stays
     * exact. The last installment is therefore a multiple of the increment whenever the total is; when the total
     * is not (868.33 CHF), the last installment carries the difference. Rounding again with another rule starts
     * again from the exact shares. VAT shares, if any, follow the new amounts.
     *
     * <p>For example 868.35 CHF in 4 equal parts is 217.10, 217.10, 217.10, 217.05 with {@link
     * CashRounding#swissFrancs()}.
     *
     * @param rounding the cash rounding rule
     * @return the rounded plan
     * @throws ValidationException if the increment is finer than the currency's minor unit ({@code ECH-PLAN-12}),
     *     or rounding up the other installments would leave the last one negative ({@code ECH-PLAN-09})
     */
    public InstallmentPlan withCashRounding(CashRounding rounding) {
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal incrementUnits = rounding.increment().movePointRight(Amounts.minorUnitDigits(currency));
        if (incrementUnits.stripTrailingZeros().scale() > 0) {
            throw ValidationException.of(
                    "ECH-PLAN-12",
                    "plan.cashRounding.increment",
                    rounding.increment().toPlainString() + " is finer than the minor unit of " + currency);
        }
        List<BigInteger> rounded =
                Split.cashRounded(exactShares, total, incrementUnits.toBigIntegerExact(), rounding.mode());
        int sign = total.signum() < 0 ? -1 : 1;
        for (int i = 0; i < rounded.size(); i++) {
            BigInteger value = rounded.get(i);
            if (value.signum() != 0 && value.signum() != sign) {
                throw ValidationException.of(
                        "ECH-PLAN-09",
                        "plan.installments[" + i + "]",
                        "with cash rounding " + rounding + ", installment " + (i + 1) + " would be "
                                + Split.text(value, currency) + ", of the opposite sign of the total "
                                + Split.text(total, currency));
            }
        }
        return new InstallmentPlan(currency, total, rounded, exactShares, dueDates, vatBreakdown, rounding);
    }

    /**
     * Returns a copy of this plan in which each installment carries its share of every VAT group of an invoice.
     *
     * <p>Each column (the taxable amount of a group, the VAT amount of a group) is split in proportion to the
     * installment amounts: each share floored to the minor unit, the units left over going one each to the
     * largest fractional parts, ties to the earlier installment. So the shares of each column sum exactly to the
     * invoice's breakdown, and no share is a whole unit or more away from its exact proportion. When the plan's
     * total is zero, the columns are split in equal weights.
     *
     * <p>When the plan's total differs from the invoice's total with VAT (BT-112), because of a paid amount or a
     * rounding amount, an installment's shares are its proportion of the whole breakdown and do not add up to its
     * amount. The VAT in accounting currency (BT-111) is not split.
     *
     * @param invoiceBreakdown the invoice's VAT breakdown (BG-23), in the plan's currency
     * @return the plan with VAT shares
     * @throws ValidationException if an amount is in another currency ({@code ECH-CUR-01}) or has more decimals
     *     than the currency allows ({@code ECH-PLAN-08})
     */
    public InstallmentPlan withVatBreakdown(List<VatBreakdown> invoiceBreakdown) {
        Objects.requireNonNull(invoiceBreakdown, "invoiceBreakdown");
        List<VatBreakdownShare> groups = new ArrayList<>();
        for (int g = 0; g < invoiceBreakdown.size(); g++) {
            VatBreakdownShare group = VatBreakdownShare.from(
                    Objects.requireNonNull(invoiceBreakdown.get(g), "invoiceBreakdown[" + g + "]"));
            Split.unitsOf(group.taxableAmount(), currency, "plan.vatBreakdown[" + g + "].taxableAmount");
            Split.unitsOf(group.vatAmount(), currency, "plan.vatBreakdown[" + g + "].vatAmount");
            groups.add(group);
        }
        return new InstallmentPlan(currency, total, units, exactShares, dueDates, groups, cashRounding);
    }

    // -----------------------------------------------------------------------------------------------------------
    // Queries
    // -----------------------------------------------------------------------------------------------------------

    /**
     * Returns the installments in due-date order, numbered from 1.
     *
     * @return the installments, one or more
     */
    public List<Installment> installments() {
        return installments;
    }

    /**
     * Returns an installment by its number.
     *
     * @param number the number, from 1
     * @return the installment
     * @throws ValidationException if the plan has no installment of that number ({@code ECH-PLAN-13})
     */
    public Installment installment(int number) {
        if (number < 1 || number > installments.size()) {
            throw ValidationException.of(
                    "ECH-PLAN-13",
                    "plan.installments",
                    "no installment " + number + " in a plan of " + installments.size());
        }
        return installments.get(number - 1);
    }

    /**
     * Returns the total the installments sum to.
     *
     * @return the total
     */
    public MonetaryAmount total() {
        return money(total);
    }

    /**
     * Returns the currency of the plan.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the sum of the installments due on or before a date (payments are not deducted).
     *
     * @param date the date
     * @return the amount due by that date, zero before the first due date
     */
    public MonetaryAmount amountDueAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < units.size(); i++) {
            if (!dueDates.get(i).isAfter(date)) {
                sum = sum.add(units.get(i));
            }
        }
        return money(sum);
    }

    /**
     * Returns the first due date on or after a date.
     *
     * @param asOf the date
     * @return the due date of the first installment not yet due before that date, or empty after the last one
     */
    public Optional<LocalDate> nextDueDate(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return dueDates.stream().filter(d -> !d.isBefore(asOf)).findFirst();
    }

    /**
     * Returns the invoice's VAT breakdown the installments' VAT shares were split from.
     *
     * @return one entry per VAT group, the whole group's amounts; empty when the plan has no VAT shares
     */
    public List<VatBreakdownShare> vatBreakdown() {
        return vatBreakdown;
    }

    /**
     * Returns the cash rounding applied to the installments.
     *
     * @return the rule, or empty when the installments are rounded to the minor unit only
     */
    public Optional<CashRounding> cashRounding() {
        return Optional.ofNullable(cashRounding);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstallmentPlan other
                && currency.equals(other.currency)
                && total.equals(other.total)
                && units.equals(other.units)
                && exactShares.equals(other.exactShares)
                && dueDates.equals(other.dueDates)
                && vatBreakdown.equals(other.vatBreakdown)
                && Objects.equals(cashRounding, other.cashRounding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, total, units, exactShares, dueDates, vatBreakdown, cashRounding);
    }

    /**
     * Returns the plan as text, such as {@code 1000.00 EUR in 2: 1 2026-01-15 300.00, 2 2026-02-14 700.00}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return Split.text(total, currency) + " in " + installments.size() + ": "
                + installments.stream()
                        .map(i -> i.number() + " " + i.dueDate() + " " + Amounts.toPlainString(i.amount()))
                        .collect(Collectors.joining(", "));
    }

    private MonetaryAmount money(BigInteger value) {
        return Amounts.money(new BigDecimal(value, Amounts.minorUnitDigits(currency)), currency);
    }

    private List<Installment> buildInstallments() {
        List<List<VatBreakdownShare>> shares = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            shares.add(new ArrayList<>());
        }
        for (VatBreakdownShare group : vatBreakdown) {
            List<BigInteger> taxable = Split.proportional(unitsOf(group.taxableAmount()), units);
            List<BigInteger> vat = Split.proportional(unitsOf(group.vatAmount()), units);
            for (int i = 0; i < units.size(); i++) {
                shares.get(i).add(new VatBreakdownShare(group.vatRate(), money(taxable.get(i)), money(vat.get(i))));
            }
        }
        List<Installment> result = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            result.add(new Installment(i + 1, dueDates.get(i), money(units.get(i)), shares.get(i)));
        }
        return List.copyOf(result);
    }

    private BigInteger unitsOf(MonetaryAmount amount) {
        return Amounts.decimal(amount)
                .movePointRight(Amounts.minorUnitDigits(currency))
                .toBigIntegerExact();
    }
}
