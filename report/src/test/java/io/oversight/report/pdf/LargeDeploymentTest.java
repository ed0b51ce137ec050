package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 200 agents with over a thousand findings: the findings section shows the first
 * {@link FindingsSection#IN_FULL} of each control in full and the appendix lists every other one.
 * How long it takes is measured by the benchmark (bench/run), not here.
 */
class LargeDeploymentTest {

    private static Assessment large;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        large = Samples.large(200);
        pdf = Samples.render(large, RenderOptions.PLAIN);
        Samples.keep("large-200-agents.pdf", pdf);
    }

    @Test
    void hasOverAThousandFindings() {
        assertThat(large.findings()).hasSizeGreaterThan(1000);
    }

    @Test
    void everyFindingIsInTheReportInFullOrInTheAppendix() {
        String text = PdfText.squash(new PdfText(pdf).all());
        List<ControlGroup> groups = ControlGroup.of(large.catalog(), large.findings());
        // In reading order: each control's first findings as cards, then the rest, control by control, in the appendix.
        List<String> expected = new ArrayList<>();
        for (ControlGroup g : groups) {
            for (Finding f : g.findings().subList(0, Math.min(FindingsSection.IN_FULL, g.findings().size()))) {
                expected.add(PdfText.squash("Subject " + Words.subject(f.subject()) + " What is wrong " + f.message() + " Evidence "
                        + FindingCard.locations(f.evidence())));
            }
        }
        for (ControlGroup g : groups) {
            for (Finding f : FindingsSection.beyondFull(g)) {
                expected.add(PdfText.squash(Words.severity(f.severity()) + Words.subject(f.subject()) + FindingsAppendix.lines(f) + f.message()));
            }
        }
        assertThat(expected).hasSameSizeAs(large.findings());
        int from = text.indexOf("Findings");
        for (String finding : expected) {
            int at = text.indexOf(finding, from);
            assertThat(at).as("%s after position %d", finding, from).isNotNegative();
            from = at + finding.length();
        }
    }

    @Test
    void controlsWithManyFindingsContinueInTheAppendix() {
        PdfText report = new PdfText(pdf);
        assertThat(report.topLevelTitles()).last().isEqualTo("Appendix A: further findings");
        List<ControlGroup> overflowing = ControlGroup.of(large.catalog(), large.findings()).stream()
                .filter(g -> g.findings().size() > FindingsSection.IN_FULL).toList();
        assertThat(overflowing).isNotEmpty();
        assertThat(report.bookmark("Appendix A: further findings").children()).extracting(PdfText.Bookmark::title)
                .containsExactlyElementsOf(overflowing.stream()
                        .map(g -> g.control().id() + " further findings (" + (g.findings().size() - FindingsSection.IN_FULL) + ")").toList());
        String findings = PdfText.squash(report.all());
        for (ControlGroup g : overflowing) {
            assertThat(findings).contains(PdfText.squash("finding " + FindingsSection.IN_FULL + " of " + g.findings().size()))
                    .doesNotContain(PdfText.squash("finding " + (FindingsSection.IN_FULL + 1) + " of " + g.findings().size()));
        }
    }
}
