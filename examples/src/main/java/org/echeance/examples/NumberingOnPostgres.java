package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.numbering.CounterScope;
import org.echeance.numbering.JdbcSchema;
import org.echeance.numbering.JdbcSequenceStore;
import org.echeance.numbering.PatternNumbering;

/**
 * Use case: gap-free invoice numbers on PostgreSQL. Each number is taken inside the transaction that stores the
 * invoice: a transaction rolled back gives its number back, so the next invoice takes it and the series has no
 * hole. Run it on any PostgreSQL database: {@code java -cp echeance-demo.jar
 * org.echeance.examples.NumberingOnPostgres jdbc:postgresql://localhost/billing user password}.
 */
public final class NumberingOnPostgres {
    private NumberingOnPostgres() {}

    /**
     * Connects to a database and issues three invoices, the second rolled back.
     *
     * @param args the JDBC URL, then the user and password if the database needs them
     * @throws SQLException if the database cannot be reached
     */
    public static void main(String[] args) throws SQLException {
        ExampleLogging.quiet();
        if (args.length < 1) {
            System.err.println("usage: NumberingOnPostgres JDBC_URL [USER PASSWORD]");
            System.exit(2);
        }
        try (Connection connection = args.length >= 3
                ? DriverManager.getConnection(args[0], args[1], args[2])
                : DriverManager.getConnection(args[0])) {
            run(connection, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        }
    }

    /**
     * Creates the numbering tables if missing, then issues three invoices in three transactions, rolling the second
     * back as if storing it had failed.
     *
     * @param connection the connection; auto-commit is turned off
     * @param out where to print
     * @return the numbers of the two invoices committed
     * @throws SQLException if the database fails
     */
    public static List<String> run(Connection connection, PrintStream out) throws SQLException {
        connection.setAutoCommit(false);
        JdbcSchema.create(connection);
        connection.commit();
        PatternNumbering numbering = PatternNumbering.builder(JdbcSequenceStore.of(() -> connection))
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();
        out.println("Numbering on " + connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion());
        Customer customer = DemoCompany.customer();
        List<String> committed = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 1; i <= 3; i++) {
            Invoice invoice = DemoCompany.draft(customer).build().issue(numbering, day, customer);
            String number = invoice.number().orElseThrow();
            // the application inserts the invoice here, in the same transaction
            if (i == 2) {
                connection.rollback();
                out.println("  " + number + "  rolled back: the number is given back");
            } else {
                connection.commit();
                committed.add(number);
                out.println("  " + number + "  committed");
            }
        }
        return committed;
    }
}
