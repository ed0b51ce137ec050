package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlResult;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Finding;
import io.oversight.report.SampleAssessments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OSCAL 1.1.2 assessment results and POA&amp;M: valid against NIST's schemas, with name-based UUIDs
 * that hold still across runs and between the two documents.
 */
class OscalRenderersTest {

    static List<String> samples() {
        return SampleAssessments.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void assessmentResultsAreValidOscal(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        Rendered.keep("oscal", a, sample);
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, Rendered.json("oscal", a))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void thePlanOfActionIsValidOscal(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        Rendered.keep("oscal-poam", a, sample);
        assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_POAM, Rendered.json("oscal-poam", a))).isEmpty();
    }

    @Test
    void aLargeDeploymentAndAScopedCheckAreValidToo() {
        for (Assessment a : List.of(SampleAssessments.large(110), SampleAssessments.assess("platform-team.yaml", "soc2"))) {
            assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_ASSESSMENT_RESULTS, Rendered.json("oscal", a))).isEmpty();
            assertThat(JsonSchemas.errors(JsonSchemas.OSCAL_POAM, Rendered.json("oscal-poam", a))).isEmpty();
        }
    }

    @Test
    void theMetadataIsDatedByTheAsOfDayAndNamesTheOscalVersion() {
        JsonNode ar = Rendered.json("oscal", SampleAssessments.assess("kiro-incident.yaml")).get("assessment-results");
        JsonNode metadata = ar.get("metadata");
        assertThat(metadata.get("last-modified").asText()).isEqualTo("2026-11-25T00:00:00Z");
        assertThat(metadata.get("oscal-version").asText()).isEqualTo("1.1.2");
        assertThat(metadata.get("version").asText()).isEqualTo("2026-11-25");
        assertThat(metadata.get("title").asText()).contains("cloud-platform-agents");
        JsonNode result = ar.get("results").get(0);
        assertThat(result.get("start").asText()).isEqualTo("2026-11-25T00:00:00Z");
        assertThat(result.get("reviewed-controls").get("control-selections").get(0).has("include-all")).isTrue();
        String href = ar.get("import-ap").get("href").asText();
        assertThat(href).startsWith("#");
        assertThat(texts(ar.get("back-matter").get("resources"), "uuid")).contains(href.substring(1));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFindingIsAnObservationAndANotSatisfiedFindingAndEveryPassedControlASatisfiedOne(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        JsonNode result = Rendered.json("oscal", a).get("assessment-results").get("results").get(0);
        JsonNode findings = result.path("findings");
        long passed = a.controls().stream().filter(c -> c.status() == ControlStatus.PASS).count();
        assertThat(findings).hasSize(a.findings().size() + (int) passed);
        assertThat(result.path("observations")).hasSize(a.findings().size());
        Set<String> observations = new HashSet<>(texts(result.path("observations"), "uuid"));
        List<String> notSatisfied = new ArrayList<>();
        for (JsonNode f : findings) {
            String state = f.get("target").get("status").get("state").asText();
            if (state.equals("not-satisfied")) {
                notSatisfied.add(f.get("target").get("target-id").asText());
                assertThat(observations).contains(f.get("related-observations").get(0).get("observation-uuid").asText());
            } else {
                assertThat(state).isEqualTo("satisfied");
            }
        }
        assertThat(notSatisfied).containsExactlyElementsOf(a.findings().stream().map(f -> f.control() + "_smt").toList());
    }

    @Test
    void waivedFindingsAreAcceptedRisksUntilTheWaiverExpires() {
        Assessment platform = SampleAssessments.assess("platform-team.yaml");
        JsonNode result = Rendered.json("oscal", platform).get("assessment-results").get("results").get(0);
        List<Finding> waived = platform.findings().stream().filter(Finding::waived).toList();
        JsonNode risks = result.get("risks");
        assertThat(risks).hasSize(waived.size());
        for (int i = 0; i < waived.size(); i++) {
            JsonNode risk = risks.get(i);
            assertThat(risk.get("status").asText()).isEqualTo("deviation-approved");
            assertThat(risk.get("statement").asText()).isEqualTo(waived.get(i).waiver().justification());
            // A waiver holds through the day it expires: the risk is due as that day ends.
            assertThat(risk.get("deadline").asText()).isEqualTo(waived.get(i).waiver().expires().plusDays(1) + "T00:00:00Z");
        }
        Set<String> riskIds = new HashSet<>(texts(risks, "uuid"));
        long linked = 0;
        for (JsonNode f : result.get("findings")) {
            if (f.has("related-risks")) {
                assertThat(riskIds).contains(f.get("related-risks").get(0).get("risk-uuid").asText());
                linked++;
            }
        }
        assertThat(linked).isEqualTo(waived.size());
    }

    @Test
    void controlsNotEvaluatedAreExcludedFromTheReviewedControls() {
        Assessment scoped = SampleAssessments.assess("platform-team.yaml", "soc2");
        List<String> notEvaluated = scoped.controls().stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED)
                .map(ControlResult::control).map(c -> c.id()).toList();
        assertThat(notEvaluated).isNotEmpty();
        JsonNode selection = Rendered.json("oscal", scoped).get("assessment-results").get("results").get(0).get("reviewed-controls")
                .get("control-selections").get(0);
        assertThat(texts(selection.get("exclude-controls"), "control-id")).containsExactlyElementsOf(notEvaluated);
        // The plan says what was evaluated, not the whole catalog (report review).
        assertThat(Rendered.json("oscal", scoped).get("assessment-results").get("back-matter").get("resources").get(0).get("description").asText())
                .contains("against " + scoped.evaluatedControls() + " of the " + scoped.controls().size() + " controls");
    }

    /** Oversight reads a description of the deployment: each observation was made by examining it, not by testing the system. */
    @Test
    void everyObservationIsAnExamination() {
        JsonNode observations = Rendered.json("oscal", SampleAssessments.assess("kiro-incident.yaml")).get("assessment-results")
                .get("results").get(0).get("observations");
        assertThat(observations).isNotEmpty().allSatisfy(o -> assertThat(o.get("methods").toString()).isEqualTo("[\"EXAMINE\"]"));
    }

    @Test
    void thePlanHasAnItemPerOpenFindingTiedToTheSameFindingAsTheResults() {
        Assessment platform = SampleAssessments.assess("platform-team.yaml");
        JsonNode poam = Rendered.json("oscal-poam", platform).get("plan-of-action-and-milestones");
        JsonNode items = poam.get("poam-items");
        List<Finding> waived = platform.findings().stream().filter(Finding::waived).toList();
        assertThat(waived).as("the sample waives a finding").isNotEmpty();
        assertThat(items).hasSize(platform.openFindings().size() + waived.size());
        Set<String> findingIds = new HashSet<>(texts(poam.get("findings"), "uuid"));
        Set<String> resultFindingIds = new HashSet<>(texts(Rendered.json("oscal", platform).get("assessment-results").get("results").get(0)
                .get("findings"), "uuid"));
        for (int i = 0; i < platform.openFindings().size(); i++) {
            JsonNode item = items.get(i);
            Finding f = platform.openFindings().get(i);
            assertThat(item.get("description").asText()).isEqualTo(f.remediation());
            assertThat(item.has("related-risks")).isFalse();
            String findingId = item.get("related-findings").get(0).get("finding-uuid").asText();
            assertThat(findingIds).contains(findingId);
            assertThat(resultFindingIds).contains(findingId);
        }
        assertThat(poam.get("findings")).hasSize(platform.openFindings().size() + waived.size());
        // A waived finding stays in the plan as an accepted risk whose deadline is the waiver's end, as in the assessment results.
        JsonNode accepted = items.get(platform.openFindings().size());
        assertThat(accepted.get("title").asText()).startsWith("Accepted risk, " + waived.get(0).control() + ": ");
        String riskId = accepted.get("related-risks").get(0).get("risk-uuid").asText();
        JsonNode risk = poam.get("risks").get(0);
        assertThat(risk.get("uuid").asText()).isEqualTo(riskId);
        assertThat(risk.get("status").asText()).isEqualTo("deviation-approved");
        assertThat(risk.get("deadline").asText()).isEqualTo(waived.get(0).waiver().expires().plusDays(1) + "T00:00:00Z");
    }

    /** OSCAL's POA&M model asks for an imported SSP or a system-id: the deployment is the system, with the same id in every run. */
    @Test
    void thePlanNamesTheDeploymentAsItsSystem() {
        JsonNode poam = Rendered.json("oscal-poam", SampleAssessments.assess("platform-team.yaml")).get("plan-of-action-and-milestones");
        JsonNode system = poam.get("system-id");
        assertThat(system.get("identifier-type").asText()).isEqualTo("https://ietf.org/rfc/rfc4122");
        assertThat(java.util.UUID.fromString(system.get("id").asText()).version()).isEqualTo(5);
        assertThat(system.get("id").asText()).isNotEqualTo(poam.get("uuid").asText());
        JsonNode other = Rendered.json("oscal-poam", SampleAssessments.assess("kiro-remediated.yaml")).get("plan-of-action-and-milestones");
        assertThat(other.get("system-id").get("id").asText()).as("another deployment, another system").isNotEqualTo(system.get("id").asText());
    }

    @Test
    void aDeploymentWithNothingOpenGetsAPlanThatSaysSo() {
        Assessment remediated = SampleAssessments.assess("kiro-remediated.yaml");
        assertThat(remediated.openFindings()).isEmpty();
        JsonNode poam = Rendered.json("oscal-poam", remediated).get("plan-of-action-and-milestones");
        assertThat(poam.get("poam-items")).hasSize(1);
        assertThat(poam.get("poam-items").get(0).get("title").asText()).isEqualTo("No open findings");
        assertThat(poam.has("findings")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyUuidIsAVersion5UuidAndUniqueInItsDocument(String sample) {
        for (String format : List.of("oscal", "oscal-poam")) {
            List<String> uuids = new ArrayList<>();
            collectUuids(Rendered.json(format, SampleAssessments.assess(sample)), uuids);
            assertThat(uuids).isNotEmpty().doesNotHaveDuplicates();
            assertThat(uuids).allSatisfy(u -> assertThat(UUID.fromString(u).version()).isEqualTo(5));
        }
    }

    @Test
    void findingUuidsStayTheSameWhenTheCheckIsRunAgainOnAnotherDay() {
        Assessment a = SampleAssessments.assess("kiro-incident.yaml");
        Assessment later = new Assessment(a.input(), a.catalog(), a.asOf().plusDays(1), a.failOn(), a.findings(), a.controls(), a.waivers(),
                a.frameworks());
        JsonNode first = Rendered.json("oscal", a).get("assessment-results");
        JsonNode second = Rendered.json("oscal", later).get("assessment-results");
        assertThat(second.get("uuid").asText()).isNotEqualTo(first.get("uuid").asText());
        List<String> firstFindings = texts(first.get("results").get(0).get("findings"), "uuid").subList(0, a.findings().size());
        List<String> secondFindings = texts(second.get("results").get(0).get("findings"), "uuid").subList(0, a.findings().size());
        assertThat(secondFindings).isEqualTo(firstFindings);
    }

    /** Every value of a "uuid" field: the identifiers a document defines (references end in "-uuid"). */
    private static void collectUuids(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("uuid")) {
                    into.add(e.getValue().asText());
                } else {
                    collectUuids(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectUuids(n, into));
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
