package io.oversight.report.pdf;

import static io.oversight.report.pdf.PdfText.squash;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A clause whose text rests on secondary sources carries its UNVERIFIED note wherever a report shows the clause. */
class ClauseNotesTest {

    private static final String COLORADO = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: lending, organization: Lend LLC, owner: coo, jurisdictions: [US, US-CO], euAiActRoles: [deployer]}
            people:
              - {id: coo}
            agents:
              - id: loan-bot
                owner: coo
                riskTier: high
                useCases: [credit]
                decisions: {aboutPeople: true, notice: true, explanation: true, humanReview: true, appeal: true, correction: true}
            """;

    private static final String RECORDS_NOTE = "UNVERIFIED: paraphrased from the Attorney General's AI page and law-firm summaries";

    private static Assessment colorado() throws Exception {
        return Samples.check("lending.yaml", COLORADO, LocalDate.of(2027, 1, 2));
    }

    @Test
    void theJsonCoverageGivesEachClauseItsNote() throws Exception {
        JsonNode colorado = null;
        for (JsonNode framework : new ObjectMapper().readTree(Samples.rendered("json", colorado())).get("frameworks")) {
            if (framework.get("id").asText().equals("colorado-sb-26-189")) {
                colorado = framework;
            }
        }
        assertThat(colorado).isNotNull();
        assertThat(colorado.get("clauses")).allSatisfy(c -> assertThat(c.get("note").asText()).startsWith(RECORDS_NOTE));
    }

    @Test
    void thePdfShowsTheNoteUnderTheClauseAndMarksTheClausesAFindingBreaks() throws Exception {
        String pdf = squash(new PdfText(Samples.render(colorado(), RenderOptions.PLAIN)).all());
        assertThat(pdf).contains(squash("Records Deployer records Note: " + RECORDS_NOTE),
                squash("Correction of data and meaningful human review Note: as for Explanation of an adverse decision."),
                squash("Colorado SB 26-189 (automated decisions): Records (UNVERIFIED)"));
    }
}
