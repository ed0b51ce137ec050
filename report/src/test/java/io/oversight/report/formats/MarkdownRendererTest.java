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
