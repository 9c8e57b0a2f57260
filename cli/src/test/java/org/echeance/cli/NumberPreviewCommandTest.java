package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.echeance.cli.EcheanceCommandTest.Run;
import org.junit.jupiter.api.Test;

class NumberPreviewCommandTest {

    @Test
    void printsTheNextNumberOfAPattern() {
        Run run = Run.of("number", "preview", "FA-{yyyy}-{seq:5}", "--date", "2026-03-15");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("FA-2026-00001");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsAsManyNumbersAsAskedFromAStart() {
        Run run = Run.of(
                "number",
                "preview",
                "{series}-{yy}{MM}-{seq:3}",
                "--date=2026-12-31",
                "--count",
                "3",
                "--series",
                "AV",
                "--start",
                "998");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("AV-2612-998", "AV-2612-999", "AV-2612-1000");
    }

    @Test
    void theCustomerIsBothTheNumberAndTheNameForInitials() {
        Run run = Run.of(
                "number",
                "preview",
                "{initials}/{customer}-{seq}",
                "--date",
                "2026-03-15",
                "--customer",
                "Boulangerie Martin SAS");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("BM/Boulangerie Martin SAS-1");
    }

    @Test
    void theProductCodeFillsItsToken() {
        Run run = Run.of("number", "preview", "{product}-{seq}", "--date", "2026-03-15", "--product", "WEB");

        assertThat(run.out().lines()).containsExactly("WEB-1");
    }

    @Test
    void aWrongPatternExitsWithOneAndTheReason() {
        Run run = Run.of("number", "preview", "FA-{year}-{seq}", "--date", "2026-03-15");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .containsExactly("echeance: pattern: \"FA-{year}-{seq}\": unknown token {year} at position 4; known"
                        + " tokens are {yyyy} {yy} {MM} {dd} {seq} {seq:N} {series} {customer} {initials} {product}"
                        + " (ECH-NUM-11)");
    }

    @Test
    void aMissingValueExitsWithOne() {
        Run run = Run.of("number", "preview", "{customer}-{seq}", "--date", "2026-03-15");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("echeance: customerNumber: pattern \"{customer}-{seq}\" needs a value for {customer}")
                .doesNotContain("\tat ");
    }

    @Test
    void theEInvoiceRulesAreCheckedWhenAsked() {
        Run run = Run.of("number", "preview", "Facture {customer}-{seq}", "--date", "2026-03-15", "--e-invoice");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("(ECH-NUM-17)").contains("' ' at position 8");
        assertThat(Run.of("number", "preview", "FA-{yyyy}-{seq:5}", "--date", "2026-03-15", "--e-invoice")
                        .exitCode())
                .isZero();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Run.of("number", "preview", "FA-{seq}").exitCode()).isEqualTo(2);
        assertThat(Run.of("number", "preview", "--date", "2026-03-15").exitCode())
                .isEqualTo(2);
        assertThat(Run.of("number").exitCode()).isEqualTo(2);

        Run badDate = Run.of("number", "preview", "FA-{seq}", "--date", "15/03/2026");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'15/03/2026' is not a date, expected YYYY-MM-DD");

        Run tooMany = Run.of("number", "preview", "FA-{seq}", "--date", "2026-03-15", "--count", "1001");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).startsWith("--count: 1001 is outside 1 to 1000");
        assertThat(Run.of("number", "preview", "FA-{seq}", "--date", "2026-03-15", "--count", "0")
                        .exitCode())
                .isEqualTo(2);
        assertThat(Run.of("number", "preview", "FA-{seq}", "--date", "2026-03-15", "--start", "0")
                        .exitCode())
                .isEqualTo(2);
        assertThat(Run.of("number", "preview", "FA-{seq}", "--date", "2026-03-15", "--series", " ")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void theHelpListsTheTokens() {
        Run run = Run.of("number", "preview", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("{seq:N}").contains("--customer=NAME").contains("--e-invoice");
    }
}
