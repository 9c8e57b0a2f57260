package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * Properties of payment terms over issue dates from 2020 to 2032. Every due date is checked against an oracle that
 * does not use {@code java.time}: a calendar of its own ({@link Day}, Gregorian leap rule, month lengths from a
 * table) that walks one day at a time. Amounts are checked against integer arithmetic on minor units.
 */
class PaymentTermsProperties {
    private static final LocalDate FIRST_ISSUE_DATE = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_ISSUE_DATE = LocalDate.of(2032, 12, 31);
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    // ---- properties of the due dates

    @Property
    void dueDateMatchesAnIndependentCalendar(
            @ForAll("terms") PaymentTerms terms, @ForAll("issueDates") LocalDate issueDate) {
        assertThat(terms.dueDate(issueDate)).isEqualTo(expectedDueDate(terms, issueDate));
    }

    @Property
    void dueDateIsNeverBeforeTheIssueDate(
            @ForAll("terms") PaymentTerms terms,
            @ForAll("issueDates") LocalDate issueDate,
            @ForAll("deliveryDates") Optional<LocalDate> deliveryDate) {
        assertThat(terms.dueDate(issueDate)).isAfterOrEqualTo(issueDate);
        assertThat(terms.dueDate(issueDate, deliveryDate)).isAfterOrEqualTo(issueDate);
    }

    @Property
    void dueDateIsDeterministic(@ForAll("terms") PaymentTerms terms, @ForAll("issueDates") LocalDate issueDate) {
        PaymentTerms copy = rebuild(terms);

        assertThat(copy).isEqualTo(terms).hasSameHashCodeAs(terms);
        assertThat(copy.dueDate(issueDate)).isEqualTo(terms.dueDate(issueDate));
        assertThat(terms.dueDate(issueDate)).isEqualTo(terms.dueDate(issueDate));
        assertThat(copy.describe(Locale.FRANCE)).isEqualTo(terms.describe(Locale.FRANCE));
    }

    @Property
    void plainEndOfMonthIsTheLastDayOfTheIssueMonth(@ForAll("issueDates") LocalDate issueDate) {
        Day due = Day.of(EndOfMonth.ofIssueMonth().dueDate(issueDate));

        assertThat(due.year).isEqualTo(issueDate.getYear());
        assertThat(due.month).isEqualTo(issueDate.getMonthValue());
        assertThat(due.isMonthEnd()).isTrue();
    }

    @Property
    void daysThenEndOfMonthIsAlwaysAMonthEndAtLeastTheDaysLater(
            @ForAll("issueDates") LocalDate issueDate, @ForAll @IntRange(max = 400) int days) {
        LocalDate due = EndOfMonth.afterDays(days).dueDate(issueDate);

        assertThat(Day.of(due).isMonthEnd()).isTrue();
        assertThat(Day.of(issueDate).plus(days).daysUntil(Day.of(due))).isBetween(0, 30);
    }

    @Property
    void endOfMonthThenDaysIsTheDaysAfterTheIssueMonthEnds(
            @ForAll("issueDates") LocalDate issueDate, @ForAll @IntRange(max = 400) int days) {
        Day monthEnd = Day.of(EndOfMonth.thenDays(days).dueDate(issueDate)).minus(days);

        assertThat(monthEnd.isMonthEnd()).isTrue();
        assertThat(monthEnd.year).isEqualTo(issueDate.getYear());
        assertThat(monthEnd.month).isEqualTo(issueDate.getMonthValue());
    }

    @Property
    void theTwoReadingsAreWithinAMonthOfEachOther(
            @ForAll("issueDates") LocalDate issueDate, @ForAll @IntRange(max = 400) int days) {
        LocalDate first = EndOfMonth.thenDays(days).dueDate(issueDate);
        LocalDate second = EndOfMonth.afterDays(days).dueDate(issueDate);

        // Each reading moves the issue date plus the days forward by 0 to 30 days, to a month end or by the rest
        // of the issue month, so they differ by 30 days at most and agree without days.
        assertThat(Day.of(second).daysUntil(Day.of(first))).isBetween(-30, 30);
        if (days == 0) {
            assertThat(first).isEqualTo(second);
        }
    }

    @Property
    void fixedDayFallsInTheNextMonthClampedToItsLength(
            @ForAll("issueDates") LocalDate issueDate, @ForAll @IntRange(min = 1, max = 31) int day) {
        Day due = Day.of(new FixedDayOfNextMonth(day).dueDate(issueDate));
        Day firstOfNextMonth = Day.of(issueDate).toMonthEnd().plus(1);

        assertThat(due.year).isEqualTo(firstOfNextMonth.year);
        assertThat(due.month).isEqualTo(firstOfNextMonth.month);
        assertThat(due.day).isEqualTo(Math.min(day, Day.monthLength(due.year, due.month)));
    }

    @Property
    void onlyCashOnDeliveryDependsOnTheDeliveryDate(
            @ForAll("terms") PaymentTerms terms,
            @ForAll("issueDates") LocalDate issueDate,
            @ForAll("deliveryDates") Optional<LocalDate> deliveryDate) {
        LocalDate due = terms.dueDate(issueDate, deliveryDate);

        if (terms instanceof CashOnDelivery) {
            LocalDate expected = deliveryDate.isPresent() && deliveryDate.get().compareTo(issueDate) > 0
                    ? deliveryDate.get()
                    : issueDate;
            assertThat(due).isEqualTo(expected);
        } else {
            assertThat(due).isEqualTo(terms.dueDate(issueDate));
        }
    }

    // ---- the L441-10 I cap

    @Property
    void capAcceptsExactlyTheDueDatesWithinTheLimit(
            @ForAll("terms") PaymentTerms terms, @ForAll("issueDates") LocalDate issueDate) {
        Day issued = Day.of(issueDate);
        Day limit = issued.plus(60);
        if (terms instanceof EndOfMonth) {
            limit = Day.latest(
                    limit,
                    Day.latest(issued.toMonthEnd().plus(45), issued.plus(45).toMonthEnd()));
        }
        boolean withinCap = Day.of(terms.dueDate(issueDate)).daysUntil(limit) >= 0;

        assertThat(FrenchPaymentTermsCap.check(terms, issueDate).isEmpty()).isEqualTo(withinCap);
        assertThat(Day.of(FrenchPaymentTermsCap.latestDueDate(terms, issueDate)))
                .isEqualTo(limit);
    }

    @Property
    void fortyFiveDaysEndOfMonthAlwaysPassTheCapInBothReadings(@ForAll("issueDates") LocalDate issueDate) {
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(45), issueDate))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.afterDays(45), issueDate))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(PaymentTerms.net(60), issueDate)).isEmpty();
        assertThat(FrenchPaymentTermsCap.check(PaymentTerms.net(61), issueDate)).hasSize(1);
    }

    // ---- early-payment discount and late-payment floor

    @Property
    void discountedAmountIsTheExactValueRoundedHalfUp(
            @ForAll @IntRange(min = 1, max = 9_999) int basisPoints,
            @ForAll("cents") long cents,
            @ForAll @IntRange(max = 60) int days) {
        EarlyPaymentDiscount discount = EarlyPaymentDiscount.of(BigDecimal.valueOf(basisPoints, 2), days);
        MonetaryAmount due = Amounts.money(BigDecimal.valueOf(cents, 2), EUR);

        // cents x (10000 - bp) / 10000, rounded half-up with integer arithmetic
        long scaled = cents * (10_000 - basisPoints);
        long expectedCents = scaled / 10_000 + (scaled % 10_000 * 2 >= 10_000 ? 1 : 0);
        MonetaryAmount discounted = discount.discountedAmount(due);

        assertThat(Amounts.decimal(discounted)).isEqualByComparingTo(BigDecimal.valueOf(expectedCents, 2));
        assertThat(Amounts.decimal(discounted.add(discount.discount(due)))).isEqualByComparingTo(Amounts.decimal(due));
        assertThat(discounted.isLessThanOrEqualTo(due)).isTrue();
        assertThat(discount.deadline(LocalDate.of(2026, 1, 1)))
                .isEqualTo(Day.of(LocalDate.of(2026, 1, 1)).plus(days).toLocalDate());
    }

    @Property
    void frenchFloorRefusesExactlyTheRatesBelowThreeTimesTheLegalRate(
            @ForAll @IntRange(max = 10_000) int rateHundredths, @ForAll @IntRange(max = 3_000) int legalHundredths) {
        LatePaymentTerms terms = LatePaymentTerms.ofConsumer(BigDecimal.valueOf(rateHundredths, 2));
        boolean allowed = rateHundredths >= 3 * legalHundredths;

        boolean passed;
        try {
            terms.validateFrenchFloor(BigDecimal.valueOf(legalHundredths, 2));
            passed = true;
        } catch (ValidationException e) {
            assertThat(e.hasRule("FR-L441-10-II")).isTrue();
            passed = false;
        }
        assertThat(passed).isEqualTo(allowed);
    }

    // ---- generators

    @Provide
    Arbitrary<LocalDate> issueDates() {
        Arbitrary<LocalDate> anyDay = Arbitraries.longs()
                .between(FIRST_ISSUE_DATE.toEpochDay(), LAST_ISSUE_DATE.toEpochDay())
                .map(LocalDate::ofEpochDay);
        // Month ends and the days around February are where calendar arithmetic goes wrong.
        Arbitrary<LocalDate> monthEnds = Combinators.combine(
                        Arbitraries.integers().between(2020, 2032),
                        Arbitraries.integers().between(1, 12))
                .as((year, month) -> Day.monthEnd(year, month).toLocalDate());
        Arbitrary<LocalDate> lateJanuaryAndFebruary = Combinators.combine(
                        Arbitraries.integers().between(2020, 2032),
                        Arbitraries.integers().between(0, 40))
                .as((year, offset) -> new Day(year, 1, 20).plus(offset).toLocalDate());
        return Arbitraries.frequencyOf(
                Tuple.of(6, anyDay), Tuple.of(2, monthEnds), Tuple.of(2, lateJanuaryAndFebruary));
    }

    @Provide
    Arbitrary<Optional<LocalDate>> deliveryDates() {
        return Arbitraries.longs()
                .between(FIRST_ISSUE_DATE.toEpochDay() - 60, LAST_ISSUE_DATE.toEpochDay() + 60)
                .map(LocalDate::ofEpochDay)
                .optional(0.8);
    }

    @Provide
    Arbitrary<PaymentTerms> terms() {
        Arbitrary<Integer> days = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, 120)),
                Tuple.of(1, Arbitraries.integers().between(0, NetDays.MAX_DAYS)),
                Tuple.of(1, Arbitraries.of(0, 30, 45, 60, 61, NetDays.MAX_DAYS)));
        return Arbitraries.oneOf(
                days.map(NetDays::new),
                days.map(EndOfMonth::thenDays),
                days.map(EndOfMonth::afterDays),
                Arbitraries.integers().between(1, 31).map(FixedDayOfNextMonth::new),
                Arbitraries.just(new OnReceipt()),
                Arbitraries.just(new CashOnDelivery()),
                Arbitraries.just(new Prepayment()));
    }

    @Provide
    Arbitrary<Long> cents() {
        return Arbitraries.longs().between(0, 100_000_000_000L);
    }

    // ---- the oracle

    /** The due date computed with {@link Day}, one day at a time. */
    private static LocalDate expectedDueDate(PaymentTerms terms, LocalDate issueDate) {
        Day issued = Day.of(issueDate);
        Day due;
        if (terms instanceof NetDays net) {
            due = issued.plus(net.days());
        } else if (terms instanceof EndOfMonth eom && eom.reading() == EndOfMonth.Reading.END_OF_MONTH_THEN_DAYS) {
            due = issued.toMonthEnd().plus(eom.days());
        } else if (terms instanceof EndOfMonth eom) {
            due = issued.plus(eom.days()).toMonthEnd();
        } else if (terms instanceof FixedDayOfNextMonth fixed) {
            Day day = issued.toMonthEnd().plus(1);
            while (day.day < fixed.day() && !day.isMonthEnd()) {
                day = day.plus(1);
            }
            due = day;
        } else {
            due = issued; // on receipt, cash on delivery without a delivery date, prepayment
        }
        return due.toLocalDate();
    }

    /** Returns equal terms built again from their parts. */
    private static PaymentTerms rebuild(PaymentTerms terms) {
        if (terms instanceof NetDays net) {
            return new NetDays(net.days());
        } else if (terms instanceof EndOfMonth eom) {
            return new EndOfMonth(eom.days(), eom.reading());
        } else if (terms instanceof FixedDayOfNextMonth fixed) {
            return new FixedDayOfNextMonth(fixed.day());
        } else if (terms instanceof OnReceipt) {
            return new OnReceipt();
        } else if (terms instanceof CashOnDelivery) {
            return new CashOnDelivery();
        }
        return new Prepayment();
    }

    /** A day of the Gregorian calendar, without {@code java.time} arithmetic: the oracle of the properties. */
    private static final class Day {
        private static final int[] MONTH_LENGTHS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

        final int year;
        final int month;
        final int day;

        Day(int year, int month, int day) {
            this.year = year;
            this.month = month;
            this.day = day;
        }

        static Day of(LocalDate date) {
            return new Day(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }

        static boolean isLeap(int year) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        static int monthLength(int year, int month) {
            return month == 2 && isLeap(year) ? 29 : MONTH_LENGTHS[month - 1];
        }

        static Day monthEnd(int year, int month) {
            return new Day(year, month, monthLength(year, month));
        }

        static Day latest(Day a, Day b) {
            return a.daysUntil(b) >= 0 ? b : a;
        }

        boolean isMonthEnd() {
            return day == monthLength(year, month);
        }

        Day next() {
            if (!isMonthEnd()) {
                return new Day(year, month, day + 1);
            }
            return month == 12 ? new Day(year + 1, 1, 1) : new Day(year, month + 1, 1);
        }

        Day previous() {
            if (day > 1) {
                return new Day(year, month, day - 1);
            }
            return month == 1 ? new Day(year - 1, 12, 31) : monthEnd(year, month - 1);
        }

        Day plus(int days) {
            Day result = this;
            for (int i = 0; i < days; i++) {
                result = result.next();
            }
            return result;
        }

        Day minus(int days) {
            Day result = this;
            for (int i = 0; i < days; i++) {
                result = result.previous();
            }
            return result;
        }

        Day toMonthEnd() {
            return monthEnd(year, month);
        }

        /** Counts the days from this day to another, negative if the other is earlier. */
        int daysUntil(Day other) {
            if (compareTo(other) > 0) {
                return -other.daysUntil(this);
            }
            int count = 0;
            for (Day d = this; !d.equals(other); d = d.next()) {
                count++;
            }
            return count;
        }

        int compareTo(Day other) {
            if (year != other.year) {
                return Integer.compare(year, other.year);
            }
            return month != other.month ? Integer.compare(month, other.month) : Integer.compare(day, other.day);
        }

        LocalDate toLocalDate() {
            return LocalDate.of(year, month, day);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Day d && d.year == year && d.month == month && d.day == day;
        }

        @Override
        public int hashCode() {
            return (year * 13 + month) * 32 + day;
        }

        @Override
        public String toString() {
            return year + "-" + month + "-" + day;
        }
    }
}
