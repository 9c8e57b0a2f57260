package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the PostgreSQL numbering example on a real PostgreSQL, started from a jar. */
class NumberingOnPostgresTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aRolledBackInvoiceGivesItsNumberBackAndMainContinuesTheSeries() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertThat(NumberingOnPostgres.run(connection, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                    .containsExactly("FA-2026-00001", "FA-2026-00002");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Numbering on PostgreSQL")
                .contains("  FA-2026-00001  committed\n  FA-2026-00002  rolled back: the number is given back\n"
                        + "  FA-2026-00002  committed\n");

        String main = ExamplesTest.printed(
                NumberingOnPostgres::main, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");

        assertThat(main)
                .contains("  FA-2026-00003  committed\n  FA-2026-00004  rolled back: the number is given back\n"
                        + "  FA-2026-00004  committed\n");
    }
}
