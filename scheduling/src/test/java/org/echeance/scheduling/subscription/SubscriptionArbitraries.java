package org.echeance.scheduling.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.money.Amounts;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;

/** The generators of the recurring-billing properties, in one place. */
final class SubscriptionArbitraries {
    /** Rules a subscription uses: month ends, weeks, quarters, years, days, and a finite one. */
    static final List<String> RULES = List.of(
            "FREQ=MONTHLY",
            "FREQ=MONTHLY;BYMONTHDAY=31",
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            "FREQ=MONTHLY;BYMONTHDAY=30",
            "FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=MONTHLY;INTERVAL=3",
            "FREQ=YEARLY",
            "FREQ=DAILY;INTERVAL=10",
            "FREQ=MONTHLY;COUNT=6");

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    /** Four years, 2024 (leap) to 2027. */
    static final int DAYS = 4 * 365 + 1;

    private SubscriptionArbitraries() {}

    /** A day of the two years 2024 (leap) and 2025, where generated subscriptions are anchored. */
    static Arbitrary<LocalDate> anchorDays() {
        return Arbitraries.integers().between(0, 365 + 364).map(FIRST_DAY::plusDays);
    }

    /** A day of the four years 2024 to 2027. */
    static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, DAYS - 1).map(FIRST_DAY::plusDays);
    }

    /** An amount with the currency's scale, from zero to about ten thousand. */
    static Arbitrary<BigDecimal> amounts(CurrencyUnit currency) {
        int digits = Amounts.minorUnitDigits(currency);
        return Arbitraries.longs()
                .between(0, 10_000L * (long) Math.pow(10, digits))
                .map(units -> BigDecimal.valueOf(units, digits));
    }

    /** A currency with 2 (EUR), 0 (JPY) or 3 (BHD) decimals. */
    static Arbitrary<CurrencyUnit> currencies() {
        return Arbitraries.of("EUR", "JPY", "BHD").map(Monetary::getCurrency);
    }

    /** The plan of a subscription, turned into one by {@link Plan#build(String)}. */
    record Plan(
            String rule,
            LocalDate anchorSeed,
            int startOffset,
            BillingTiming timing,
            ProrationPolicy proration,
            List<BigDecimal> prices,
            int[] changes) {

        Subscription build(String id) {
            RecurrenceRule recurrence = RecurrenceRule.parse(rule);
            LocalDate anchor =
                    recurrence.first(anchorSeed, 1, ExpansionMode.BILLING).get(0);
            Subscription.Builder builder = SubscriptionFixtures.monthly(id, rule, anchor.plusDays(startOffset))
                    .anchor(anchor)
                    .timing(timing)
                    .proration(proration);
            builder.line(SubscriptionFixtures.line(
                    "2", "Options", SubscriptionFixtures.eur(prices.get(0).toPlainString())));
            Subscription subscription = builder.build();
            LocalDate start = subscription.start();
            // changes[0..1]: a price change (day offset, line); changes[2..3]: a pause; changes[4]: a cancellation
            if (changes[0] >= 0) {
                subscription = subscription.changePrice(
                        start.plusDays(changes[0]),
                        changes[1] % 2 == 0 ? "1" : "2",
                        SubscriptionFixtures.eur(prices.get(1).toPlainString()));
            }
            if (changes[2] >= 0) {
                LocalDate from = start.plusDays(changes[2]);
                subscription =
                        changes[3] > 0 ? subscription.pause(from, from.plusDays(changes[3])) : subscription.pause(from);
            }
            if (changes[4] >= 0) {
                subscription = subscription.cancel(start.plusDays(changes[4]));
            }
            return subscription;
        }
    }

    /** Plans of every kind: rules, mid-period starts, timings, policies, price changes, pauses, cancellations. */
    static Arbitrary<Plan> plans() {
        Arbitrary<BigDecimal> price = amounts(Monetary.getCurrency("EUR"));
        // a change in one plan of three; -1 for none
        Arbitrary<Integer> maybeOffset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 500)));
        Arbitrary<int[]> changes = Combinators.combine(
                        maybeOffset,
                        Arbitraries.integers().between(0, 1),
                        maybeOffset,
                        Arbitraries.integers().between(0, 120),
                        maybeOffset)
                .as((a, b, c, d, e) -> new int[] {a, b, c, d, e});
        return Combinators.combine(
                        Arbitraries.of(RULES),
                        anchorDays(),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.of(BillingTiming.class),
                        Arbitraries.of(ProrationPolicy.class),
                        price.list().ofSize(2),
                        changes)
                .as(Plan::new);
    }

    /** One to four subscriptions of one seller, with distinct ids. */
    static Arbitrary<List<Subscription>> portfolios() {
        return plans().list().ofMinSize(1).ofMaxSize(4).map(plans -> {
            List<Subscription> subscriptions = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                subscriptions.add(plans.get(i).build("S-" + i));
            }
            return subscriptions;
        });
    }
}
