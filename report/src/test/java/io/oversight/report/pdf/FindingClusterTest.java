package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which finding of alike ones gets the card. */
class FindingClusterTest {

    private static final String DEPLOYMENT = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: ops, organization: Acme, owner: cto}
            people:
              - {id: cto}
            environments:
              - {name: prod, kind: production, criticality: moderate}
            agents:
              - id: a-bot
                owner: cto
                autonomy: autonomous
                environments: [prod]
                permissions:
                  - {environment: prod, actions: [read, delete], resources: ["arn:aws:s3:::a/*"]}
              - id: b-bot
                owner: cto
                autonomy: autonomous
                environments: [prod]
                permissions:
                  - {environment: prod, actions: [read, delete], resources: ["arn:aws:s3:::b/*"]}
                guardrails:
                  dryRunFirst: false
            """;

    /**
     * From the PDF review: the card went to the first agent by name, whose evidence is its id line
     * (it leaves dryRunFirst out), while the agent whose line says dryRunFirst: false went to the appendix.
     */
    @Test
    void theCardShowsTheFindingWhoseLineShowsWhatIsWrong() throws Exception {
        Assessment a = Samples.check("d.yaml", DEPLOYMENT, Samples.AS_OF);
        List<Finding> ir04 = a.findings().stream().filter(f -> f.control().equals("IR-04")).toList();
        assertThat(ir04).extracting(f -> f.subject().agentId()).containsExactly("a-bot", "b-bot");
        List<FindingCluster> clusters = FindingCluster.of(ir04, a.input().sources());
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).first().subject().agentId()).isEqualTo("b-bot");
        assertThat(clusters.get(0).otherSubjects()).containsExactly("a-bot");
        assertThat(FindingCluster.showsItsField(ir04.get(0), a.input().sources())).isFalse();
        String text = PdfText.squash(new PdfText(Samples.render(a, RenderOptions.PLAIN)).all());
        assertThat(text).contains(PdfText.squash("Same finding on One other subject: a-bot (its lines are in Appendix A)."));
    }
}
