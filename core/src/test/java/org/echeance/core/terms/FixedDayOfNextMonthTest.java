package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class FixedDayOfNextMonthTest {
    @Test
    void dueOnTheDayOfTheFollowingMonth() {
        // "le 10 du mois suivant"
        FixedDayOfNextMonth tenth = new FixedDayOfNextMonth(10);

        assertThat(tenth.dueDate(LocalDate.of(2026, 1, 20))).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(tenth.dueDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(tenth.dueDate(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(tenth.dueDate(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @Test
    void theDayIsClampedToTheLengthOfTheMonth() {
        assertThat(new FixedDayOfNextMonth(30).dueDate(LocalDate.of(2026, 1, 31)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(new FixedDayOfNextMonth(30).dueDate(LocalDate.of(2028, 1, 5)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(new FixedDayOfNextMonth(29).dueDate(LocalDate.of(2026, 1, 5)))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(new FixedDayOfNextMonth(31).dueDate(LocalDate.of(2026, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(new FixedDayOfNextMonth(31).dueDate(LocalDate.of(2026, 4, 30)))
                .isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(new FixedDayOfNextMonth(31).dueDate(LocalDate.of(2026, 12, 1)))
                .isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void describedWithAnOrdinal() {
        assertThat(new FixedDayOfNextMonth(10).describe(Locale.FRANCE)).isEqualTo("Le 10 du mois suivant");
        assertThat(new FixedDayOfNextMonth(10).describe(Locale.ENGLISH))
                .isEqualTo("On the 10th of the following month");
        assertThat(new FixedDayOfNextMonth(1).describe(Locale.FRANCE)).isEqualTo("Le 1er du mois suivant");
        assertThat(new FixedDayOfNextMonth(1).describe(Locale.ENGLISH)).isEqualTo("On the 1st of the following month");
        assertThat(new FixedDayOfNextMonth(2).describe(Locale.ENGLISH)).contains("2nd");
        assertThat(new FixedDayOfNextMonth(3).describe(Locale.ENGLISH)).contains("3rd");
        assertThat(new FixedDayOfNextMonth(11).describe(Locale.ENGLISH)).contains("11th");
        assertThat(new FixedDayOfNextMonth(12).describe(Locale.ENGLISH)).contains("12th");
        assertThat(new FixedDayOfNextMonth(13).describe(Locale.ENGLISH)).contains("13th");
        assertThat(new FixedDayOfNextMonth(21).describe(Locale.ENGLISH)).contains("21st");
        assertThat(new FixedDayOfNextMonth(22).describe(Locale.ENGLISH)).contains("22nd");
        assertThat(new FixedDayOfNextMonth(23).describe(Locale.ENGLISH)).contains("23rd");
        assertThat(new FixedDayOfNextMonth(31).describe(Locale.ENGLISH)).contains("31st");
        assertThat(new FixedDayOfNextMonth(31).describe(Locale.FRANCE)).isEqualTo("Le 31 du mois suivant");
    }

    @Test
    void daysOutsideOneToThirtyOneAreRefused() {
        assertThatThrownBy(() -> new FixedDayOfNextMonth(0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentTerms.day: 0 is not a day of the month from 1 to 31 (ECH-TERMS-02)");
        assertThatThrownBy(() -> new FixedDayOfNextMonth(32))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentTerms.day: 32 is not a day of the month from 1 to 31 (ECH-TERMS-02)");
        assertThatThrownBy(() -> new FixedDayOfNextMonth(-10)).isInstanceOf(ValidationException.class);
    }
}
