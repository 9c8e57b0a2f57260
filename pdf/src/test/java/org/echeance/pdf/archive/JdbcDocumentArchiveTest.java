package org.echeance.pdf.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.pdf.archive.ArchiveTestDatabases.newSellerId;
import static org.echeance.pdf.archive.ArchiveTestDatabases.openTransaction;
import static org.echeance.pdf.archive.ArchiveTestDatabases.rows;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.validation.ValidationException;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.PdfFixtures;
import org.echeance.pdf.RenderOptions;
import org.echeance.pdf.archive.ArchiveTestDatabases.Engine;
import org.echeance.scheduling.subscription.BillingRunStoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The document archive on real databases: one embedded PostgreSQL and one H2 for the whole class. A document is
 * kept once per seller and number, byte for byte, inside the caller's transaction, and a changed row is never read
 * back silently.
 */
class JdbcDocumentArchiveTest {
    @RegisterExtension
    static final ArchiveTestDatabases DATABASES = new ArchiveTestDatabases();

    private static final int NODES = 4;

    private static IssuedDocument demo;

    @BeforeAll
    static void renderTheDemoInvoiceOnce() {
        demo = DocumentIssuer.of(ITextInvoiceRenderer.create(), InMemoryDocumentArchive.create(), Profile.EN_16931)
                .issue("demo", PdfFixtures.demoInvoice(), PdfFixtures.options());
    }

    /** The demo invoice's real PDF and XML, issued by a seller. */
    private static IssuedDocument demoOf(String sellerId) {
        return IssuedDocument.of(
                sellerId, PdfFixtures.demoInvoice(), Profile.EN_16931, demo.pdf(), demo.xml(), demo.renderedAt());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keepsAndFindsTheDocumentByteForByteAndTheFirstOneWins(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        IssuedDocument document = demoOf(seller);
        IssuedDocument creditNote = IssuedDocument.of(
                seller,
                PdfFixtures.creditNote(PdfFixtures.demoInvoice()),
                Profile.BASIC,
                ArchiveSamples.document(seller, "x", "credit").pdf(),
                ArchiveSamples.document(seller, "x", "credit").xml(),
                Instant.parse("2026-02-03T08:00:00Z"));

        try (Connection connection = openTransaction(dataSource)) {
            JdbcDocumentArchive archive = JdbcDocumentArchive.of(() -> connection);
            assertThat(archive.find(seller, "FA-2026-00001")).isEmpty();
            assertThat(archive.keep(document)).isSameAs(document);
            assertThat(archive.keep(creditNote)).isSameAs(creditNote);
            assertThat(archive.find(seller, "FA-2026-00001")).contains(document);
            connection.commit();
        }

        try (Connection connection = dataSource.getConnection()) {
            JdbcDocumentArchive archive = JdbcDocumentArchive.of(() -> connection);
            IssuedDocument read = archive.find(seller, "FA-2026-00001").orElseThrow();
            assertThat(read.pdf()).isEqualTo(demo.pdf());
            assertThat(read.xml()).isEqualTo(demo.xml());
            assertThat(read.pdfSha256()).isEqualTo(demo.pdfSha256());
            assertThat(read.renderedAt()).isEqualTo(PdfFixtures.FIXED_TIME);
            assertThat(read).isEqualTo(document);
            IssuedDocument readCreditNote =
                    archive.find(seller, "AV-2026-00001").orElseThrow();
            assertThat(readCreditNote).isEqualTo(creditNote);
            assertThat(readCreditNote.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
            assertThat(readCreditNote.profile()).isEqualTo(Profile.BASIC);
            assertThat(readCreditNote.issueDate()).isEqualTo("2026-02-03");
        }

        // Another document under the same key is not kept: the stored one is returned
        IssuedDocument later = ArchiveSamples.document(seller, "FA-2026-00001", "rendered again");
        try (Connection connection = openTransaction(dataSource)) {
            assertThat(JdbcDocumentArchive.of(() -> connection).keep(later)).isEqualTo(document);
            connection.commit();
        }
        assertThat(rows(dataSource, seller)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fourNodesIssuingTheSameInvoiceAtOnceKeepOneRowAndAllGetIt(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        Invoice invoice = PdfFixtures.demoInvoice();
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<IssuedDocument>> results = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                // Each node's clock differs by a second: their own renderings differ
                RenderOptions options = RenderOptions.of(PdfFixtures.branding())
                        .withClock(Clock.fixed(PdfFixtures.FIXED_TIME.plusSeconds(n), ZoneOffset.UTC));
                results.add(nodes.submit(() -> {
                    go.await();
                    try (Connection connection = openTransaction(dataSource)) {
                        DocumentIssuer issuer = DocumentIssuer.of(
                                ITextInvoiceRenderer.create(),
                                JdbcDocumentArchive.of(() -> connection),
                                Profile.EN_16931);
                        IssuedDocument issued = issuer.issue(seller, invoice, options);
                        connection.commit();
                        return issued;
                    }
                }));
            }
            go.countDown();
            List<IssuedDocument> issued = new ArrayList<>();
            for (Future<IssuedDocument> result : results) {
                issued.add(result.get(120, TimeUnit.SECONDS));
            }

            assertThat(rows(dataSource, seller)).isEqualTo(1);
            IssuedDocument stored;
            try (Connection connection = dataSource.getConnection()) {
                stored = JdbcDocumentArchive.of(() -> connection)
                        .find(seller, "FA-2026-00001")
                        .orElseThrow();
            }
            for (IssuedDocument document : issued) {
                assertThat(document).isEqualTo(stored);
                assertThat(document.pdf()).isEqualTo(stored.pdf());
            }
            assertThat(stored.renderedAt())
                    .isBetween(PdfFixtures.FIXED_TIME, PdfFixtures.FIXED_TIME.plusSeconds(NODES - 1));
        } finally {
            nodes.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRolledBackTransactionLeavesNothing(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        try (Connection connection = openTransaction(dataSource)) {
            JdbcDocumentArchive.of(() -> connection).keep(demoOf(seller));
            connection.rollback();
        }
        assertThat(rows(dataSource, seller)).isZero();

        IssuedDocument other = ArchiveSamples.document(seller, "FA-2026-00001", "kept after the rollback");
        try (Connection connection = openTransaction(dataSource)) {
            assertThat(JdbcDocumentArchive.of(() -> connection).keep(other)).isSameAs(other);
            connection.commit();
        }
        assertThat(rows(dataSource, seller)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRowChangedBySqlIsRefusedOnReadNamingThePart(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        IssuedDocument invoice = demoOf(seller);
        IssuedDocument other = ArchiveSamples.document(seller, "FA-2026-00002", "another invoice");
        try (Connection connection = openTransaction(dataSource)) {
            JdbcDocumentArchive archive = JdbcDocumentArchive.of(() -> connection);
            archive.keep(invoice);
            archive.keep(other);
            connection.commit();
        }
        byte[] pdf = invoice.pdf();
        pdf[pdf.length / 2] ^= 0x01;
        byte[] xml = "<Invoice>another invoice, amount changed</Invoice>".getBytes(StandardCharsets.US_ASCII);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE echeance_issued_document SET pdf = ? WHERE seller_id = ? AND document_number = ?");
                PreparedStatement updateXml = connection.prepareStatement(
                        "UPDATE echeance_issued_document SET xml = ? WHERE seller_id = ? AND document_number = ?")) {
            update.setBytes(1, pdf);
            update.setString(2, seller);
            update.setString(3, "FA-2026-00001");
            assertThat(update.executeUpdate()).isEqualTo(1);
            updateXml.setBytes(1, xml);
            updateXml.setString(2, seller);
            updateXml.setString(3, "FA-2026-00002");
            assertThat(updateXml.executeUpdate()).isEqualTo(1);
        }

        try (Connection connection = openTransaction(dataSource)) {
            JdbcDocumentArchive archive = JdbcDocumentArchive.of(() -> connection);
            assertThatThrownBy(() -> archive.find(seller, "FA-2026-00001"))
                    .isInstanceOfSatisfying(TamperedDocumentException.class, e -> {
                        assertThat(e.sellerId()).isEqualTo(seller);
                        assertThat(e.documentNumber()).isEqualTo("FA-2026-00001");
                        assertThat(e.part()).isEqualTo(IssuedDocument.Part.PDF);
                    })
                    .hasMessageContaining(invoice.pdfSha256());
            assertThatThrownBy(() -> archive.find(seller, "FA-2026-00002"))
                    .isInstanceOfSatisfying(
                            TamperedDocumentException.class,
                            e -> assertThat(e.part()).isEqualTo(IssuedDocument.Part.XML));
            // Issuing again does not hand out the changed bytes either
            DocumentIssuer issuer = DocumentIssuer.of(ITextInvoiceRenderer.create(), archive, Profile.EN_16931);
            assertThatThrownBy(() -> issuer.issue(seller, PdfFixtures.demoInvoice(), PdfFixtures.options()))
                    .isInstanceOf(TamperedDocumentException.class);
            assertThatThrownBy(() -> archive.keep(demoOf(seller))).isInstanceOf(TamperedDocumentException.class);
            connection.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAutoCommitConnectionOrAnOverlongNumberIsRefused(Engine engine) throws Exception {
        DataSource dataSource = DATABASES.dataSource(engine);
        String seller = newSellerId();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            JdbcDocumentArchive archive = JdbcDocumentArchive.of(() -> connection);
            assertThatThrownBy(() -> archive.keep(demoOf(seller)))
                    .isInstanceOf(BillingRunStoreException.class)
                    .hasMessageContaining("auto-commit")
                    .hasMessageContaining("FA-2026-00001");
            assertThatThrownBy(() -> archive.keep(ArchiveSamples.document(seller, "F".repeat(101), "x")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("ECH-PDF-07")
                    .hasMessageContaining("documentNumber");
            // Reading needs no transaction
            assertThat(archive.find(seller, "FA-2026-00001")).isEmpty();
        }
        assertThat(rows(dataSource, seller)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSchemaCanBeCreatedAgainAndShipsPerEngine(Engine engine) throws Exception {
        try (Connection connection = DATABASES.dataSource(engine).getConnection()) {
            JdbcDocumentArchiveSchema.create(connection);
            JdbcDocumentArchiveSchema.create(connection);
        }
        assertThat(JdbcDocumentArchiveSchema.script(engine == Engine.POSTGRESQL ? "PostgreSQL" : "h2"))
                .contains("CREATE TABLE IF NOT EXISTS echeance_issued_document")
                .contains(engine == Engine.POSTGRESQL ? "BYTEA" : "VARBINARY")
                .contains("PRIMARY KEY (seller_id, document_number)");
        assertThatThrownBy(() -> JdbcDocumentArchiveSchema.script("Oracle"))
                .isInstanceOf(BillingRunStoreException.class)
                .hasMessageContaining("Oracle");
    }
}
