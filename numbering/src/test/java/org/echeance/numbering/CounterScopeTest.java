package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.echeance.numbering.NumberPatternTest.onlyViolationOf;

import java.time.LocalDate;
import java.util.Optional;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterScopeTest {
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);
    private static final Optional<String> C_0042 = Optional.of("C-0042");

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(
            emptyValue = "",
            value = {
                "GLOBAL, ''",
                "YEARLY, 2026",
                "MONTHLY, 2026-03",
                "DAILY, 2026-03-05",
                "PER_CUSTOMER, C-0042",
                "PER_CUSTOMER_YEARLY, C-0042/2026",
                "PER_CUSTOMER_MONTHLY, C-0042/2026-03",
            })
    void theScopeKeyComesFromTheIssueDateAndTheCustomer(CounterScope scope, String key) {
        assertThat(scope.keyFor(MARCH_5, C_0042)).isEqualTo(key);
    }

    @Test
    void yearsAreWrittenWithFourDigitsSoPeriodsNeverCollide() {
        assertThat(CounterScope.MONTHLY.keyFor(LocalDate.of(987, 1, 2), Optional.empty()))
                .isEqualTo("0987-01");
        assertThat(CounterScope.YEARLY.keyFor(LocalDate.of(2026, 12, 31), Optional.empty()))
                .isNotEqualTo(CounterScope.YEARLY.keyFor(LocalDate.of(2027, 1, 1), Optional.empty()));
    }

    @Test
    void aPerCustomerScopeNeedsTheCustomerNumber() {
        Violation violation = onlyViolationOf(() -> CounterScope.PER_CUSTOMER_YEARLY.keyFor(MARCH_5, Optional.empty()));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-20");
        assertThat(violation.message()).isEqualTo("counter scope PER_CUSTOMER_YEARLY needs the customer number");
        assertThat(CounterScope.PER_CUSTOMER.isPerCustomer()).isTrue();
        assertThat(CounterScope.YEARLY.isPerCustomer()).isFalse();
    }

    @Test
    void aYearlyScopeWithoutYearCanRepeatNumbers() {
        Violation violation =
                onlyViolationOf(() -> CounterScope.YEARLY.checkPattern(NumberPattern.parse("FA-{seq:5}")));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-18");
        assertThat(violation.message())
                .isEqualTo("\"FA-{seq:5}\" can repeat numbers: counter scope YEARLY restarts the counter at 1 for"
                        + " each year, but the pattern has no {yyyy} or {yy} to tell those numbers apart");
    }

    @Test
    void aMonthlyScopeNeedsTheMonthAndTheYear() {
        assertThat(onlyViolationOf(() -> CounterScope.MONTHLY.checkPattern(NumberPattern.parse("FA-{yyyy}-{seq}")))
                        .message())
                .contains("for each month, but the pattern has no {MM} to tell");
        assertThat(onlyViolationOf(() -> CounterScope.MONTHLY.checkPattern(NumberPattern.parse("FA-{MM}-{seq}")))
                        .message())
                .contains("has no {yyyy} or {yy} to tell");
        assertThatCode(() -> CounterScope.MONTHLY.checkPattern(NumberPattern.parse("FA-{yy}{MM}-{seq}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aDailyScopeNeedsTheWholeDate() {
        assertThat(onlyViolationOf(() -> CounterScope.DAILY.checkPattern(NumberPattern.parse("{yyyy}{MM}-{seq}")))
                        .message())
                .contains("for each day, but the pattern has no {dd}");
        assertThatCode(() -> CounterScope.DAILY.checkPattern(NumberPattern.parse("{yyyy}{MM}{dd}-{seq:3}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aPerCustomerScopeNeedsTheCustomerNumberInTheNumber() {
        Violation violation =
                onlyViolationOf(() -> CounterScope.PER_CUSTOMER.checkPattern(NumberPattern.parse("{initials}-{seq}")));

        assertThat(violation.message())
                .isEqualTo("\"{initials}-{seq}\" can repeat numbers: counter scope PER_CUSTOMER restarts the counter"
                        + " at 1 for each customer, but the pattern has no {customer} to tell those numbers apart");
        assertThat(onlyViolationOf(() ->
                                CounterScope.PER_CUSTOMER_YEARLY.checkPattern(NumberPattern.parse("{initials}-{seq}")))
                        .message())
                .contains("for each customer and each year, but the pattern has no {customer}, no {yyyy} or {yy}");
        assertThatCode(() ->
                        CounterScope.PER_CUSTOMER_YEARLY.checkPattern(NumberPattern.parse("{customer}/{yyyy}/{seq:3}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aPerCustomerScopeRefusesASecondFreeTextToken() {
        Violation violation = onlyViolationOf(
                () -> CounterScope.PER_CUSTOMER.checkPattern(NumberPattern.parse("{customer}-{product}-{seq}")));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-18");
        assertThat(violation.message())
                .isEqualTo("\"{customer}-{product}-{seq}\" can repeat numbers: counter scope PER_CUSTOMER restarts"
                        + " the counter for each customer, and {customer} and {product} are both free text whose"
                        + " boundary a value can move (customer C-1 with product X and customer C with product 1-X)");
        assertThatCode(() -> CounterScope.YEARLY.checkPattern(NumberPattern.parse("{customer}-{product}-{yy}-{seq}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aGlobalScopeTakesAnyPattern() {
        assertThatCode(() -> CounterScope.GLOBAL.checkPattern(NumberPattern.parse("{seq}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aPatternWithoutCounterIsLeftToTheCaller() {
        NumberPattern withoutCounter =
                NumberPattern.builder("FA-{customer}").allowWithoutCounter().build();

        assertThatCode(() -> CounterScope.YEARLY.checkPattern(withoutCounter)).doesNotThrowAnyException();
    }
}
