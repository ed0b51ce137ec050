package io.oversight.report.pdf;

import static io.oversight.report.pdf.PdfText.squash;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.engine.Verdict;
import io.oversight.engine.WaiverState;
import io.oversight.engine.WaiverStatus;
import io.oversight.report.RenderOptions;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The other samples: accepted risks and a heat map (platform team), and a deployment that passes. */
class SamplesReportTest {

    @Test
    void everyWaiverIsListedAndExpiredOnesAreFlaggedInWords() {
        Assessment platform = Samples.assess("platform-team.yaml");
        byte[] pdf = Samples.render(platform, RenderOptions.PLAIN);
        Samples.keep("platform-team.pdf", pdf);
        PdfText report = new PdfText(pdf);
        String all = squash(report.all());
        assertThat(platform.waivers()).isNotEmpty();
        for (WaiverStatus ws : platform.waivers()) {
            assertThat(all).contains(squash(ws.waiver().justification()), ws.waiver().expires().toString());
            if (!ws.active()) {
                assertThat(all).contains(squash(ws.status().label().toUpperCase(Locale.ROOT) + ": " + ws.reason()));
            }
        }
        assertThat(platform.waivers()).anyMatch(ws -> ws.status() == WaiverState.EXPIRED);
        assertThat(all).contains("EXPIRED");
        for (Finding f : platform.findings()) {
            if (f.waived()) {
                assertThat(all).contains(squash("Waived until " + f.waiver().expires()));
            }
        }
    }

    @Test
    void moreThanThreeAgentsGetAHeatMapOfWorstSeverityByFamily() {
        Assessment platform = Samples.assess("platform-team.yaml");
        assertThat(platform.input().deployment().agents()).hasSizeGreaterThan(3);
        PdfText report = new PdfText(Samples.render(platform, RenderOptions.PLAIN));
        assertThat(report.bookmark("Agent inventory").children()).extracting(PdfText.Bookmark::title)
                .containsExactly("Heat map: agents by control family");
        String all = squash(report.all());
        assertThat(all).contains(squash("C = CRITICAL"), squash("H = HIGH"), squash("M = MEDIUM"), squash("L = LOW"), "Humanoversight");
    }

    @Test
    void threeAgentsOrFewerGetNoHeatMap() {
        PdfText report = new PdfText(Samples.render(Samples.assess("kiro-incident.yaml"), RenderOptions.PLAIN));
        assertThat(report.bookmark("Agent inventory").children()).isEmpty();
    }

    @Test
    void aPassingDeploymentSaysPassAndHasNothingToRemediate() {
        Assessment remediated = Samples.assess("kiro-remediated.yaml");
        assertThat(remediated.verdict()).isEqualTo(Verdict.PASS);
        byte[] pdf = Samples.render(remediated, RenderOptions.PLAIN);
        Samples.keep("kiro-remediated.pdf", pdf);
        PdfText report = new PdfText(pdf);
        String cover = squash(report.page(1));
        assertThat(cover).contains("PASS", squash(Headlines.verdict(remediated))).doesNotContain("FAIL");
        if (remediated.openFindings().isEmpty()) {
            assertThat(squash(report.all())).contains(squash("Nothing to remediate: no finding is open."));
        }
    }

    @Test
    void aFileThatSaysLittleStillGivesAWholeReport() {
        Assessment minimal = Samples.assess("minimal.yaml");
        PdfText report = new PdfText(Samples.render(minimal, RenderOptions.PLAIN));
        assertThat(report.topLevelTitles()).startsWith("Cover", "Executive summary").contains("Agent inventory", "Framework coverage");
        String all = squash(report.all());
        assertThat(all).contains(squash("lone-agent"), squash("none"), squash("unclassified"), squash("The file lists no jurisdiction"));
        assertThat(minimal.frameworks()).anyMatch(fr -> !fr.applicable());
    }
}
