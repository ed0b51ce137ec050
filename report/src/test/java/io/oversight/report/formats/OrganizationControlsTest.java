package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oversight.engine.Assessment;
import io.oversight.report.SampleAssessments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organization's own controls (samples/org-rules) come out like Oversight's: as SARIF rules,
 * including one that maps to no framework, as a JUnit suite of their own, and in valid OSCAL.
 */
class OrganizationControlsTest {

    private static Assessment northwind;

    @BeforeAll
    static void assess() {
        northwind = SampleAssessments.withOrganizationRules("kiro-incident.yaml");
    }

    @Test
    void theirControlsAreSarifRulesAndTheirFindingsResults() {
        assertThat(northwind.findings()).anyMatch(f -> f.control().startsWith("NW-"));
        JsonNode sarif = Rendered.json("sarif", northwind);
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).isEmpty();
        JsonNode rules = sarif.get("runs").get(0).get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).contains("NW-01", "NW-02");
        JsonNode nw02 = rules.get(ids.indexOf("NW-02"));
        assertThat(nw02.has("relationships")).isFalse();
        assertThat(nw02.get("properties").get("tags").get(1).asText()).isEqualTo("northwind-house-rules");
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
        }
    }

    @Test
    void theyHaveAJUnitSuiteAndValidOscal() {
        assertThat(Rendered.text("junit", northwind)).contains("<testsuite name=\"NW Northwind house rules\"");
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, Rendered.json("oscal", northwind))).isEmpty();
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_POAM, Rendered.json("oscal-poam", northwind))).isEmpty();
    }
}
