package org.echeance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.money.Amounts;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Shows the testkit is useful: run through jqwik's own engine, a property written with its arbitraries and
 * {@link BillingAssertions#assertConservesMoney} finds the cent a naive equal-parts splitter loses, and shrinks it
 * to the smallest case; the same property passes for a correct splitter, so the failure is the bug's.
 */
class SeededBugTest {

    /** A splitter with the classic bug: every part is total / n rounded, so the parts need not sum to the total. */
    static List<MonetaryAmount> naiveSplit(MonetaryAmount total, int parts) {
        BigDecimal each = Amounts.decimal(total)
                .divide(BigDecimal.valueOf(parts), Amounts.minorUnitDigits(total.getCurrency()), RoundingMode.HALF_UP);
        List<MonetaryAmount> result = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            result.add(Amounts.money(each, total.getCurrency()));
        }
        return result;
    }

    /** The fix: the last part takes what the others leave. */
    static List<MonetaryAmount> correctSplit(MonetaryAmount total, int parts) {
        List<MonetaryAmount> result = new ArrayList<>(naiveSplit(total, parts).subList(0, parts - 1));
        BigDecimal rest = Amounts.decimal(total);
        for (MonetaryAmount part : result) {
            rest = rest.subtract(Amounts.decimal(part));
        }
        result.add(Amounts.money(rest, total.getCurrency()));
        return result;
    }

    /** The property users would write, against the naive splitter; run only through the launcher below. */
    static class NaiveSplitterCheck {
        @Property(tries = 1000)
        void splitConservesMoney(@ForAll("totals") MonetaryAmount total, @ForAll @IntRange(min = 1, max = 12) int n) {
            BillingAssertions.assertConservesMoney(total, naiveSplit(total, n));
        }

        @Provide
        Arbitrary<MonetaryAmount> totals() {
            return MoneyArbitraries.amounts();
        }
    }

    /** The same property against the correct splitter. */
    static class CorrectSplitterCheck {
        @Property(tries = 1000)
        void splitConservesMoney(@ForAll("totals") MonetaryAmount total, @ForAll @IntRange(min = 1, max = 12) int n) {
            BillingAssertions.assertConservesMoney(total, correctSplit(total, n));
        }

        @Provide
        Arbitrary<MonetaryAmount> totals() {
            return MoneyArbitraries.amounts();
        }
    }

    @Test
    void theArbitrariesFindAndShrinkTheLostCent() throws Exception {
        List<Throwable> failures = run(NaiveSplitterCheck.class);

        assertThat(failures).hasSize(1);
        // Shrunk to the smallest total that shows the bug: one minor unit in two parts, each rounded up.
        assertThat(failures.get(0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the parts sum to 0.02 EUR, not the total 0.01 EUR")
                .hasMessageContaining("[0.01, 0.01]");
    }

    @Test
    void theSamePropertyPassesForACorrectSplitter() throws Exception {
        assertThat(run(CorrectSplitterCheck.class)).isEmpty();
    }

    /** Runs a property class through the JUnit Platform's jqwik engine and returns its failures. */
    private static List<Throwable> run(Class<?> propertyClass) throws Exception {
        Path directory = Files.createTempDirectory("jqwik");
        Path database = directory.resolve("database");
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> finished = new ConcurrentLinkedQueue<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    finished.add(id.getDisplayName());
                    result.getThrowable().ifPresent(failures::add);
                }
            }
        };
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(DiscoverySelectors.selectClass(propertyClass))
                                    .filters(EngineFilter.includeEngines("jqwik"))
                                    .configurationParameter("jqwik.database", database.toString())
                                    .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
                                    .build(),
                            listener);
        } finally {
            Files.deleteIfExists(database);
            Files.deleteIfExists(directory);
        }
        assertThat(finished).as("the property ran").hasSize(1);
        return List.copyOf(failures);
    }
}
