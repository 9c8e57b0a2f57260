package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EcheanceCommandTest {

    /** Runs the tool and keeps what it printed. */
    record Run(int exitCode, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode = EcheanceCommand.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(exitCode, out.toString(), err.toString());
        }
    }

    @Test
    void printsItsVersion() {
        Run run = Run.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("0.1.0-SNAPSHOT");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsHelpOnRequest() {
        Run run = Run.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: echeance").contains("id");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void refusesToRunWithoutASubcommand() {
        Run run = Run.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Missing required subcommand").contains("Usage: echeance");
    }

    @Test
    void refusesAnUnknownSubcommand() {
        Run run = Run.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate").contains("Usage: echeance").doesNotContain("\tat ");
    }
}
