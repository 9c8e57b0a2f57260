package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.newSellerId;
import static org.echeance.scheduling.subscription.JdbcTestDatabases.openTransaction;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.reminder.JdbcReminderLog;
import org.echeance.scheduling.reminder.ReminderKey;
import org.echeance.scheduling.subscription.JdbcTestDatabases.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reminder log on a real database: a step is recorded once per open item, whatever the number of nodes or
 * retries, and a rolled-back reminder frees its step. One embedded PostgreSQL and one H2 for the whole class.
 */
class JdbcReminderLogTest {
    @RegisterExtension
    static final JdbcTestDatabases DATABASES = new JdbcTestDatabases();

    private static final int NODES = 4;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aKeyIsRecordedOnceAndOtherKeysAreIndependent(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        ReminderKey first = new ReminderKey(seller, "C1", "FA-2026-00001", 1, "first-reminder");

        try (Connection connection = openTransaction(dataSource)) {
            JdbcReminderLog log = JdbcReminderLog.of(() -> connection);
            assertThat(log.isRecorded(first)).isFalse();
            assertThat(log.record(first)).isTrue();
            assertThat(log.record(first)).isFalse();
            assertThat(log.isRecorded(first)).isTrue();
            // another installment, step or seller is another key
            assertThat(log.record(new ReminderKey(seller, "C1", "FA-2026-00001", 2, "first-reminder")))
                    .isTrue();
            assertThat(log.record(new ReminderKey(seller, "C1", "FA-2026-00001", 1, "second-reminder")))
                    .isTrue();
            assertThat(log.record(new ReminderKey(newSellerId(), "C1", "FA-2026-00001", 1, "first-reminder")))
                    .isTrue();
            connection.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRolledBackReminderFreesItsStep(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        ReminderKey key = new ReminderKey(newSellerId(), "C1", "FA-2026-00002", 1, "formal-notice");
        try (Connection connection = openTransaction(dataSource)) {
            assertThat(JdbcReminderLog.of(() -> connection).record(key)).isTrue();
            connection.rollback();
        }
        try (Connection connection = openTransaction(dataSource)) {
            assertThat(JdbcReminderLog.of(() -> connection).record(key)).isTrue();
            connection.commit();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fourNodesRecordingTheSameStepAtOnceProduceItOnce(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        ReminderKey key = new ReminderKey(newSellerId(), "C7", "FA-2026-00003", 1, "due-today");
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                results.add(nodes.submit(() -> {
                    go.await();
                    try (Connection connection = openTransaction(dataSource)) {
                        boolean recorded = JdbcReminderLog.of(() -> connection).record(key);
                        connection.commit();
                        return recorded;
                    }
                }));
            }
            go.countDown();
            int produced = 0;
            for (Future<Boolean> result : results) {
                produced += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(produced).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAutoCommitConnectionOrAnOverlongKeyIsRefused(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        ReminderKey key = new ReminderKey(newSellerId(), "C1", "FA-2026-00004", 1, "first-reminder");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            JdbcReminderLog log = JdbcReminderLog.of(() -> connection);
            assertThatThrownBy(() -> log.record(key))
                    .isInstanceOf(BillingRunStoreException.class)
                    .hasMessageContaining("auto-commit");
            assertThatThrownBy(() -> log.record(new ReminderKey("s", "C1", "x".repeat(101), 1, "first-reminder")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("ECH-REMIND-30")
                    .hasMessageContaining("key.invoiceNumber");
            assertThat(log.isRecorded(key)).isFalse();
        }
    }
}
