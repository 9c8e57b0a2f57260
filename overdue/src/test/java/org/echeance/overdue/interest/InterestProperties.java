package org.echeance.overdue.interest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.money.Amounts;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.overdue.ItemArbitraries;
import org.echeance.overdue.ReceivableItem;

class InterestProperties {
    private static final LatePaymentInterest CALC =
            LatePaymentInterest.of(LatePaymentTerms.frenchDefault(new BigDecimal("2.15")));

    @Provide
    Arbitrary<ReceivableItem> items() {
        return ItemArbitraries.items(true);
    }

    private static BigDecimal total(ReceivableItem item, LocalDate asOf) {
        return CALC.interest(item, asOf).stream()
                .map(l -> Amounts.decimal(l.interest()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Property
    void interestIsZeroUpToTheDueDate(
            @ForAll("items") ReceivableItem item, @ForAll @IntRange(min = 0, max = 90) int day) {
        LocalDate asOf = item.issueDate().plusDays(day);
        if (asOf.isAfter(item.dueDate())) {
            asOf = item.dueDate();
        }
        assertThat(CALC.interest(item, asOf)).isEmpty();
    }

    @Property
    void interestGrowsWithDaysLate(
            @ForAll("items") ReceivableItem item,
            @ForAll @IntRange(min = 0, max = 400) int late,
            @ForAll @IntRange(min = 0, max = 400) int more) {
        LocalDate first = item.dueDate().plusDays(late);
        LocalDate later = first.plusDays(more);

        assertThat(total(item, later)).isGreaterThanOrEqualTo(total(item, first));
        if (item.settlements().isEmpty()
                && Amounts.decimal(item.amount()).compareTo(new BigDecimal("100")) >= 0
                && more >= 30) {
            // at 12.15 %, 100 EUR bear at least 0.99 in 30 days
            assertThat(total(item, later)).isGreaterThan(total(item, first));
        }
    }
}
