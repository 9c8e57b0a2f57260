package org.echeance.core.installment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.echeance.core.validation.ValidationException;

/**
 * The due dates of a plan's installments: a listed set of dates, or a rule (monthly, every period) from a first
 * date.
 *
 * <p>A rule computes installment {@code k} (counting from 0) from the first date, never from the previous due
 * date: {@code first.plusMonths(k)} for a monthly plan. So a plan anchored on 31 January falls due on 28 or 29
 * February, then 31 March and 30 April; stepping from the previous date would drift to the 28th for good (the
 * Kill Bill and lib-recur month-end lessons). A rule is unbounded and costs nothing until dates are asked for;
 * {@link #stream()} is lazy.
 *
 * <p>Due dates always strictly increase. When the issue date is known ({@link #afterIssue(LocalDate, List)},
 * {@link #withIssueDate(LocalDate)}) the first due date is not before it.
 *
 * <p>Two instances are equal when they are built the same way from equal parts; a monthly rule equals {@code
 * every(Period.ofMonths(1), first)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DueDates {
    private final LocalDate first;
    private final Period period;
    private final List<LocalDate> dates;
    private final LocalDate issueDate;

    private DueDates(LocalDate first, Period period, List<LocalDate> dates, LocalDate issueDate) {
        this.first = first;
        this.period = period;
        this.dates = dates;
        this.issueDate = issueDate;
    }

    /**
     * Returns monthly due dates from a first date: installment {@code k} (from 0) is due on {@code
     * first.plusMonths(k)}, that is on the first date's day of the month or on the last day of a shorter month.
     *
     * <p>For example, from 31 January 2028: 31 January, 29 February, 31 March, 30 April.
     *
     * @param first the due date of the first installment
     * @return the due dates
     */
    public static DueDates monthly(LocalDate first) {
        return every(Period.ofMonths(1), first);
    }

    /**
     * Returns due dates a period apart from a first date: installment {@code k} (from 0) is due on {@code
     * first.plus(period.multipliedBy(k))}, always computed from the first date.
     *
     * <p>For example {@code every(Period.ofWeeks(2), first)} or {@code every(Period.ofMonths(3), first)} for
     * quarterly installments.
     *
     * @param period the period between two installments: no negative part, not zero
     * @param first the due date of the first installment
     * @return the due dates
     * @throws ValidationException if the period is zero or has a negative part ({@code ECH-PLAN-11})
     */
    public static DueDates every(Period period, LocalDate first) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(first, "first");
        if (period.isZero() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw ValidationException.of(
                    "ECH-PLAN-11",
                    "plan.dueDates.period",
                    period + " is not a positive period; due dates must strictly increase");
        }
        return new DueDates(first, period, List.of(), null);
    }

    /**
     * Returns listed due dates, one per installment.
     *
     * @param dates the due dates, strictly increasing, one or more
     * @return the due dates
     * @throws ValidationException if there is no date ({@code ECH-PLAN-01}) or the dates do not strictly increase
     *     ({@code ECH-PLAN-05})
     */
    public static DueDates of(List<LocalDate> dates) {
        List<LocalDate> copy = List.copyOf(Objects.requireNonNull(dates, "dates"));
        if (copy.isEmpty()) {
            throw ValidationException.of("ECH-PLAN-01", "plan.dueDates", "no due date; a plan needs one at least");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i).isAfter(copy.get(i - 1))) {
                throw ValidationException.of(
                        "ECH-PLAN-05",
                        "plan.dueDates[" + i + "]",
                        copy.get(i) + " is not after the previous due date " + copy.get(i - 1));
            }
        }
        return new DueDates(null, null, copy, null);
    }

    /**
     * Returns listed due dates, one per installment.
     *
     * @param dates the due dates, strictly increasing, one or more
     * @return the due dates
     * @throws ValidationException if there is no date ({@code ECH-PLAN-01}) or the dates do not strictly increase
     *     ({@code ECH-PLAN-05})
     */
    public static DueDates of(LocalDate... dates) {
        return of(Arrays.asList(Objects.requireNonNull(dates, "dates")));
    }

    /**
     * Returns due dates a number of days after an issue date, one per installment.
     *
     * <p>For example {@code afterIssue(issueDate, List.of(0, 30, 60))}: on the issue date, then 30 and 60 days
     * later.
     *
     * @param issueDate the issue date of the invoice
     * @param dayOffsets the number of days after the issue date of each installment, zero or more, strictly
     *     increasing
     * @return the due dates, which know the issue date
     * @throws ValidationException if there is no offset ({@code ECH-PLAN-01}), an offset is negative ({@code
     *     ECH-PLAN-06}) or the offsets do not strictly increase ({@code ECH-PLAN-05})
     */
    public static DueDates afterIssue(LocalDate issueDate, List<Integer> dayOffsets) {
        Objects.requireNonNull(issueDate, "issueDate");
        List<Integer> offsets = List.copyOf(Objects.requireNonNull(dayOffsets, "dayOffsets"));
        if (offsets.isEmpty()) {
            throw ValidationException.of("ECH-PLAN-01", "plan.dayOffsets", "no day offset; a plan needs one at least");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            int offset = offsets.get(i);
            if (offset < 0) {
                throw ValidationException.of(
                        "ECH-PLAN-06",
                        "plan.dayOffsets[" + i + "]",
                        offset + " days puts the due date before the issue date " + issueDate);
            }
            if (i > 0 && offset <= offsets.get(i - 1)) {
                throw ValidationException.of(
                        "ECH-PLAN-05",
                        "plan.dayOffsets[" + i + "]",
                        offset + " days is not after the previous offset of " + offsets.get(i - 1) + " days");
            }
            dates.add(issueDate.plusDays(offset));
        }
        return new DueDates(null, null, List.copyOf(dates), issueDate);
    }

    /**
     * Returns a copy of these due dates that knows the issue date of the invoice, after checking the first due
     * date is not before it.
     *
     * @param issueDate the issue date
     * @return the due dates with that issue date
     * @throws ValidationException if the first due date is before the issue date ({@code ECH-PLAN-06})
     */
    public DueDates withIssueDate(LocalDate issueDate) {
        Objects.requireNonNull(issueDate, "issueDate");
        LocalDate firstDue = dueDate(1);
        if (firstDue.isBefore(issueDate)) {
            throw ValidationException.of(
                    "ECH-PLAN-06",
                    "plan.dueDates[0]",
                    "the first due date " + firstDue + " is before the issue date " + issueDate);
        }
        return new DueDates(first, period, dates, issueDate);
    }

    /**
     * Returns the issue date the first due date was checked against, when one is known.
     *
     * @return the issue date, or empty
     */
    public Optional<LocalDate> issueDate() {
        return Optional.ofNullable(issueDate);
    }

    /**
     * Returns the period between two due dates of a rule.
     *
     * @return the period, or empty for listed dates
     */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /**
     * Checks if these due dates are a finite list rather than an unbounded rule.
     *
     * @return true for listed dates, false for a monthly or periodic rule
     */
    public boolean isFinite() {
        return period == null;
    }

    /**
     * Returns the number of listed due dates.
     *
     * @return the number of dates, or empty for an unbounded rule
     */
    public OptionalInt size() {
        return isFinite() ? OptionalInt.of(dates.size()) : OptionalInt.empty();
    }

    /**
     * Returns the due date of an installment.
     *
     * @param number the installment number, from 1
     * @return its due date
     * @throws ValidationException if the number is below 1 or above the number of listed dates ({@code
     *     ECH-PLAN-10})
     */
    public LocalDate dueDate(int number) {
        if (number < 1 || (isFinite() && number > dates.size())) {
            throw ValidationException.of(
                    "ECH-PLAN-10",
                    "plan.dueDates",
                    "no due date for installment " + number + (isFinite() ? " of " + dates.size() : ""));
        }
        return isFinite() ? dates.get(number - 1) : first.plus(period.multipliedBy(number - 1));
    }

    /**
     * Returns the due dates of a plan of a number of installments.
     *
     * @param count the number of installments
     * @return the due dates of installments 1 to {@code count}
     * @throws ValidationException if the count is below one ({@code ECH-PLAN-01}) or these are listed dates of
     *     another number ({@code ECH-PLAN-10})
     */
    public List<LocalDate> forInstallments(int count) {
        if (count < 1) {
            throw ValidationException.of(
                    "ECH-PLAN-01", "plan.count", count + " installments; a plan needs one installment at least");
        }
        if (isFinite() && dates.size() != count) {
            throw ValidationException.of(
                    "ECH-PLAN-10",
                    "plan.dueDates",
                    dates.size() + " due dates for " + count + " installments; give one due date per installment");
        }
        return isFinite() ? dates : stream().limit(count).toList();
    }

    /**
     * Returns the due dates in order, lazily: an unbounded stream for a rule.
     *
     * @return the due dates
     */
    public Stream<LocalDate> stream() {
        if (isFinite()) {
            return dates.stream();
        }
        return IntStream.iterate(0, k -> k + 1).mapToObj(k -> first.plus(period.multipliedBy(k)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DueDates other
                && Objects.equals(first, other.first)
                && Objects.equals(period, other.period)
                && dates.equals(other.dates)
                && Objects.equals(issueDate, other.issueDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, period, dates, issueDate);
    }

    /**
     * Returns a description such as {@code every P1M from 2026-01-31} or {@code [2026-01-15, 2026-02-14]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String text = isFinite() ? dates.toString() : "every " + period + " from " + first;
        return issueDate == null ? text : text + " (issued " + issueDate + ")";
    }
}
