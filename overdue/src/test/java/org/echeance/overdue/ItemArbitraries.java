package org.echeance.overdue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.money.Amounts;

/** The generators of the module's properties, in one place. */
public final class ItemArbitraries {
    /** The first issue date generated. */
    public static final LocalDate START = LocalDate.of(2025, 1, 1);

    private ItemArbitraries() {}

    /** Days after {@link #START}, up to about two years. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 730).map(START::plusDays);
    }

    /** Amounts from 0.01 to 10,000.00. */
    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(1, 1_000_000).map(c -> BigDecimal.valueOf(c, 2));
    }

    /** Items of customers C1..C5 in EUR or USD, with up to 3 payments that never exceed the amount. */
    public static Arbitrary<ReceivableItem> items(boolean withSettlements) {
        Arbitrary<CurrencyUnit> currencies =
                Arbitraries.of(OverdueFixtures.EUR, OverdueFixtures.USD).withoutEdgeCases();
        Arbitrary<List<Integer>> payDays =
                Arbitraries.integers().between(0, 200).list().ofMaxSize(withSettlements ? 3 : 0);
        Arbitrary<List<Integer>> shares =
                Arbitraries.integers().between(1, 50).list().ofSize(3);
        return Combinators.combine(
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(1, 100_000),
                        currencies,
                        dates(),
                        Arbitraries.integers().between(0, 90),
                        amounts(),
                        payDays,
                        shares)
                .as((customer, invoice, currency, issued, term, amount, days, share) -> {
                    ReceivableItem.Builder b = ReceivableItem.builder("C" + customer, "F" + invoice, currency)
                            .issueDate(issued)
                            .dueDate(issued.plusDays(term))
                            .amount(Amounts.money(amount, currency));
                    BigDecimal left = amount;
                    for (int i = 0; i < days.size(); i++) {
                        // each payment takes share% of what is left, at least 0.01, the last may settle it all
                        BigDecimal part = left.multiply(BigDecimal.valueOf(share.get(i)))
                                .divide(BigDecimal.valueOf(50), 2, java.math.RoundingMode.DOWN)
                                .min(left);
                        if (part.signum() <= 0) {
                            break;
                        }
                        left = left.subtract(part);
                        b.settlement(Settlement.payment(
                                "P" + invoice + "-" + i, issued.plusDays(days.get(i)), Amounts.money(part, currency)));
                    }
                    return b.build();
                });
    }
}
