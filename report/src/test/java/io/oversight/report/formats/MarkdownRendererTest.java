package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.SampleAssessments;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pull-request comment: verdict and counts first, the worst findings next, always under the size limit. */
class MarkdownRendererTest {

    private static final int LIMIT = 60_000;
    private static final Pattern CUT = Pattern.compile("… and (\\d+) more findings?; see the full report\\.");

    static List<String> samples() {
        return SampleAssessments.ALL;
    }

    @Test
    void theVerdictAndCountsComeFirst() {
        Assessment kiro = SampleAssessments.assess("kiro-incident.yaml");
        String md = Rendered.text("markdown", kiro);
        Rendered.keep("markdown", kiro, "kiro-incident.yaml");
        long blocking = kiro.openFindings().stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
        assertThat(md).contains("### Oversight: FAIL", "**FAIL**: " + blocking + " open findings at high or above.");
        assertThat(md.indexOf("| Severity | Open |")).isLessThan(md.indexOf("#### Findings"));
        kiro.openBySeverity().forEach((severity, count) -> {
            String word = severity.label().substring(0, 1).toUpperCase(Locale.ROOT) + severity.label().substring(1);
            assertThat(md).contains("| " + word + " | " + count + " |");
        });
        assertThat(md).contains("| Waived | 0 |", "`../samples/kiro-incident.yaml`", "as of 2026-11-25");
    }

    @Test
    void aPassingDeploymentSaysPass() {
        String md = Rendered.text("markdown", SampleAssessments.assess("kiro-remediated.yaml"));
        assertThat(md).contains("### Oversight: PASS", "**PASS**: no open finding at high or above.", "No findings.")
                .doesNotContain("FAIL");
    }

    /**
     * What the text and JSON say was not judged, the comment says too (cross-format red team: a PASS there had no caveat), and a
     * FAIL on findings that are gaps of no clause binding today says so, as the text's verdict line does.
     */
    @Test
    void whatWasNotJudgedAndAFailOnGoodPracticeAreSaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String yaml = java.nio.file.Files.readString(SampleAssessments.path("kiro-remediated.yaml"));
        String agent = "  - id: infra-assistant\n";
        String helper = "  - id: helper\n    owner: ingrid-halvorsen\n    autonomy: supervised\n    riskTier: minimal\n    useCases: [candidate-ranking]\n"
                + "    permissions: []\n";
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("helper.yaml"), yaml.replace(agent, helper + agent));
        Assessment a = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(file).asOf(SampleAssessments.AS_OF)).assessment();
        assertThat(Rendered.text("markdown", a)).contains("**Not judged**: 1 agent with no permissions (helper): no permission control had"
                + " anything of theirs to examine. 1 use case Oversight does not know (helper: candidate-ranking): no rule reads it, so a high-risk area"
                + " it names is not seen. The JSON report lists them all.");
        assertThat(Rendered.text("markdown", SampleAssessments.assess("kiro-remediated.yaml"))).doesNotContain("Not judged");
        // In Colorado, whose law binds from 2027: the run scoped to it fails on findings that are no gap of a clause in force yet.
        java.nio.file.Path colorado = java.nio.file.Files.writeString(dir.resolve("colorado.yaml"),
                java.nio.file.Files.readString(SampleAssessments.path("platform-team.yaml")).replace("    - EU\n", "    - EU\n    - US-CO\n"));
        Assessment scoped = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(colorado).asOf(SampleAssessments.AS_OF)
                .framework("colorado-sb-26-189")).assessment();
        assertThat(Rendered.text("markdown", scoped)).contains("**FAIL**: 3 open findings at high or above among the controls of Colorado SB"
                + " 26-189 (automated decisions). None of the findings it fails on is a gap in a clause of Colorado SB 26-189 (automated"
                + " decisions) that binds the deployment today (see the coverage).");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFindingIsListedMostSevereFirstWithItsLocationAndFix(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        String md = Rendered.text("markdown", a);
        assertThat(CUT.matcher(md).find()).isFalse();
        List<String> entries = entries(md);
        assertThat(entries).hasSize(a.findings().size());
        List<String> tags = entries.stream().map(e -> e.substring("- **".length(), e.indexOf("**", "- **".length()))).toList();
        List<String> order = Arrays.stream(Severity.values()).map(s -> s.label().toUpperCase(Locale.ROOT)).toList();
        List<Integer> ranks = tags.stream().map(t -> t.equals("WAIVED") ? order.size() : order.indexOf(t)).toList();
        assertThat(ranks).isSorted();
        for (Finding f : a.findings()) {
            assertThat(md).contains("`" + f.primaryEvidence().file() + ":" + f.primaryEvidence().line() + "`");
            if (!f.waived()) {
                assertThat(md).contains("**" + f.control() + "**");
            }
        }
    }

    @Test
    void openFindingsCarryTheirFixAndWaivedOnesTheirWaiver() {
        Assessment platform = SampleAssessments.assess("platform-team.yaml");
        String md = Rendered.text("markdown", platform);
        Finding waived = platform.findings().stream().filter(Finding::waived).findFirst().orElseThrow();
        assertThat(md).contains("- **WAIVED** **" + waived.control() + "**", "Waived until " + waived.waiver().expires() + " by "
                + waived.waiver().approvedBy());
        Finding first = platform.openFindings().get(0);
        assertThat(md).contains("Fix: ");
        assertThat(md.indexOf("**" + first.control() + "**")).isLessThan(md.indexOf("**WAIVED**"));
    }

    @Test
    void twoThousandFindingsStayUnderTheLimitAndSayHowManyWereLeftOut() {
        Assessment large = SampleAssessments.large(110);
        assertThat(large.findings()).hasSizeGreaterThanOrEqualTo(2_000);
        String md = Rendered.text("markdown", large);
        Rendered.keep("markdown", large, "large-110-agents");
        assertThat(md.length()).isLessThan(LIMIT);
        Matcher cut = CUT.matcher(md);
        assertThat(cut.find()).isTrue();
        int listed = entries(md).size();
        assertThat(listed).isPositive();
        assertThat(Integer.parseInt(cut.group(1))).isEqualTo(large.findings().size() - listed);
        assertThat(md).endsWith(cut.group() + "\n");
        // The findings shown are the most severe ones.
        long critical = large.openFindings().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        assertThat(entries(md).stream().limit(Math.min(critical, listed))).allMatch(e -> e.startsWith("- **CRITICAL**"));
    }

    private static List<String> entries(String md) {
        return md.lines().filter(l -> l.startsWith("- **")).toList();
    }
}
