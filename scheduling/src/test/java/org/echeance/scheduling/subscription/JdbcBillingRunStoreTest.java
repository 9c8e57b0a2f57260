package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.claimRows;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.committed;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.insertInvoice;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.invoices;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.newSellerId;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.openTransaction;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.setLockTimeout;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.portfolio;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.subscription.JdbcTestDatabases.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Billing runs on a real database: the claim is a row under a primary key, inside the caller's transaction, so the
 * same run on four nodes at once, repeated, or fired every hour bills each period exactly once (peer lessons X1,
 * X2, R7). One embedded PostgreSQL and one H2 for the whole class.
 */
class JdbcBillingRunStoreTest {
    @RegisterExtension
    static final JdbcTestDatabases DATABASES = new JdbcTestDatabases();

    private static final int NODES = 4;
    private static final LocalDate RUN_DATE = date("2025-12-31");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void onlyTheFirstClaimOfAKeySucceedsUntilReleased(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();

        assertThat(claim(dataSource, seller, "S-1", date("2025-01-31"), "run-1"))
                .isTrue();
        assertThat(claim(dataSource, seller, "S-1", date("2025-01-31"), "run-2"))
                .isFalse();
        // another period, subscription or seller is another key
        assertThat(claim(dataSource, seller, "S-1", date("2025-02-28"), "run-2"))
                .isTrue();
        assertThat(claim(dataSource, seller, "S-2", date("2025-01-31"), "run-2"))
                .isTrue();
        assertThat(claim(dataSource, newSellerId(), "S-1", date("2025-01-31"), "run-2"))
                .isTrue();

        assertThat(release(dataSource, seller, "S-1", date("2025-01-31"))).isTrue();
        assertThat(release(dataSource, seller, "S-1", date("2025-01-31"))).isFalse();
        assertThat(claim(dataSource, seller, "S-1", date("2025-01-31"), "run-3"))
                .isTrue();
        assertThat(claimRows(dataSource, seller)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRolledBackRunLeavesEveryPeriodForTheNextRun(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        List<Subscription> subscriptions = portfolio(seller);

        try (Connection connection = openTransaction(dataSource)) {
            List<BilledPeriod> billed = BillingRun.of(store(connection)).run(RUN_DATE, subscriptions);
            assertThat(billed).isNotEmpty();
            for (BilledPeriod b : billed) {
                insertInvoice(connection, b);
            }
            connection.rollback(); // say the invoices could not be saved
        }
        assertThat(claimRows(dataSource, seller)).isZero();

        List<BilledPeriod> billed = committed(dataSource, c -> billAndSave(c, subscriptions));
        assertThat(billed).isEqualTo(BillingRun.preview(RUN_DATE, subscriptions));
    }

    /** The test the issue asks for: 4 nodes run the same billing at once, then again; each invoice exists once. */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void fourNodesRunningTheSameBillingAtOnceAndAgainCreateEachInvoiceExactlyOnce(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        List<Subscription> subscriptions = portfolio(seller);
        List<BilledPeriod> expected = BillingRun.preview(RUN_DATE, subscriptions);
        assertThat(expected).hasSizeGreaterThan(150);

        List<BilledPeriod> firstRound = runOnNodes(dataSource, subscriptions);
        List<BilledPeriod> secondRound = runOnNodes(dataSource, subscriptions);

        assertThat(firstRound).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(secondRound).isEmpty();
        assertThat(invoices(dataSource, seller))
                .containsExactlyElementsOf(
                        expected.stream().map(JdbcTestDatabases::row).collect(Collectors.toList()));
        assertThat(claimRows(dataSource, seller)).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runningTheSchedulerEveryHourOfADayBillsEachPeriodOnce(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        List<Subscription> subscriptions = portfolio(seller);
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate day = date("2025-10-26"); // clocks go back: 25 hours
        List<BilledPeriod> billed = new ArrayList<>();
        int runs = 0;

        for (ZonedDateTime hour = day.atStartOfDay(paris); hour.toLocalDate().equals(day); hour = hour.plusHours(1)) {
            java.time.Clock clock = java.time.Clock.fixed(hour.toInstant(), ZoneId.of("UTC"));
            billed.addAll(committed(dataSource, c -> {
                List<BilledPeriod> run = BillingRun.of(store(c)).run(clock, paris, subscriptions);
                for (BilledPeriod b : run) {
                    insertInvoice(c, b);
                }
                return run;
            }));
            runs++;
        }

        assertThat(runs).isEqualTo(25);
        List<BilledPeriod> expected = BillingRun.preview(day, subscriptions);
        assertThat(billed).isEqualTo(expected);
        assertThat(invoices(dataSource, seller))
                .containsExactlyElementsOf(
                        expected.stream().map(JdbcTestDatabases::row).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aClaimWaitsForTheTransactionHoldingTheKeyAndALockTimeoutIsReported(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection holder = openTransaction(dataSource)) {
            assertThat(store(holder).claim(seller, "S-1", date("2025-01-31"), "run-a"))
                    .isTrue();

            Future<?> waiting = other.submit(() -> {
                try (Connection connection = openTransaction(dataSource)) {
                    setLockTimeout(connection, engine, 300);
                    assertThatThrownBy(() -> store(connection).claim(seller, "S-1", date("2025-01-31"), "run-b"))
                            .isInstanceOfSatisfying(BillingRunStoreException.class, e -> {
                                assertThat(e.isLockFailure()).isTrue();
                                assertThat(e.sqlState()).contains(engine == Engine.POSTGRESQL ? "55P03" : "HYT00");
                                assertThat(e.getMessage())
                                        .contains("could not claim period 2025-01-31 of subscription \"S-1\"");
                            });
                    connection.rollback();
                }
                return null;
            });
            waiting.get(20, TimeUnit.SECONDS);

            Future<Boolean> afterCommit = other.submit(
                    () -> committed(dataSource, c -> store(c).claim(seller, "S-1", date("2025-01-31"), "run-c")));
            holder.commit();
            assertThat(afterCommit.get(20, TimeUnit.SECONDS)).isFalse();
        } finally {
            other.shutdownNow();
            assertThat(other.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAutoCommitConnectionIsRefusedBecauseTheClaimWouldCommitWithoutTheInvoice(Engine engine) throws Exception {
        try (Connection connection = DATABASES.dataSource(engine).getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> store(connection).claim(newSellerId(), "S-1", date("2025-01-31"), "run"))
                    .isInstanceOf(BillingRunStoreException.class)
                    .hasMessageContaining("auto-commit mode");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSchemaCanBeCreatedAgainAndTheScriptIsShipped(Engine engine) throws Exception {
        try (Connection connection = DATABASES.dataSource(engine).getConnection()) {
            JdbcBillingRunSchema.create(connection);
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(JdbcBillingRunSchema.script(product))
                    .contains("CREATE TABLE IF NOT EXISTS echeance_billing_run")
                    .contains("PRIMARY KEY (seller_id, subscription_id, period_start)");
        }
    }

    @Test
    void idsTooLongForTheTableAreRefusedBeforeAnyStatement() {
        JdbcBillingRunStore store = JdbcBillingRunStore.of(() -> {
            throw new AssertionError("no connection should be asked for");
        });

        assertThatThrownBy(() -> store.claim("s".repeat(101), "S-1", date("2025-01-31"), "run"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("sellerId")
                .hasMessageContaining("ECH-SUB-15");
        assertThatThrownBy(() -> JdbcBillingRunSchema.script("Oracle"))
                .isInstanceOf(BillingRunStoreException.class)
                .hasMessageContaining("not supported");
    }

    /** Runs the billing on {@link #NODES} threads at once, each a node with its own connection, store and run. */
    private static List<BilledPeriod> runOnNodes(DataSource dataSource, List<Subscription> subscriptions)
            throws Exception {
        List<BilledPeriod> billed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                workers.add(nodes.submit(() -> {
                    start.await();
                    billed.addAll(committed(dataSource, c -> billAndSave(c, subscriptions)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
            assertThat(nodes.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        return new ArrayList<>(billed);
    }

    /** One node's billing transaction: a run over its own store, the claimed drafts saved in the same transaction. */
    private static List<BilledPeriod> billAndSave(Connection connection, List<Subscription> subscriptions)
            throws java.sql.SQLException {
        List<BilledPeriod> billed = BillingRun.of(store(connection)).run(RUN_DATE, subscriptions);
        for (BilledPeriod b : billed) {
            insertInvoice(connection, b);
        }
        return billed;
    }

    private static boolean claim(
            DataSource dataSource, String seller, String subscription, LocalDate periodStart, String runId)
            throws java.sql.SQLException {
        return committed(dataSource, c -> store(c).claim(seller, subscription, periodStart, runId));
    }

    private static boolean release(DataSource dataSource, String seller, String subscription, LocalDate periodStart)
            throws java.sql.SQLException {
        return committed(dataSource, c -> store(c).release(seller, subscription, periodStart));
    }

    private static JdbcBillingRunStore store(Connection connection) {
        return JdbcBillingRunStore.of(() -> connection);
    }
}
