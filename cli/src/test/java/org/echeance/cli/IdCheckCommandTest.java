package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.echeance.cli.EcheanceCommandTest.Run;
import org.junit.jupiter.api.Test;

class IdCheckCommandTest {

    @Test
    void printsOneLinePerValidValue() {
        Run run = Run.of(
                "id",
                "check",
                "FR14 2004 1010 0505 0001 3M02 606",
                "bnpafrppxxx",
                "fr40303265045",
                "552 100 554",
                "73282932000074",
                "Jean.Dupont@Example.FR",
                "01 42 68 53 00");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "FR14 2004 1010 0505 0001 3M02 606\tiban\tvalid\tFR1420041010050500013M02606",
                        "bnpafrppxxx\tbic\tvalid\tBNPAFRPPXXX",
                        "fr40303265045\tvat\tvalid\tFR40303265045",
                        "552 100 554\tsiren\tvalid\t552100554",
                        "73282932000074\tsiret\tvalid\t73282932000074",
                        "Jean.Dupont@Example.FR\temail\tvalid\tJean.Dupont@example.fr",
                        "01 42 68 53 00\tphone\tvalid\t+33142685300");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheReasonAndRuleOfInvalidValues() {
        Run run = Run.of("id", "check", "FR1420041010050500013M02607", "GR094014250", "DEUTDEFF", "hello");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        "FR1420041010050500013M02607\tiban\tinvalid\tcheck digits do not match (ISO 13616 mod-97)",
                        "GR094014250\tvat\tinvalid\tGreek VAT numbers take the prefix EL, not GR (BR-CO-09)",
                        "DEUTDEFF\tbic\tvalid\tDEUTDEFF",
                        "hello\tunknown\tinvalid\tnot a recognised identifier");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checksAsTheTypeItIsTold() {
        Run run = Run.of("id", "check", "--type", "SIRET", "552100554", "73282932000074");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        "552100554\tsiret\tinvalid\thas 9 digits instead of 14 (SIRET format)",
                        "73282932000074\tsiret\tvalid\t73282932000074");
    }

    @Test
    void readsEveryTypeName() {
        assertThat(Run.of("id", "check", "--type", "iban", "DE89370400440532013000")
                        .exitCode())
                .isZero();
        assertThat(Run.of("id", "check", "--type", "bic", "DEUTDEFF").exitCode())
                .isZero();
        assertThat(Run.of("id", "check", "--type", "Vat", "DE136695976").exitCode())
                .isZero();
        assertThat(Run.of("id", "check", "--type", "siren", "552100554").exitCode())
                .isZero();
        assertThat(Run.of("id", "check", "--type", "siret", "73282932000074").exitCode())
                .isZero();
        assertThat(Run.of("id", "check", "--type", "email", "a@example.fr").exitCode())
                .isZero();
        assertThat(Run.of("id", "check", "--type=phone", "+33142685300").exitCode())
                .isZero();
    }

    @Test
    void forcingATypeOverridesRecognition() {
        Run run = Run.of("id", "check", "--type", "email", "552100554");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly("552100554\temail\tinvalid\thas 0 @ signs instead of 1 (RFC 5322)");
    }

    @Test
    void keepsEachValueOnOneLine() {
        Run run = Run.of("id", "check", "a\tb\nc");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly("a\\tb\\nc\tunknown\tinvalid\tnot a recognised identifier");
    }

    @Test
    void refusesAMissingValue() {
        Run run = Run.of("id", "check");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Missing required parameter: 'VALUE'").contains("Usage: echeance id check");
    }

    @Test
    void refusesAnUnknownType() {
        Run run = Run.of("id", "check", "--type", "isbn", "9782070612758");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("Invalid value for option '--type': 'isbn' is not a type, expected one of iban, bic, vat,"
                        + " siren, siret, email, phone")
                .contains("Usage: echeance id check");
    }

    @Test
    void refusesAnUnknownOption() {
        Run run = Run.of("id", "check", "--strict", "DEUTDEFF");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Unknown option: '--strict'").contains("Usage: echeance id check");
    }

    @Test
    void refusesToRunIdWithoutASubcommand() {
        Run run = Run.of("id");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required subcommand").contains("Usage: echeance id");
    }

    @Test
    void explainsItselfWithTheTypeNames() {
        Run run = Run.of("id", "check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: echeance id check")
                .contains("iban, bic, vat, siren, siret, email, phone")
                .contains("Exit codes:");
    }
}
