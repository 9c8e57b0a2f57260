package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.echeance.cli.EcheanceCommandTest.Run;
import org.junit.jupiter.api.Test;

class RruleExpandCommandTest {

    /** Runs the tool with the given standard input. */
    private static Run withInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = EcheanceCommand.run(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err),
                args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsOneIsoDatePerLineInRfcModeByDefault() {
        Run run = Run.of("rrule", "expand", "--start", "2025-01-31", "--rule", "FREQ=MONTHLY", "--count", "4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("2025-01-31", "2025-03-31", "2025-05-31", "2025-07-31");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void clampsToTheMonthEndInBillingMode() {
        Run run = Run.of(
                "rrule",
                "expand",
                "--start",
                "2025-01-31",
                "--rule",
                "FREQ=MONTHLY",
                "--count",
                "12",
                "--mode",
                "billing");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "2025-01-31",
                        "2025-02-28",
                        "2025-03-31",
                        "2025-04-30",
                        "2025-05-31",
                        "2025-06-30",
                        "2025-07-31",
                        "2025-08-31",
                        "2025-09-30",
                        "2025-10-31",
                        "2025-11-30",
                        "2025-12-31");
        assertThat(Run.of(
                                "rrule",
                                "expand",
                                "--start",
                                "2025-01-31",
                                "--rule",
                                "FREQ=MONTHLY",
                                "--count",
                                "2",
                                "--mode=RFC")
                        .out()
                        .lines())
                .containsExactly("2025-01-31", "2025-03-31");
    }

    @Test
    void printsEveryDateOfAFiniteRuleWithoutACount() {
        Run run = Run.of("rrule", "expand", "--start", "2025-01-01", "--rule", "RRULE:FREQ=WEEKLY;UNTIL=20250122");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("2025-01-01", "2025-01-08", "2025-01-15", "2025-01-22");
    }

    @Test
    void capsAFiniteRuleAtTenThousandDatesAndAtTheCountAsked() {
        Run all = Run.of("rrule", "expand", "--start", "2000-01-01", "--rule", "FREQ=DAILY;COUNT=20000");
        Run three =
                Run.of("rrule", "expand", "--start", "2000-01-01", "--rule", "FREQ=DAILY;COUNT=20000", "--count", "3");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out().lines()).hasSize(10_000).startsWith("2000-01-01").endsWith("2027-05-18");
        assertThat(three.out().lines()).containsExactly("2000-01-01", "2000-01-02", "2000-01-03");
    }

    @Test
    void refusesAnInvalidRuleWithTheReasonOnStandardError() {
        Run run = Run.of(
                "rrule", "expand", "--start", "2025-01-31", "--rule", "FREQ=MONTHLY;BYMONTHDAY=32", "--count", "3");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .containsExactly("echeance: rrule.BYMONTHDAY: BYMONTHDAY=32 is out of range: a day of the month is"
                        + " 1..31 or -31..-1 (ECH-RRULE-06)");
    }

    @Test
    void refusesCountWithUntilNamingBothParts() {
        Run run = Run.of("rrule", "expand", "--start", "2025-01-01", "--rule", "FREQ=DAILY;COUNT=3;UNTIL=20250301");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("echeance: rrule.COUNT: COUNT=3 and UNTIL=20250301 exclude each other")
                .doesNotContain("\tat ");
    }

    @Test
    void requiresACountForARuleThatNeverEnds() {
        Run run = Run.of("rrule", "expand", "--start", "2025-01-31", "--rule", "FREQ=MONTHLY");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--count is required: FREQ=MONTHLY has no COUNT or UNTIL");
    }

    @Test
    void treatsBadOptionsAsUsageErrors() {
        assertThat(Run.of("rrule", "expand", "--rule", "FREQ=DAILY", "--count", "2")
                        .exitCode())
                .isEqualTo(2);
        assertThat(Run.of("rrule", "expand", "--start", "2025-01-01", "--count", "2")
                        .exitCode())
                .isEqualTo(2);
        assertThat(Run.of("rrule", "expand", "--start", "2025-02-30", "--rule", "FREQ=DAILY", "--count", "2")
                        .err())
                .contains("'2025-02-30' is not a date");
        assertThat(Run.of("rrule", "expand", "--start", "2025-01-01", "--rule", "FREQ=DAILY", "--count", "0")
                        .exitCode())
                .isEqualTo(2);
        Run badMode = Run.of(
                "rrule", "expand", "--start", "2025-01-01", "--rule", "FREQ=DAILY", "--count", "2", "--mode", "strict");
        assertThat(badMode.exitCode()).isEqualTo(2);
        assertThat(badMode.err()).contains("'strict' is not a mode, expected rfc or billing");
        assertThat(Run.of("rrule", "expand", "--batch", "--mode", "billing").exitCode())
                .isEqualTo(2);
        assertThat(Run.of("rrule").exitCode()).isEqualTo(2);
        assertThat(Run.of("rrule").err()).startsWith("Missing required subcommand");
    }

    @Test
    void expandsEveryLineOfABatch() {
        Run run = withInput(
                "2025-01-31\tFREQ=MONTHLY\t3\n"
                        + "2024-02-29\tRRULE:FREQ=YEARLY;COUNT=2\t10\r\n"
                        + "1997-09-05\tFREQ=MONTHLY;COUNT=10;BYDAY=1FR\t4\n",
                "rrule",
                "expand",
                "--batch");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "1\t2025-01-31,2025-03-31,2025-05-31",
                        "2\t2024-02-29,2028-02-29",
                        "3\t1997-09-05,1997-10-03,1997-11-07,1997-12-05");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsABadBatchLineAndGoesOn() {
        Run run = withInput(
                "2025-01-31\tFREQ=MONTHLY;BYMONTHDAY=32\t3\n"
                        + "2025-01-01\tFREQ=DAILY\t2\n"
                        + "2025-01-01\tFREQ=DAILY;COUNT=3;UNTIL=20250301\t2\n"
                        + "not-a-date\tFREQ=DAILY\t2\n"
                        + "2025-01-01\tFREQ=DAILY\tmany\n"
                        + "2025-01-01 FREQ=DAILY 2\n"
                        + "\n"
                        + "2025-01-01\tFREQ=DAILY;UNTIL=20241231\t5\n",
                "rrule",
                "expand",
                "--batch");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        "1\tERROR rrule.BYMONTHDAY: BYMONTHDAY=32 is out of range: a day of the month is 1..31 or"
                                + " -31..-1 (ECH-RRULE-06)",
                        "2\t2025-01-01,2025-01-02",
                        "3\tERROR rrule.COUNT: COUNT=3 and UNTIL=20250301 exclude each other: a rule ends either"
                                + " after a count or on a date (ECH-RRULE-07)",
                        "4\tERROR 'not-a-date' is not a date from 0001-01-01 to 9999-12-31, expected YYYY-MM-DD",
                        "5\tERROR N: 'many' is not a whole number from 0 to 10000",
                        "6\tERROR expected START<TAB>RULE<TAB>N, found 1 field",
                        "7\tERROR expected START<TAB>RULE<TAB>N, found 1 field",
                        "8\t");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesNothingForAnEmptyBatch() {
        Run run = withInput("", "rrule", "expand", "--batch");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void printsJsonThroughTheEcheanceModule() {
        Run run = Run.of(
                "rrule",
                "expand",
                "--start",
                "2025-01-31",
                "--rule",
                "FREQ=MONTHLY;BYMONTHDAY=-1",
                "--count",
                "3",
                "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly("{\"rule\":\"FREQ=MONTHLY;BYMONTHDAY=-1\",\"start\":\"2025-01-31\",\"mode\":\"rfc\","
                        + "\"dates\":[\"2025-01-31\",\"2025-02-28\",\"2025-03-31\"]}");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsOneJsonDocumentPerBatchLine() {
        Run run = withInput(
                "2025-01-31\tFREQ=MONTHLY\t2\n2025-01-31\tFREQ=HOURLY\t1\n", "rrule", "expand", "--batch", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out().lines().findFirst().orElseThrow())
                .isEqualTo("{\"line\":1,\"rule\":\"FREQ=MONTHLY\",\"start\":\"2025-01-31\",\"mode\":\"rfc\","
                        + "\"dates\":[\"2025-01-31\",\"2025-03-31\"]}");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("{\"line\":2,\"error\":\"");
    }

    @Test
    void listsTheRruleCommandInTheHelp() {
        assertThat(Run.of("--help").out()).contains("rrule");
        assertThat(Run.of("rrule", "expand", "--help").out())
                .contains("--batch")
                .contains("--mode");
    }
}
