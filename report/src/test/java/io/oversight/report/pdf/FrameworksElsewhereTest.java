package io.oversight.report.pdf;

import static io.oversight.report.pdf.PdfText.squash;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A framework that does not apply says where it would, in the text and the PDF as in the JSON's
 * clause reasons: an incident regime the organization declares makes GDPR, NIS2 or DORA apply
 * outside the EU too, so "applies only in EU" alone would be wrong for them.
 */
class FrameworksElsewhereTest {

    private static final String US_ONLY = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: support, organization: Help Inc, owner: cto, jurisdictions: [US]}
            people:
              - {id: cto}
            agents:
              - id: helper
                owner: cto
            """;

    private static Assessment usOnly() throws Exception {
        return Samples.check("support.yaml", US_ONLY, LocalDate.of(2026, 12, 3));
    }

    @Test
    void theTextCoverageSaysWhereAFrameworkThatDoesNotApplyWould() throws Exception {
        String text = squash(Samples.rendered("text", usOnly()));
        assertThat(text).contains(
                squash("General Data Protection Regulation n/a met n/a assessed not applicable: applies only in EU, or where"
                        + " governance.incidentResponse.regimes lists gdpr"),
                squash("NIS2 Directive n/a met n/a assessed not applicable: applies only in EU, or where"
                        + " governance.incidentResponse.regimes lists nis2"),
                squash("EU AI Act n/a met n/a assessed not applicable: applies only in EU"));
    }

    @Test
    void thePdfListsWhereEachFrameworkThatDoesNotApplyWould() throws Exception {
        String pdf = squash(new PdfText(Samples.render(usOnly(), RenderOptions.PLAIN)).all());
        assertThat(pdf).contains(squash("General Data Protection Regulation (applies only in EU, or where"
                + " governance.incidentResponse.regimes lists gdpr)"), squash("EU AI Act (applies only in EU)"));
    }
}
