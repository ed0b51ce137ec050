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
 * 200 agents with over a thousand findings: findings alike on many agents share a card, each
 * control shows up to {@link FindingsSection#IN_FULL} cards, and the appendix lists every other
 * finding. How long it takes is measured by the benchmark (bench/run), not here.
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
    void everyFindingIsInTheReportAsACardOrInTheAppendix() {
        String text = PdfText.squash(new PdfText(pdf).all());
        List<ControlGroup> groups = ControlGroup.of(large.catalog(), large.findings());
        // In reading order: each control's first cards, then the rest, control by control, in the appendix.
        List<String> expected = new ArrayList<>();
        for (ControlGroup g : groups) {
            List<FindingCluster> clusters = FindingCluster.of(g.findings(), large.input().sources());
            for (FindingCluster c : clusters.subList(0, Math.min(FindingsSection.IN_FULL, clusters.size()))) {
                Finding f = c.first();
                expected.add(PdfText.squash("Subject " + Words.subject(f.subject())));
                expected.add(PdfText.squash("What is wrong " + f.message() + " Evidence " + FindingCard.locations(f.evidence())));
            }
        }
        int cards = expected.size() / 2;
        for (ControlGroup g : groups) {
            for (Finding f : FindingsSection.inAppendix(g, large.input().sources())) {
                expected.add(PdfText.squash(Words.severity(f.severity()) + Words.subject(f.subject()) + FindingsAppendix.lines(f, large.input().file()) + f.message()));
            }
        }
        assertThat(expected.size() - cards).isEqualTo(large.findings().size());
        int from = text.indexOf("Findings");
        for (String finding : expected) {
            int at = text.indexOf(finding, from);
            assertThat(at).as("%s after position %d", finding, from).isNotNegative();
            from = at + finding.length();
        }
    }

    @Test
    void alikeFindingsShareOneCardThatNamesTheOtherAgents() {
        ControlGroup worst = ControlGroup.of(large.catalog(), large.findings()).get(0);
        FindingCluster first = FindingCluster.of(worst.findings(), large.input().sources()).get(0);
        assertThat(first.size()).isGreaterThan(100);
        String text = PdfText.squash(new PdfText(pdf).all());
        assertThat(text).contains(PdfText.squash("card 1 of " + FindingCluster.of(worst.findings(), large.input().sources()).size() + ", " + first.size() + " findings"),
                PdfText.squash("Same finding on " + (first.size() - 1) + " other subjects: "
                        + Words.list(first.otherSubjects(), FindingCard.OTHERS_NAMED)));
    }

    @Test
    void theAppendicesHoldTheDetailTheMainReportLeavesOut() {
        PdfText report = new PdfText(pdf);
        assertThat(report.topLevelTitles()).endsWith("Appendix A: further findings", "Appendix B: all agents");
        List<ControlGroup> listed = ControlGroup.of(large.catalog(), large.findings()).stream()
                .filter(g -> !FindingsSection.inAppendix(g, large.input().sources()).isEmpty()).toList();
        assertThat(report.bookmark("Appendix A: further findings").children()).extracting(PdfText.Bookmark::title)
                .containsExactlyElementsOf(listed.stream()
                        .map(g -> g.control().id() + " further findings (" + FindingsSection.inAppendix(g, large.input().sources()).size() + ")").toList());
        String inventory = PdfText.squash(report.page(pageOf(report, "Agent inventory")));
        assertThat(inventory).contains(PdfText.squash("The " + AgentInventory.MAIN_ROWS + " riskiest of the 200 agents in the file"));
    }

    @Test
    void aThousandAgentsKeepTheMainReportUnderSixtyPages() {
        Assessment fleet = Samples.large(1000);
        PdfText report = new PdfText(Samples.render(fleet, RenderOptions.PLAIN));
        int main = pageOf(report, "Appendix A: further findings") - 1;
        assertThat(main).isLessThan(60);
        assertThat(report.pages.size()).isGreaterThan(main);
        assertThat(PdfText.squash(report.all())).contains(PdfText.squash("All 1000 agents of the file, riskiest first"));
    }

    static int pageOf(PdfText report, String section) {
        for (int i = 1; i <= report.pages.size(); i++) {
            if (report.page(i).lines().anyMatch(line -> line.strip().equals(section))) {
                return i;
            }
        }
        throw new AssertionError("no page starts the section " + section);
    }
}
