package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.numbering.JdbcTestDatabases.committed;
import static org.echeance.numbering.JdbcTestDatabases.insertInvoice;
import static org.echeance.numbering.JdbcTestDatabases.invoiceNumbers;
import static org.echeance.numbering.JdbcTestDatabases.loggedValues;
import static org.echeance.numbering.JdbcTestDatabases.newSellerId;
import static org.echeance.numbering.JdbcTestDatabases.openTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.echeance.core.EcheanceException;
import org.echeance.core.validation.ValidationException;
import org.echeance.numbering.JdbcTestDatabases.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gap-free JDBC store on a real PostgreSQL, H2 in memory and H2 in a file. */
class JdbcSequenceStoreTest {
    @RegisterExtension
    static final JdbcTestDatabases DATABASES = new JdbcTestDatabases();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nextStartsAtOneAndCountsUpInTheCallersTransaction(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey invoices = CounterKey.of(newSellerId(), "FA", "2026");
        try (Connection connection = openTransaction(dataSource)) {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);

            assertThat(store.peek(invoices)).isEqualTo(1);
            assertThat(store.next(invoices)).isEqualTo(1);
            assertThat(store.next(invoices)).isEqualTo(2);
            assertThat(store.next(invoices)).isEqualTo(3);
            assertThat(store.peek(invoices)).isEqualTo(4);
            assertThat(store.isGapFree()).isTrue();
            connection.commit();
        }
        assertThat(loggedValues(dataSource, invoices)).containsExactly(1L, 2L, 3L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keysAreIndependentCountersAcrossSeriesScopesAndSellers(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        CounterKey invoices2026 = CounterKey.of(seller, "FA", "2026");
        CounterKey invoices2027 = CounterKey.of(seller, "FA", "2027");
        CounterKey creditNotes2026 = CounterKey.of(seller, "AV", "2026");
        CounterKey otherSeller = CounterKey.of(newSellerId(), "FA", "2026");
        committed(dataSource, connection -> {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection, engine.dialect());
            assertThat(List.of(store.next(invoices2026), store.next(invoices2026), store.next(invoices2026)))
                    .containsExactly(1L, 2L, 3L);
            assertThat(store.next(invoices2027)).isEqualTo(1);
            assertThat(store.next(creditNotes2026)).isEqualTo(1);
            assertThat(store.next(otherSeller)).isEqualTo(1);
            assertThat(store.next(invoices2026)).isEqualTo(4);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rollbackGivesTheNumberBack(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "FA", "2026");
        try (Connection connection = openTransaction(dataSource)) {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
            assertThat(store.next(key)).isEqualTo(1);
            insertInvoice(connection, key, 1);
            connection.rollback(); // the invoice could not be saved: its number must come back

            assertThat(store.peek(key)).isEqualTo(1);
            long number = store.next(key);
            insertInvoice(connection, key, number);
            connection.commit();
            assertThat(number).isEqualTo(1);
        }
        assertThat(invoiceNumbers(dataSource, key)).containsExactly(1L);
        assertThat(loggedValues(dataSource, key)).containsExactly(1L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void autonomousModeLeavesAGapWhenTheDocumentIsRolledBack(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "FA", "2026");
        JdbcSequenceStore store = JdbcSequenceStore.autonomous(dataSource);
        assertThat(store.isGapFree()).isFalse();

        try (Connection connection = openTransaction(dataSource)) {
            long lost = store.next(key); // committed at once, in a transaction of its own
            insertInvoice(connection, key, lost);
            connection.rollback();
            assertThat(lost).isEqualTo(1);
        }
        long kept = committed(dataSource, connection -> {
            long number = store.next(key);
            insertInvoice(connection, key, number);
            return number;
        });

        assertThat(kept).isEqualTo(2);
        assertThat(invoiceNumbers(dataSource, key)).containsExactly(2L); // number 1 is a gap, as documented
        assertThat(loggedValues(dataSource, key)).containsExactly(1L, 2L);
        assertThat(store.peek(key)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void advanceToOnlyMovesForward(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "FA", "2026");
        committed(dataSource, connection -> {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
            store.advanceTo(key, 10_332); // a series continued from another system, on a counter never used
            assertThat(store.peek(key)).isEqualTo(10_332);
            assertThat(store.next(key)).isEqualTo(10_332);
            store.advanceTo(key, 10_333); // the current next value: nothing changes
            assertThat(store.peek(key)).isEqualTo(10_333);
            return null;
        });

        JdbcSequenceStore autonomous = JdbcSequenceStore.autonomous(dataSource, engine.dialect());
        assertThatThrownBy(() -> autonomous.advanceTo(key, 5))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-NUM-02")).isTrue())
                .hasMessageContaining("5 is below the next value 10333");
        assertThatThrownBy(() -> autonomous.advanceTo(key, 0)).isInstanceOf(ValidationException.class);
        assertThat(autonomous.peek(key)).isEqualTo(10_333);
        assertThat(loggedValues(dataSource, key)).containsExactly(10_332L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDuplicateInTheLogIsRefusedEvenIfTheCounterWasEditedByHand(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "FA", "2026");
        committed(
                dataSource, connection -> JdbcSequenceStore.of(() -> connection).next(key));
        committed(dataSource, connection -> {
            try (PreparedStatement reset = connection.prepareStatement(
                    "UPDATE echeance_counter SET next_value = 1 WHERE seller_id = ? AND series = ? AND scope = ?")) {
                reset.setString(1, key.sellerId());
                reset.setString(2, key.series());
                reset.setString(3, key.scope());
                return reset.executeUpdate();
            }
        });

        try (Connection connection = openTransaction(dataSource)) {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
            assertThatThrownBy(() -> store.next(key))
                    .isInstanceOfSatisfying(SequenceStoreException.class, e -> {
                        assertThat(e.sqlState()).contains("23505");
                        assertThat(e.key()).contains(key);
                        assertThat(e.isLockFailure()).isFalse();
                    })
                    .hasMessageContaining("series \"FA\"");
            connection.rollback();
        }
        assertThat(loggedValues(dataSource, key)).containsExactly(1L);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMissingTableIsASequenceStoreExceptionWithTheKeyAndSqlState(Engine engine) throws SQLException {
        CounterKey key = CounterKey.of(newSellerId(), "AV", "2026-03");
        try (Connection connection = openTransaction(DATABASES.dataSourceWithoutSchema(engine))) {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
            assertThatThrownBy(() -> store.next(key))
                    .isInstanceOfSatisfying(SequenceStoreException.class, e -> {
                        assertThat(e.key()).contains(key);
                        assertThat(e.sqlState())
                                .hasValueSatisfying(state -> assertThat(state).startsWith("42"));
                    })
                    .isInstanceOf(EcheanceException.class)
                    .hasMessageContaining("scope \"2026-03\"")
                    .hasMessageContaining("could not take the next value (SQL state 42");
            connection.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void refusesAConnectionInAutoCommitModeBeforeTouchingTheCounter(Engine engine) throws SQLException {
        DataSource dataSource = DATABASES.dataSource(engine);
        CounterKey key = CounterKey.of(newSellerId(), "FA", "2026");
        try (Connection connection = dataSource.getConnection()) {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection);
            assertThatThrownBy(() -> store.next(key))
                    .isInstanceOfSatisfying(
                            SequenceStoreException.class,
                            e -> assertThat(e.sqlState()).isEmpty())
                    .hasMessageContaining("auto-commit");
            assertThat(store.peek(key)).isEqualTo(1);
        }
        assertThat(loggedValues(dataSource, key)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void detectsTheDialectAndCreatesTheSchemaAgainHarmlessly(Engine engine) throws SQLException {
        try (Connection connection = DATABASES.dataSource(engine).getConnection()) {
            assertThat(JdbcDialect.from(connection)).isEqualTo(engine.dialect());
            JdbcSchema.create(connection);
            JdbcSchema.create(connection, engine.dialect());
        }
    }

    @Test
    void aFailingConnectionSourceIsASequenceStoreException() {
        CounterKey key = CounterKey.of(newSellerId(), "FA", "2026");
        JdbcSequenceStore store = JdbcSequenceStore.of(
                () -> {
                    throw new SQLException("pool exhausted", "08001");
                },
                JdbcDialect.H2);
        assertThatThrownBy(() -> store.next(key))
                .isInstanceOfSatisfying(
                        SequenceStoreException.class,
                        e -> assertThat(e.sqlState()).contains("08001"))
                .hasMessageContaining("(SQL state 08001): pool exhausted");
        assertThatThrownBy(() -> JdbcSequenceStore.of(() -> null).peek(key))
                .isInstanceOf(SequenceStoreException.class)
                .hasMessageContaining("gave no connection");
    }

    @Test
    void anUnknownDatabaseIsRefusedByName() {
        assertThat(JdbcDialect.ofProductName("postgresql")).isEqualTo(JdbcDialect.POSTGRESQL);
        assertThatThrownBy(() -> JdbcDialect.ofProductName("MySQL"))
                .isInstanceOf(SequenceStoreException.class)
                .hasMessageContaining("database \"MySQL\" is not supported");
    }

    @Test
    void schemaScriptsSplitIntoTheirTwoTables() {
        for (JdbcDialect dialect : JdbcDialect.values()) {
            assertThat(JdbcSchema.statements(JdbcSchema.script(dialect)))
                    .hasSize(2)
                    .allSatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE IF NOT EXISTS echeance_counter"));
        }
    }
}
