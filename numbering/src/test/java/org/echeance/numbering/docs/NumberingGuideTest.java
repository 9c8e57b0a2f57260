package org.echeance.numbering.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.Monetary;
import javax.sql.DataSource;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.validation.ValidationException;
import org.echeance.numbering.CounterKey;
import org.echeance.numbering.CounterScope;
import org.echeance.numbering.InMemorySequenceStore;
import org.echeance.numbering.JdbcBlockSequenceStore;
import org.echeance.numbering.JdbcDialect;
import org.echeance.numbering.JdbcSchema;
import org.echeance.numbering.JdbcSequenceStore;
import org.echeance.numbering.NumberPattern;
import org.echeance.numbering.ParsedNumber;
import org.echeance.numbering.PatternNumbering;
import org.echeance.numbering.PreviewSample;
import org.echeance.numbering.SequenceStoreException;
import org.h2.jdbcx.JdbcDataSource;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code of {@code docs/numbering.md}: every snippet of the guide runs here and every value the guide states is
 * asserted. The JDBC examples run on H2 in memory (the module's own tests also run them on PostgreSQL).
 */
class NumberingGuideTest {
    private static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);

    private static final Party SELLER = Party.builder("Atelier Durand SARL")
            .vatNumber("FR19812345676")
            .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
            .build();
    private static final Party BUYER = Party.builder("Boulangerie Martin SAS")
            .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
            .build();
    private static final Customer CUSTOMER = Customer.builder("C-0042", BUYER).build();

    private DataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:guide-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource = h2;
        try (Connection connection = dataSource.getConnection()) {
            JdbcSchema.create(connection); // the counter and log tables, "if not exists"
            try (Statement statement = connection.createStatement()) {
                // stands for the application's own invoice table
                statement.execute("CREATE TABLE invoice (number VARCHAR(35) PRIMARY KEY)");
            }
        }
    }

    @AfterEach
    void shutdown() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static Invoice draft(DocumentType type) {
        return Invoice.builder(type, Monetary.getCurrency("EUR"))
                .seller(SELLER)
                .buyer(BUYER)
                .line(InvoiceLine.builder("1", "Site web")
                        .sellerItemId("WEB")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(new BigDecimal("2400.00"), "EUR"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();
    }

    private static NumberingRequest request(LocalDate issueDate) {
        return NumberingRequest.of(draft(DocumentType.COMMERCIAL_INVOICE), issueDate, Optional.of("C-0042"));
    }

    @Test
    void patternsAndTokens() {
        assertThat(PatternNumbering.preview("FA-{yyyy}-{seq:5}", PreviewSample.of(MARCH_15), 2))
                .containsExactly("FA-2026-00001", "FA-2026-00002");
        assertThat(PatternNumbering.preview("{series}{yy}{MM}-{seq:4}", PreviewSample.of(MARCH_15), 1))
                .containsExactly("FA2603-0001");
        assertThat(PatternNumbering.preview(
                        "{customer}/{yyyy}/{seq:3}",
                        PreviewSample.of(MARCH_15).withCustomer("C-0042", "Boulangerie Martin SAS"),
                        1))
                .containsExactly("C-0042/2026/001");
        assertThat(PatternNumbering.preview(
                        "{initials}-{yyyy}{MM}{dd}-{seq}",
                        PreviewSample.of(MARCH_15)
                                .withCustomer("C-0042", "Boulangerie Martin SAS")
                                .withStart(998),
                        3))
                .containsExactly("BM-20260315-998", "BM-20260315-999", "BM-20260315-1000");
        assertThat(NumberPattern.initialsOf("L'Atelier de la Gare")).isEqualTo("AG");

        // a counter outgrows its padding rather than repeat numbers
        assertThat(PatternNumbering.preview(
                        "FA-{seq:3}", PreviewSample.of(MARCH_15).withStart(999), 2))
                .containsExactly("FA-999", "FA-1000");

        // read a number back
        ParsedNumber parts = NumberPattern.parse("FA-{yyyy}-{seq:5}")
                .parseNumber("FA-2026-00042")
                .orElseThrow();
        assertThat(parts.year()).hasValue(2026);
        assertThat(parts.sequence()).hasValue(42);

        // settings: at most 35 characters from A-Z a-z 0-9 + - _ / (BR-FR-01/02)
        NumberPattern safe = NumberPattern.builder("FA-{yyyy}-{seq:5}")
                .maxLength(35)
                .eInvoiceSafe()
                .build();
        assertThat(safe.maxOutputLength()).isEqualTo(17);

        // every problem of a pattern at once, with its position and rule
        assertThatThrownBy(() -> NumberPattern.parse("FA-{year}-{seq:0}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasRule("ECH-NUM-11")).isTrue(); // unknown token
                    assertThat(e.hasRule("ECH-NUM-13")).isTrue(); // bad padding
                });
        assertThatThrownBy(() -> NumberPattern.parse("FA-{yyyy}"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-NUM-15")).isTrue());
    }

    @Test
    void seriesScopesAndTheYearChange() {
        InMemorySequenceStore store = InMemorySequenceStore.create();
        PatternNumbering numbering = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .series(DocumentType.CREDIT_NOTE, "AV", "AV-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();

        Invoice first = draft(DocumentType.COMMERCIAL_INVOICE).issue(numbering, MARCH_15, CUSTOMER);
        Invoice second = draft(DocumentType.COMMERCIAL_INVOICE).issue(numbering, MARCH_15, CUSTOMER);
        assertThat(first.number()).contains("FA-2026-00001");
        assertThat(second.number()).contains("FA-2026-00002");

        // the counter key: seller (its SIREN by default), series, scope key from the issue date
        assertThat(numbering.counterKey(request(MARCH_15))).isEqualTo(CounterKey.of("812345676", "FA", "2026"));

        // a new year is a new counter; a document dated 31 December keeps its own year's series
        assertThat(numbering.nextNumber(request(LocalDate.of(2027, 1, 4)))).isEqualTo("FA-2027-00001");
        assertThat(numbering.nextNumber(request(LocalDate.of(2026, 12, 31)))).isEqualTo("FA-2026-00003");

        // a scope that restarts needs the period in the pattern
        assertThatThrownBy(() -> PatternNumbering.builder(store)
                        .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{seq:5}", CounterScope.YEARLY))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-NUM-18")).isTrue());

        // per customer and year
        PatternNumbering perCustomer = PatternNumbering.builder(store)
                .series(
                        DocumentType.COMMERCIAL_INVOICE,
                        "FC",
                        "{customer}-{yy}-{seq:3}",
                        CounterScope.PER_CUSTOMER_YEARLY)
                .build();
        assertThat(perCustomer.nextNumber(request(MARCH_15))).isEqualTo("C-0042-26-001");
        assertThat(perCustomer.counterKey(request(MARCH_15)))
                .isEqualTo(CounterKey.of("812345676", "FC", "C-0042/2026"));
    }

    @Test
    void previewsConsumeNothing() {
        InMemorySequenceStore store = InMemorySequenceStore.create();
        PatternNumbering numbering = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();

        List<String> next = numbering.preview(request(MARCH_15), 3);

        assertThat(next).containsExactly("FA-2026-00001", "FA-2026-00002", "FA-2026-00003");
        assertThat(numbering.nextNumber(request(MARCH_15))).isEqualTo("FA-2026-00001");
    }

    @Test
    void settingASeriesNextValue() {
        InMemorySequenceStore store = InMemorySequenceStore.create();
        PatternNumbering numbering = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();

        // the series continues from another system: its last number was FA-2026-10331
        CounterKey key = numbering.counterKey(request(MARCH_15));
        store.advanceTo(key, 10_332);

        assertThat(numbering.nextNumber(request(MARCH_15))).isEqualTo("FA-2026-10332");
        assertThatThrownBy(() -> store.advanceTo(key, 100))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-NUM-02")).isTrue());
    }

    @Test
    void manySellers() {
        Map<String, String> companyIds = Map.of("Atelier Durand SARL", "company-1", "Bureau Conseil SAS", "company-2");
        PatternNumbering numbering = PatternNumbering.builder(InMemorySequenceStore.create())
                .sellerId(seller -> companyIds.get(seller.legalName()))
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();
        Party other = Party.builder("Bureau Conseil SAS")
                .vatNumber("FR40303265045")
                .address(PostalAddress.of("1 rue B", "75001", "Paris", "FR"))
                .build();
        Invoice ofOther =
                draft(DocumentType.COMMERCIAL_INVOICE).toBuilder().seller(other).build();

        assertThat(numbering.nextNumber(request(MARCH_15))).isEqualTo("FA-2026-00001");
        assertThat(numbering.nextNumber(NumberingRequest.of(ofOther, MARCH_15, Optional.empty())))
                .isEqualTo("FA-2026-00001");
        assertThat(numbering.counterKey(request(MARCH_15))).isEqualTo(CounterKey.of("company-1", "FA", "2026"));
        assertThat(PatternNumbering.defaultSellerId(other)).isEqualTo("303265045");
    }

    @Test
    void gapFreeInsideTheCallersTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // the application's transaction
            PatternNumbering numbering = PatternNumbering.builder(JdbcSequenceStore.of(() -> connection))
                    .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                    .build();

            // the insert fails (or anything else): the rollback gives the number back
            Invoice lost = draft(DocumentType.COMMERCIAL_INVOICE).issue(numbering, MARCH_15, CUSTOMER);
            insert(connection, lost);
            connection.rollback();

            Invoice kept = draft(DocumentType.COMMERCIAL_INVOICE).issue(numbering, MARCH_15, CUSTOMER);
            insert(connection, kept);
            connection.commit();
            // render the PDF, sign, upload, send: now, after the commit

            assertThat(lost.number()).contains("FA-2026-00001");
            assertThat(kept.number()).contains("FA-2026-00001");
        }
    }

    @Test
    void autoCommitIsRefused() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            JdbcSequenceStore store = JdbcSequenceStore.of(() -> connection); // auto-commit still on
            assertThatThrownBy(() -> store.next(CounterKey.of("812345676", "FA", "2026")))
                    .isInstanceOf(SequenceStoreException.class);
        }
    }

    @Test
    void blockModeIsUniqueButNotGapFree() {
        JdbcBlockSequenceStore nodeA = JdbcBlockSequenceStore.of(dataSource, 100);
        JdbcBlockSequenceStore nodeB = JdbcBlockSequenceStore.of(dataSource, 100);
        CounterKey key = CounterKey.of("812345676", "REF", "");

        assertThat(nodeA.next(key)).isEqualTo(1);
        assertThat(nodeB.next(key)).isEqualTo(101);
        assertThat(nodeA.next(key)).isEqualTo(2);
        assertThat(nodeA.isGapFree()).isFalse();
    }

    @Test
    void schemaScripts() {
        assertThat(JdbcSchema.script(JdbcDialect.POSTGRESQL))
                .contains("CREATE TABLE IF NOT EXISTS echeance_counter (")
                .contains("CREATE TABLE IF NOT EXISTS echeance_counter_log (");
        assertThat(JdbcDialect.POSTGRESQL.schemaResource())
                .isEqualTo("org/echeance/numbering/sql/schema-postgresql.sql");
        assertThat(JdbcDialect.H2.schemaResource()).isEqualTo("org/echeance/numbering/sql/schema-h2.sql");
    }

    private static void insert(Connection connection, Invoice invoice) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO invoice (number) VALUES (?)")) {
            insert.setString(1, invoice.number().orElseThrow());
            insert.executeUpdate();
        }
    }
}
