package org.echeance.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.numbering.CounterScope;
import org.echeance.numbering.JdbcSchema;
import org.echeance.numbering.JdbcSequenceStore;
import org.echeance.numbering.PatternNumbering;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Issues the demo's documents with gap-free numbers, {@code FA-{yyyy}-{seq:5}} for invoices and {@code
 * AV-{yyyy}-{seq:5}} for credit notes, from counters in an H2 file database the demo creates in its output
 * folder. Each document is numbered inside the transaction that would also store it, so a failure rolls the
 * number back.
 */
public final class DemoNumbering implements AutoCloseable {
    private final Connection connection;
    private final PatternNumbering numbering;

    private DemoNumbering(Connection connection) {
        this.connection = connection;
        this.numbering = PatternNumbering.builder(JdbcSequenceStore.of(() -> connection))
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .series(DocumentType.CREDIT_NOTE, "AV", "AV-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();
    }

    /**
     * Creates a fresh numbering database in a folder (an earlier one is replaced, so the demo always starts at 1).
     *
     * @param folder the output folder
     * @return the numbering, to be closed
     */
    public static DemoNumbering createIn(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve("numbering.mv.db"));
            Files.deleteIfExists(folder.resolve("numbering.trace.db"));
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("numbering"));
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            JdbcSchema.create(connection);
            connection.commit();
            return new DemoNumbering(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the numbering database in " + folder, e);
        }
    }

    /**
     * Issues a draft for a customer in one transaction: number taken, document "stored", commit.
     *
     * @param draft the draft
     * @param issueDate the issue date
     * @param customer the customer
     * @return the issued document
     */
    public Invoice issue(Invoice draft, LocalDate issueDate, Customer customer) {
        return inTransaction(() -> draft.issue(numbering, issueDate, customer));
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            try {
                T result = work.get();
                // the application would insert the document here, in the same transaction
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("numbering transaction failed", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the numbering database", e);
        }
    }
}
