package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.echeance.core.terms.EndOfMonth.Reading;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class EndOfMonthTest {
    @Test
    void endOfMonthThenDaysGoesToTheMonthEndFirst() {
        // "45 jours fin de mois", first reading: 31 January 2026 + 45 days.
        assertThat(EndOfMonth.thenDays(45).dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 3, 17));
        // Leap year: 31 January 2028 + 45 days crosses 29 February.
        assertThat(EndOfMonth.thenDays(45).dueDate(LocalDate.of(2028, 1, 15))).isEqualTo(LocalDate.of(2028, 3, 16));
        // "fin de mois le 10": 28 or 29 February + 10 days is 10 March either way.
        assertThat(EndOfMonth.thenDays(10).dueDate(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(EndOfMonth.thenDays(10).dueDate(LocalDate.of(2028, 2, 14))).isEqualTo(LocalDate.of(2028, 3, 10));
        // December: the year changes.
        assertThat(EndOfMonth.thenDays(30).dueDate(LocalDate.of(2026, 12, 10))).isEqualTo(LocalDate.of(2027, 1, 30));
    }

    @Test
    void daysThenEndOfMonthAddsTheDaysFirst() {
        // "45 jours fin de mois", second reading: 15 January 2026 + 45 days is 1 March, then end of March.
        assertThat(EndOfMonth.afterDays(45).dueDate(LocalDate.of(2026, 1, 15))).isEqualTo(LocalDate.of(2026, 3, 31));
        // Leap year: 15 January 2028 + 45 days is 29 February, already a month end.
        assertThat(EndOfMonth.afterDays(45).dueDate(LocalDate.of(2028, 1, 15))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(EndOfMonth.afterDays(45).dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 31));
        // December: 15 December 2026 + 30 days is 14 January 2027.
        assertThat(EndOfMonth.afterDays(30).dueDate(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void plainEndOfMonthIsTheLastDayOfTheIssueMonth() {
        EndOfMonth terms = EndOfMonth.ofIssueMonth();

        assertThat(terms.dueDate(LocalDate.of(2026, 2, 3))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(terms.dueDate(LocalDate.of(2028, 2, 3))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(terms.dueDate(LocalDate.of(2100, 2, 3))).isEqualTo(LocalDate.of(2100, 2, 28));
        assertThat(terms.dueDate(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(terms.dueDate(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void zeroDaysHaveOneReading() {
        assertThat(EndOfMonth.afterDays(0)).isEqualTo(EndOfMonth.thenDays(0)).isEqualTo(EndOfMonth.ofIssueMonth());
        assertThat(EndOfMonth.afterDays(0).reading()).isEqualTo(Reading.END_OF_MONTH_THEN_DAYS);
        assertThat(EndOfMonth.afterDays(45).reading()).isEqualTo(Reading.DAYS_THEN_END_OF_MONTH);
        assertThat(EndOfMonth.afterDays(45)).isNotEqualTo(EndOfMonth.thenDays(45));
        assertThat(new EndOfMonth(45, Reading.DAYS_THEN_END_OF_MONTH))
                .isEqualTo(EndOfMonth.afterDays(45))
                .hasSameHashCodeAs(EndOfMonth.afterDays(45));
    }

    @Test
    void theReadingsAreDescribedSoTheyCannotBeConfused() {
        assertThat(EndOfMonth.thenDays(45).describe(Locale.FRANCE)).isEqualTo("45 jours fin de mois");
        assertThat(EndOfMonth.thenDays(45).describe(Locale.ENGLISH)).isEqualTo("45 days end of month");
        assertThat(EndOfMonth.afterDays(45).describe(Locale.FRANCE))
                .isEqualTo("45 jours date de facture, puis fin de mois");
        assertThat(EndOfMonth.afterDays(45).describe(Locale.ENGLISH))
                .isEqualTo("45 days from the invoice date, then end of month");
        assertThat(EndOfMonth.thenDays(1).describe(Locale.FRANCE)).isEqualTo("1 jour fin de mois");
        assertThat(EndOfMonth.thenDays(1).describe(Locale.ENGLISH)).isEqualTo("1 day end of month");
        assertThat(EndOfMonth.ofIssueMonth().describe(Locale.FRANCE)).isEqualTo("Fin de mois");
        assertThat(EndOfMonth.ofIssueMonth().describe(Locale.ENGLISH)).isEqualTo("End of month");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> EndOfMonth.thenDays(-1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentTerms.days: -1 is not a number of days from 0 to 3660 (ECH-TERMS-01)");
        assertThatThrownBy(() -> EndOfMonth.afterDays(3661))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).hasRule("ECH-TERMS-01"))
                        .isTrue());
        assertThatThrownBy(() -> new EndOfMonth(30, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reading");
    }
}
