package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Code de commerce L441-10 I: 60 days from the invoice date, or 45 days end of month. */
class FrenchPaymentTermsCapTest {
    private static final LocalDate JANUARY_15 = LocalDate.of(2026, 1, 15);

    @Test
    void sixtyDaysFromTheIssueDatePass() {
        assertThat(FrenchPaymentTermsCap.check(PaymentTerms.net(60), JANUARY_15))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(PaymentTerms.onReceipt(), JANUARY_15))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(new FixedDayOfNextMonth(10), JANUARY_15))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.latestDueDate(PaymentTerms.net(30), JANUARY_15))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void sixtyOneDaysFail() {
        List<Violation> violations = FrenchPaymentTermsCap.check(PaymentTerms.net(61), JANUARY_15);

        assertThat(violations)
                .containsExactly(
                        new Violation(
                                "FR-L441-10",
                                "paymentTerms",
                                "the due date 2026-03-17 is 61 days after the issue date 2026-01-15 and later than"
                                        + " 2026-03-16, the limit of 60 days after the issue date (Code de commerce L441-10 I)"));
    }

    @Test
    void endOfMonthTermsPassUpToTheLaterReadingOfFortyFiveDaysEndOfMonth() {
        // 31 January + 45 days = 17 March; 15 January + 45 days = 1 March, end of month 31 March.
        assertThat(FrenchPaymentTermsCap.latestDueDate(EndOfMonth.thenDays(45), JANUARY_15))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(45), JANUARY_15))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.afterDays(45), JANUARY_15))
                .isEmpty();
        // 31 January + 59 days = 31 March: within the second reading although past 60 days.
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(59), JANUARY_15))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(60), JANUARY_15))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("FR-L441-10");
                    assertThat(v.message())
                            .isEqualTo("the due date 2026-04-01 is 76 days after the issue date 2026-01-15 and later"
                                    + " than 2026-03-31, the limit of 60 days after the issue date or 45 days end of"
                                    + " month (Code de commerce L441-10 I)");
                });
        // 15 January + 77 days = 2 April, end of month 30 April.
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.afterDays(77), JANUARY_15))
                .hasSize(1);
    }

    @Test
    void sixtyDaysCanBeLaterThanBothEndOfMonthReadings() {
        // Issued 31 January: 45 days end of month is 17 March or 31 March, 60 days is 1 April.
        LocalDate january31 = LocalDate.of(2026, 1, 31);

        assertThat(FrenchPaymentTermsCap.latestDueDate(EndOfMonth.thenDays(45), january31))
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(60), january31))
                .isEmpty();
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(61), january31))
                .hasSize(1);
    }

    @Test
    void onlyEndOfMonthTermsGetTheDerogation() {
        // The 31st of the next month, issued 1 December 2026: 31 January 2027 is 61 days later.
        List<Violation> violations =
                FrenchPaymentTermsCap.check(new FixedDayOfNextMonth(31), LocalDate.of(2026, 12, 1));

        assertThat(violations)
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .startsWith("the due date 2027-01-31 is 61 days after the issue date 2026-12-01 and later than"
                                + " 2027-01-30"));
    }

    @Test
    void leapYearEndOfMonth() {
        // Issued 15 January 2028: 31 January + 45 = 16 March; 15 January + 45 = 29 February, end of month itself;
        // 60 days = 15 March. The limit is 16 March.
        LocalDate issued = LocalDate.of(2028, 1, 15);

        assertThat(FrenchPaymentTermsCap.latestDueDate(EndOfMonth.afterDays(45), issued))
                .isEqualTo(LocalDate.of(2028, 3, 16));
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(45), issued)).isEmpty();
        assertThat(FrenchPaymentTermsCap.check(EndOfMonth.thenDays(46), issued)).hasSize(1);
    }
}
