package org.echeance.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.time.api.constraints.DateRange;
import org.echeance.core.money.Amounts;
import org.javamoney.moneta.Money;

/** The texts of amounts and dates read back to their values, in French and English. */
class DocumentTextProperties {
    @Property
    void frenchAmountsReadBackToTheirValue(
            @ForAll @Scale(2) @BigRange(min = "-99999999.99", max = "99999999.99") BigDecimal value) {
        MonetaryAmount amount = Money.of(value, Monetary.getCurrency("EUR"));

        String french = DocumentText.FRENCH.amount(amount);

        assertThat(french).doesNotContain(" ").doesNotContain(".");
        assertThat(french.replace("\u00a0", "").replace(',', '.')).isEqualTo(Amounts.toPlainString(amount));
    }

    @Property
    void englishAmountsGroupEveryThreeDigits(
            @ForAll @Scale(2) @BigRange(min = "0", max = "99999999.99") BigDecimal value) {
        MonetaryAmount amount = Money.of(value, Monetary.getCurrency("EUR"));

        String english = DocumentText.ENGLISH.amount(amount);

        assertThat(english).matches("\\d{1,3}(,\\d{3})*\\.\\d{2}");
        assertThat(english.replace(",", "")).isEqualTo(Amounts.toPlainString(amount));
    }

    @Property
    void datesStateDayMonthAndYear(@ForAll @DateRange(min = "2000-01-01", max = "2099-12-31") LocalDate date) {
        String french = DocumentText.FRENCH.date(date);
        String english = DocumentText.ENGLISH.date(date);

        assertThat(french)
                .endsWith(" " + date.getYear())
                .startsWith(date.getDayOfMonth() == 1 ? "1er " : date.getDayOfMonth() + " ");
        assertThat(english).startsWith(date.getDayOfMonth() + " ").endsWith(" " + date.getYear());
    }
}
