package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oversight.report.SampleAssessments;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The validators the format tests rely on do reject what the schemas forbid; a validator that
 * passes everything would make every other test here pass for nothing.
 */
class JsonSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sarifRejectsAResultWithoutAMessageAndAnUnknownLevel() {
        ObjectNode sarif = (ObjectNode) Rendered.json("sarif", SampleAssessments.assess("kiro-incident.yaml"));
        ObjectNode result = (ObjectNode) sarif.get("runs").get(0).get("results").get(0);
        result.remove("message");
        result.put("level", "fatal");
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(e -> e.contains("message")).anyMatch(e -> e.contains("level"));
    }

    @Test
    void sarifRejectsASuppressionOfAnUnknownKind() {
        ObjectNode sarif = (ObjectNode) Rendered.json("sarif", SampleAssessments.assess("platform-team.yaml"));
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            if (result.has("suppressions")) {
                ((ObjectNode) result.get("suppressions").get(0)).put("kind", "waiver");
            }
        }
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).anyMatch(e -> e.contains("kind"));
    }

    @Test
    void oscalRejectsAVersion3UuidAClockTimeWithoutZoneAndAMissingTitle() {
        ObjectNode oscal = (ObjectNode) Rendered.json("oscal", SampleAssessments.assess("kiro-incident.yaml"));
        ObjectNode ar = (ObjectNode) oscal.get("assessment-results");
        ar.put("uuid", UUID.nameUUIDFromBytes("version 3".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        ((ObjectNode) ar.get("metadata")).put("last-modified", "2026-11-25T00:00:00");
        ((ObjectNode) ar.get("results").get(0)).remove("title");
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, oscal)).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(e -> e.contains("uuid")).anyMatch(e -> e.contains("last-modified")).anyMatch(e -> e.contains("title"));
    }

    @Test
    void oscalPoamRejectsAnEmptyListOfItems() {
        ObjectNode poam = (ObjectNode) Rendered.json("oscal-poam", SampleAssessments.assess("kiro-incident.yaml"));
        ((ObjectNode) poam.get("plan-of-action-and-milestones")).set("poam-items", JSON.createArrayNode());
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_POAM, poam)).anyMatch(e -> e.contains("poam-items"));
    }

    @Test
    void oscalRejectsAPropertyValueOnTwoLines() {
        ObjectNode oscal = (ObjectNode) Rendered.json("oscal", SampleAssessments.assess("kiro-incident.yaml"));
        ArrayNode props = (ArrayNode) oscal.get("assessment-results").get("metadata").get("props");
        ((ObjectNode) props.get(0)).put("value", "two\nlines");
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, oscal)).anyMatch(e -> e.contains("value"));
    }
}
