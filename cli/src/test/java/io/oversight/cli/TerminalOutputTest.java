package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person at a terminal, or a CI log, gets: wrapped lines, colour as the environment asks, less when asked, clear errors. */
class TerminalOutputTest {

    private static final String AS_OF = "2026-11-25";
    private static final String KIRO = Cli.sample("kiro-incident.yaml").toString();
    private static final int CONTROLS = CatalogLoader.builtIn().controls().size();
    private static final String SUMMARY = "FAIL  4 critical, 10 high, 9 medium, 1 low · 0 waived · " + CONTROLS + " of " + CONTROLS
            + " controls evaluated (19 with nothing to check) · fails on high or above";

    private static List<String> lines(Cli cli) {
        return cli.out().lines().toList();
    }

    @Test
    void textIsWrappedAt80ColumnsWithContinuationLinesIndented() {
        Cli cli = Cli.run("check", KIRO, "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(lines(cli)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(cli.out()).contains("  CRITICAL HO-02  Two-person rule for destructive actions in critical\n           environments\n"
                + "           ../samples/kiro-incident.yaml:131  'infra-assistant' can take\n");
        assertThat(cli.out()).endsWith("\nFAIL  4 critical, 10 high, 9 medium, 1 low · 0 waived · " + CONTROLS + " of " + CONTROLS
                + " controls\n      evaluated (19 with nothing to check) · fails on high or above\n");
        // A count and its word stay together: "1 met, 1 gap, ...", never "1\n gap".
        assertThat(cli.out()).contains("  EU AI Act                                      0% met   33% assessed  1 gap,\n"
                + "                                        1 undetermined, 1 needs attestation,\n"
                + "                                        22 upcoming, 4 not applicable\n");
        // US names no state: the states' laws are judged, what would bind today undetermined.
        assertThat(cli.out()).contains("  Colorado SB 26-189 (automated decisions)      n/a met   n/a assessed\n"
                + "                                        5 not applicable\n");
        // "not applicable" stays together (new-user walk-through: "not" had ended a line), in a file that lists EU alone.
        assertThat(Cli.run("check", Cli.sample("iam-readonly.yaml").toString(), "--as-of", AS_OF).out())
                .contains("  Colorado SB 26-189 (automated decisions)      n/a met   n/a assessed\n"
                + "                                        not applicable: applies only in US-CO\n");
    }

    @Test
    void theLinesOfARunOfSeveralDeploymentsAreWrappedToo() {
        Cli two = Cli.run("check", KIRO, Cli.sample("kiro-remediated.yaml").toString(), "--as-of", AS_OF, "-q");
        List<String> lines = lines(two);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        int combined = lines.indexOf(lines.stream().filter(l -> l.startsWith("2 deployments: 1 fail, 1 pass · open findings: ")).findFirst()
                .orElseThrow());
        assertThat(lines.get(combined) + lines.get(combined + 1).replaceFirst("^  ", " "))
                .isEqualTo("2 deployments: 1 fail, 1 pass · open findings: 4 critical, 10 high, 9 medium, 1 low");
    }

    @Test
    void columnsSetsTheWidthWhenItIsANumber() {
        List<String> wide = lines(Cli.runIn(Map.of("COLUMNS", "120"), "check", KIRO, "--as-of", AS_OF));
        assertThat(wide).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(wide).anySatisfy(line -> assertThat(line.length()).isGreaterThan(100));
        assertThat(Cli.runIn(Map.of("COLUMNS", "wide"), "check", KIRO, "--as-of", AS_OF).out())
                .isEqualTo(Cli.run("check", KIRO, "--as-of", AS_OF).out());
    }

    @Test
    void filesAreNeverWrapped(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("kiro.txt");
        assertThat(Cli.run("check", KIRO, "--as-of", AS_OF, "-o", text.toString()).exitCode()).isEqualTo(1);
        assertThat(Files.readString(text)).isEqualTo(Cli.runIn(Cli.WIDE, "check", KIRO, "--as-of", AS_OF).out());
    }

    @Test
    void colourFollowsNoColorForceColorAndTheFlag() {
        assertThat(Cli.run("check", KIRO, "--as-of", AS_OF).out()).as("not a terminal").doesNotContain("\u001b[");
        assertThat(Cli.runIn(Map.of("FORCE_COLOR", "1"), "check", KIRO, "--as-of", AS_OF).out()).contains("\u001b[1m\u001b[31mFAIL\u001b[0m");
        assertThat(Cli.runIn(Map.of("FORCE_COLOR", "0"), "check", KIRO, "--as-of", AS_OF).out()).doesNotContain("\u001b[");
        assertThat(Cli.runIn(Map.of("FORCE_COLOR", "1", "NO_COLOR", ""), "check", KIRO, "--as-of", AS_OF).out())
                .as("an empty NO_COLOR is unset").contains("\u001b[");
        assertThat(Cli.runIn(Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"), "check", KIRO, "--as-of", AS_OF).out()).doesNotContain("\u001b[");
        assertThat(Cli.runIn(Map.of("FORCE_COLOR", "1"), "check", KIRO, "--as-of", AS_OF, "--no-color").out()).doesNotContain("\u001b[");
    }

    @Test
    void onATerminalColourIsOnUnlessNoColorOrADumbTerminalSaysOtherwise() {
        assertThat(new Terminal(Map.of(), true).color(false)).isTrue();
        assertThat(new Terminal(Map.of("NO_COLOR", ""), true).color(false)).isTrue();
        assertThat(new Terminal(Map.of("NO_COLOR", "yes"), true).color(false)).isFalse();
        assertThat(new Terminal(Map.of("TERM", "dumb"), true).color(false)).isFalse();
        assertThat(new Terminal(Map.of("TERM", "dumb", "FORCE_COLOR", "true"), true).color(false)).isTrue();
        assertThat(new Terminal(Map.of(), true).color(true)).isFalse();
        assertThat(new Terminal(Map.of(), false).color(false)).isFalse();
        assertThat(new Terminal(Map.of("COLUMNS", "12"), false).width()).isEqualTo(Terminal.MIN_WIDTH);
        assertThat(new Terminal(Map.of("COLUMNS", " 132 "), false).width()).isEqualTo(132);
    }

    @Test
    void quietPrintsOnlyTheSummaryAndKeepsTheExitCode() {
        Cli cli = Cli.runIn(Cli.WIDE, "check", KIRO, "--as-of", AS_OF, "--quiet");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEqualTo(SUMMARY + "\n");
        assertThat(Cli.runIn(Cli.WIDE, "check", KIRO, "--as-of", AS_OF, "-q", "--fail-on", "critical").exitCode()).isEqualTo(1);
    }

    @Test
    void minSeverityHidesLowerFindingsButNotFromTheSummaryOrTheExitCode() {
        Cli cli = Cli.runIn(Cli.WIDE, "check", KIRO, "--as-of", AS_OF, "--min-severity", "critical", "--fail-on", "low");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(lines(cli).stream().filter(l -> l.matches("  [A-Z]+ +[A-Z]{2}-\\d\\d  .*")))
                .hasSize(4).allSatisfy(l -> assertThat(l).startsWith("  CRITICAL "));
        assertThat(cli.out()).contains("\n20 findings below critical not shown; the summary counts every finding\n").endsWith(SUMMARY.replace(
                "fails on high", "fails on low") + "\n");
        assertThat(Cli.run("check", KIRO, "--min-severity", "severe").err()).contains("--min-severity").contains("severe");
    }

    @Test
    void anImpossibleAsOfDateIsNamedWithoutAJavaException() {
        Cli cli = Cli.run("check", KIRO, "--as-of", "2026-13-01");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: Invalid value for option '--as-of': '2026-13-01' is not a date (YYYY-MM-DD):"
                + " month 13 is out of range (01 to 12)\nTry 'oversight check --help' for usage.\n");
        assertThat(Cli.run("check", KIRO, "--as-of", "2026-02-29").err()).contains("'2026-02-29' is not a date (YYYY-MM-DD): February 2026 has 28 days");
        assertThat(Cli.run("check", KIRO, "--as-of", "9999-12-31").err()).contains("'9999-12-31' is not a date (YYYY-MM-DD): the year must be"
                + " from 1900 to 9899, so that the dates the report counts from it (remediation targets, waiver terms) have four-digit years");
        assertThat(Cli.run("check", KIRO, "--as-of", "2028-02-29", "-q").exitCode()).as("a leap day").isEqualTo(1);
        assertThat(Cli.run("check", KIRO, "--as-of", "1/12/2026").err())
                .contains("'1/12/2026' is not a date (YYYY-MM-DD): expected a four-digit year, a two-digit month and a two-digit day")
                .doesNotContain("Exception");
    }

    @Test
    void helpAndHelpCommandWork() {
        Cli help = Cli.run("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: oversight ").contains("Exit codes:").contains("  help ");
        Cli helpCheck = Cli.run("help", "check");
        assertThat(helpCheck.exitCode()).isZero();
        assertThat(helpCheck.out()).isEqualTo(Cli.run("check", "--help").out()).startsWith("Usage: oversight check")
                .contains("--min-severity=SEVERITY").contains("-q, --quiet").contains("Exit codes:\n  0   no unwaived finding at or above --fail-on\n");
        assertThat(Cli.run("help", "nonsense").exitCode()).isEqualTo(2);
    }

    @Test
    void theGithubFormatAnnotatesAndAppendsTheMarkdownReportToTheJobSummary(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "written by an earlier step\n");
        Cli cli = Cli.runIn(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "check", KIRO, Cli.sample("kiro-remediated.yaml").toString(),
                "--format", "github", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(lines(cli).stream().filter(l -> l.startsWith("::error file=../samples/kiro-incident.yaml,line="))).hasSize(14);
        assertThat(lines(cli)).contains("oversight: PASS  ../samples/kiro-remediated.yaml  0 critical, 0 high, 0 medium, 0 low · 0 waived"
                + " · fails on high or above");
        String markdown = Files.readString(summary);
        assertThat(markdown).as("the run's verdict first, then each deployment's").startsWith("written by an earlier step\n### Oversight: 2"
                + " deployments: 1 fail, 1 pass · open findings: 4 critical, 10 high, 9 medium, 1 low\n\n<!-- oversight-report -->\n"
                + "### Oversight: FAIL");
        assertThat(markdown.split("### Oversight: ", -1)).hasSize(4);
        Path unended = dir.resolve("unended.md");
        Files.writeString(unended, "an earlier step's last line, unended");
        Cli.runIn(Map.of("GITHUB_STEP_SUMMARY", unended.toString()), "check", KIRO, "--format", "github", "--as-of", AS_OF);
        assertThat(Files.readString(unended)).startsWith("an earlier step's last line, unended\n<!-- oversight-report -->\n");
        // A single file that is invalid is said there too (the change review: it had left the summary empty).
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "apiVersion: oversight/v1\nkind: AgentDeployment\nagents: [\n");
        Path invalid = dir.resolve("invalid.md");
        Cli brokenRun = Cli.runIn(Map.of("GITHUB_STEP_SUMMARY", invalid.toString()), "check", broken.toString(), "--format", "github");
        assertThat(brokenRun.exitCode()).isEqualTo(2);
        assertThat(Files.readString(invalid)).startsWith("<!-- oversight-report -->\n### Oversight: INVALID\n\n**INVALID**: `" + broken
                + "` was not checked, so no control was judged met or failed, for the problem below:\n\n- `" + broken + ":4:1`: not valid YAML");
        Path untouched = dir.resolve("untouched.md");
        Cli.runIn(Map.of("GITHUB_STEP_SUMMARY", untouched.toString()), "check", KIRO, "--as-of", AS_OF);
        assertThat(untouched).doesNotExist();
        // Never appended to a file the check reads: the deployment had been left with a report at its end.
        Path deployment = Files.copy(Cli.sample("kiro-incident.yaml"), dir.resolve("agents.yaml"));
        Cli onInput = Cli.runIn(Map.of("GITHUB_STEP_SUMMARY", deployment.toString()), "check", deployment.toString(), "--format", "github");
        assertThat(onInput.exitCode()).isEqualTo(2);
        assertThat(onInput.err()).isEqualTo("oversight: GITHUB_STEP_SUMMARY " + deployment + " is the deployment " + deployment
                + ", an input of this check; write the report elsewhere\n");
        assertThat(deployment).hasSameTextualContentAs(Cli.sample("kiro-incident.yaml"));
        // A pipe, which cannot be taken back, is appended to as before (the change review: an append made whole had refused it).
        Path pipe = dir.resolve("summary.pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli toPipe = Cli.runIn(Map.of("GITHUB_STEP_SUMMARY", pipe.toString()), "check", KIRO, "--format", "github", "--as-of", AS_OF);
        assertThat(toPipe.exitCode()).isEqualTo(1);
        assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).startsWith("<!-- oversight-report -->\n### Oversight: FAIL");
    }
}
