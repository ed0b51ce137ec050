package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Control;
import io.oversight.catalog.Framework;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.SampleAssessments;
import io.oversight.report.Tool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SARIF 2.1.0 for code scanning: valid against the OASIS schema, a rule per control, a result per finding. */
class SarifRendererTest {

    static List<String> samples() {
        return SampleAssessments.ALL;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isValidSarif(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        Rendered.keep("sarif", a, sample);
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, Rendered.json("sarif", a))).isEmpty();
    }

    @Test
    void aLargeDeploymentIsValidSarifWithAResultPerFinding() {
        Assessment large = SampleAssessments.large(110);
        JsonNode sarif = Rendered.json("sarif", large);
        assertThat(JsonSchemas.errors(JsonSchemas.SARIF, sarif)).isEmpty();
        assertThat(run(sarif).get("results")).hasSize(large.findings().size());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theDriverNamesTheToolAndHasOneRulePerControlInCatalogOrder(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        JsonNode sarif = Rendered.json("sarif", a);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = run(sarif).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo(Tool.name());
        assertThat(driver.get("version").asText()).isEqualTo(Tool.version());
        assertThat(texts(driver.get("rules"), "id")).containsExactlyElementsOf(a.catalog().controls().stream().map(Control::id).toList());
    }

    @Test
    void aRuleCarriesTheControlsWordsLevelSeverityScoreAndTags() {
        Assessment a = SampleAssessments.assess("kiro-incident.yaml");
        JsonNode rules = run(Rendered.json("sarif", a)).get("tool").get("driver").get("rules");
        Map<String, String> scores = Map.of("critical", "9.5", "high", "8.0", "medium", "5.5", "low", "3.0");
        Map<String, String> levels = Map.of("critical", "error", "high", "error", "medium", "warning", "low", "note");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            Control c = a.catalog().controls().get(i);
            assertThat(rule.get("name").asText()).matches("[\\p{L}\\p{N}]+");
            assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(c.title());
            assertThat(rule.get("fullDescription").get("text").asText()).isEqualTo(c.statement());
            assertThat(rule.get("help").get("text").asText()).startsWith(c.remediation()).contains(c.remediationExample().strip());
            assertThat(rule.get("help").get("markdown").asText()).contains("```yaml\n" + c.remediationExample().strip() + "\n```");
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo(levels.get(c.severity().label()));
            // Scored at the most severe finding of the control in the run, else at the control's severity.
            String worst = a.findings().stream().filter(f -> f.control().equals(c.id())).map(f -> f.severity()).sorted().findFirst()
                    .orElse(c.severity()).label();
            assertThat(rule.get("properties").get("security-severity").asText()).isEqualTo(scores.get(worst));
            assertThat(texts(rule.get("properties").get("tags"))).contains("security")
                    .containsAll(c.references().stream().map(r -> r.framework()).distinct().toList());
        }
        JsonNode ho02 = rules.get(a.catalog().controls().stream().map(Control::id).toList().indexOf("HO-02"));
        assertThat(ho02.get("name").asText()).isEqualTo("TwoPersonRuleForDestructiveActionsInCriticalEnvironments");
        assertThat(ho02.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(ho02.get("properties").get("security-severity").asText()).isEqualTo("9.5");
        // PM-01 is high, raised to critical for the incident's agent: code scanning, which reads the rule's score, must show critical.
        assertThat(a.findings().stream().filter(f -> f.control().equals("PM-01")).map(f -> f.severity().label())).containsOnly("critical");
        JsonNode pm01 = rules.get(a.catalog().controls().stream().map(Control::id).toList().indexOf("PM-01"));
        assertThat(pm01.get("properties").get("security-severity").asText()).isEqualTo("9.5");
        assertThat(texts(ho02.get("properties").get("tags"))).startsWith("security", "human-oversight");
    }

    @Test
    void frameworksAreTaxonomiesWithTheirClausesAsTaxaAndEveryRuleRelationshipResolves() {
        Assessment a = SampleAssessments.assess("kiro-incident.yaml");
        JsonNode run = run(Rendered.json("sarif", a));
        JsonNode taxonomies = run.get("taxonomies");
        List<Framework> frameworks = a.catalog().frameworks();
        assertThat(texts(taxonomies, "name")).containsExactlyElementsOf(frameworks.stream().map(Framework::id).toList());
        for (int i = 0; i < frameworks.size(); i++) {
            assertThat(texts(taxonomies.get(i).get("taxa"), "id"))
                    .containsExactlyElementsOf(frameworks.get(i).clauses().stream().map(Clause::id).toList());
            assertThat(taxonomies.get(i).has("guid")).isFalse();
        }
        assertThat(texts(run.get("tool").get("driver").get("supportedTaxonomies"), "name")).isEqualTo(texts(taxonomies, "name"));
        int relationships = 0;
        JsonNode rules = run.get("tool").get("driver").get("rules");
        for (int i = 0; i < rules.size(); i++) {
            Control c = a.catalog().controls().get(i);
            JsonNode related = rules.get(i).path("relationships");
            assertThat(related).hasSize(c.references().size());
            for (int r = 0; r < related.size(); r++) {
                JsonNode target = related.get(r).get("target");
                JsonNode taxonomy = taxonomies.get(target.get("toolComponent").get("index").asInt());
                assertThat(taxonomy.get("name").asText()).isEqualTo(target.get("toolComponent").get("name").asText())
                        .isEqualTo(c.references().get(r).framework());
                assertThat(texts(taxonomy.get("taxa"), "id")).contains(target.get("id").asText());
                assertThat(target.get("id").asText()).isEqualTo(c.references().get(r).clause());
                relationships++;
            }
        }
        assertThat(relationships).isPositive();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachFindingIsAResultWithItsRuleLevelLocationsAndFingerprint(String sample) {
        Assessment a = SampleAssessments.assess(sample);
        JsonNode run = run(Rendered.json("sarif", a));
        JsonNode results = run.get("results");
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(results).hasSize(a.findings().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            Finding f = a.findings().get(i);
            assertThat(result.get("ruleId").asText()).isEqualTo(f.control());
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(f.control());
            // An error is what the exit code follows, as the GitHub annotations say (cross-format red team: a PASS had errors).
            assertThat(result.get("level").asText()).isEqualTo(a.gates(f) ? "error" : switch (f.severity()) {
                case CRITICAL, HIGH, MEDIUM -> "warning";
                case LOW -> "note";
            });
            assertThat(result.get("message").get("text").asText()).isEqualTo(f.message());
            assertThat(result.get("partialFingerprints").get("oversight/v1").asText()).isEqualTo(f.fingerprint());
            JsonNode locations = result.get("locations");
            assertThat(locations).hasSize(f.evidence().size());
            for (int l = 0; l < locations.size(); l++) {
                Evidence e = f.evidence().get(l);
                JsonNode physical = locations.get(l).get("physicalLocation");
                assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo(e.file());
                assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(e.line());
                assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(e.column());
            }
        }
        Set<String> fingerprints = new HashSet<>(texts(results, "partialFingerprints", "oversight/v1"));
        assertThat(fingerprints).hasSize(a.findings().size());
    }

    @Test
    void aHighFindingBelowFailOnIsAWarning() throws Exception {
        Assessment critical = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(SampleAssessments.path("kiro-incident.yaml"))
                .asOf(SampleAssessments.AS_OF).failOn(io.oversight.catalog.Severity.CRITICAL)).assessment();
        JsonNode results = run(Rendered.json("sarif", critical)).get("results");
        assertThat(StreamSupport.stream(results.spliterator(), false).filter(r -> r.get("ruleId").asText().equals("HO-01")))
                .singleElement().satisfies(r -> assertThat(r.get("level").asText()).isEqualTo("warning"));
        assertThat(StreamSupport.stream(results.spliterator(), false).filter(r -> r.get("ruleId").asText().equals("HO-02")))
                .singleElement().satisfies(r -> assertThat(r.get("level").asText()).isEqualTo("error"));
    }

    @Test
    void theKiroIncidentLocatesTheTwoPersonRuleAtItsPermission() {
        JsonNode results = run(Rendered.json("sarif", SampleAssessments.assess("kiro-incident.yaml"))).get("results");
        JsonNode ho02 = StreamSupport.stream(results.spliterator(), false).filter(r -> r.get("ruleId").asText().equals("HO-02"))
                .findFirst().orElseThrow();
        assertThat(ho02.get("level").asText()).isEqualTo("error");
        JsonNode primary = ho02.get("locations").get(0).get("physicalLocation");
        assertThat(primary.get("artifactLocation").get("uri").asText()).isEqualTo("../samples/kiro-incident.yaml");
        assertThat(primary.get("region").get("startLine").asInt()).isEqualTo(131);
        assertThat(primary.get("region").get("startColumn").asInt()).isEqualTo(13);
        assertThat(ho02.get("partialFingerprints").get("oversight/v1").asText()).isEqualTo("7b8a949eabfc82a7c21a5c11c7aba0dd");
    }

    @Test
    void waivedFindingsAreAcceptedExternalSuppressionsWithTheirJustificationAndNoOthersAre() {
        Assessment platform = SampleAssessments.assess("platform-team.yaml");
        assertThat(platform.waivedCount()).isPositive();
        JsonNode results = run(Rendered.json("sarif", platform)).get("results");
        for (int i = 0; i < results.size(); i++) {
            Finding f = platform.findings().get(i);
            JsonNode suppressions = results.get(i).path("suppressions");
            if (f.waived()) {
                assertThat(suppressions).hasSize(1);
                JsonNode s = suppressions.get(0);
                assertThat(s.get("kind").asText()).isEqualTo("external");
                assertThat(s.get("status").asText()).isEqualTo("accepted");
                assertThat(s.get("justification").asText()).isEqualTo(f.waiver().justification());
                assertThat(s.get("properties").get("approvedBy").asText()).isEqualTo(f.waiver().approvedBy());
                assertThat(s.get("properties").get("expires").asText()).isEqualTo(f.waiver().expires().toString());
            } else {
                assertThat(suppressions.isMissingNode()).as("suppressions of unwaived %s", f.control()).isTrue();
            }
        }
        List<String> suppressed = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r.get("ruleId").asText() + " " + r.get("properties").get("subjectId").asText());
            }
        });
        assertThat(suppressed).containsExactly("PM-01 marketing-writer");
    }

    /** A run scoped to one framework must not pass for a full one: code scanning would close the alerts of the controls it left out. */
    @Test
    void aFrameworkScopedRunHasACategoryOfItsOwnAndNamesTheControlsNotRun() {
        Assessment scoped = SampleAssessments.assess("platform-team.yaml", "soc2");
        JsonNode run = Rendered.json("sarif", scoped).get("runs").get(0);
        assertThat(run.get("automationDetails").get("id").asText()).endsWith("platform-team.yaml/soc2/");
        assertThat(run.get("properties").get("framework").asText()).isEqualTo("soc2");
        List<String> notEvaluated = scoped.controls().stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED)
                .map(c -> c.control().id()).toList();
        assertThat(notEvaluated).isNotEmpty();
        List<String> listed = new ArrayList<>();
        run.get("properties").get("controlsNotEvaluated").forEach(n -> listed.add(n.asText()));
        assertThat(listed).containsExactlyElementsOf(notEvaluated);
        JsonNode full = Rendered.json("sarif", SampleAssessments.assess("platform-team.yaml")).get("runs").get(0);
        assertThat(full.get("automationDetails").get("id").asText()).endsWith("platform-team.yaml/");
        assertThat(full.get("properties").has("framework")).isFalse();
    }

    @Test
    void theInputFileIsAnArtifactWithItsSha256() {
        Assessment a = SampleAssessments.assess("kiro-incident.yaml");
        JsonNode artifact = run(Rendered.json("sarif", a)).get("artifacts").get(0);
        assertThat(artifact.get("location").get("uri").asText()).isEqualTo(a.input().file());
        assertThat(artifact.get("hashes").get("sha-256").asText()).isEqualTo(a.input().sha256());
    }

    private static JsonNode run(JsonNode sarif) {
        return sarif.get("runs").get(0);
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            JsonNode node = item;
            for (String field : path) {
                node = node.get(field);
            }
            values.add(node.asText());
        }
        return values;
    }
}
