package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Control;
import io.oversight.catalog.Escalation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComplianceEngineTest {

    @Test
    void buildsTheRuleBaseStraightFromTheExecutableModel() {
        // KieBaseBuilder is internal to Drools: this fails first if an upgrade breaks the fast path.
        assertThat(ComplianceEngine.builtIn().ruleBaseSource()).isEqualTo("model");
    }

    @Test
    void implementsEveryControlOfTheCatalogAndNoOther() {
        assertThat(ComplianceEngine.builtIn().implementedControls()).containsExactlyInAnyOrderElementsOf(Fixtures.CATALOG.controlIds());
    }

    @Test
    void everyControlHasFailingAndPassingFixturesAndEveryFixtureFolderIsAControl() {
        Map<String, Set<String>> outcomes = Fixtures.all().stream().collect(Collectors.groupingBy(ComplianceEngineTest::folder,
                Collectors.mapping(p -> p.getFileName().toString().startsWith("fail-") ? "fail" : "pass", Collectors.toSet())));
        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(Fixtures.CATALOG.controlIds());
        outcomes.forEach((control, kinds) -> assertThat(kinds).as("fixtures of %s", control).containsExactlyInAnyOrder("fail", "pass"));
    }

    @Test
    void everyEscalationIsShownByAFailingFixture() throws Exception {
        for (Control control : Fixtures.CATALOG.controls()) {
            for (Escalation escalation : control.escalations()) {
                String expect = "# expect: " + control.id() + " " + escalation.severity().label() + " ";
                boolean shown = false;
                for (Path fixture : Fixtures.all()) {
                    shown |= folder(fixture).equals(control.id()) && Files.readAllLines(fixture).stream().anyMatch(l -> l.startsWith(expect));
                }
                assertThat(shown).as("a fixture of %s expects a finding %s", control.id(), escalation.describe()).isTrue();
            }
        }
    }

    private static String folder(Path fixture) {
        return fixture.getParent().getFileName().toString();
    }

    @Test
    void controlsWithoutRulesAreReportedAsNotEvaluated() throws Exception {
        Assessment assessment = Fixtures.assess(Fixtures.all().get(0));
        Set<String> implemented = ComplianceEngine.builtIn().implementedControls();
        for (ControlResult result : assessment.controls()) {
            Control control = result.control();
            assertThat(result.status() == ControlStatus.NOT_EVALUATED).as(control.id()).isEqualTo(!implemented.contains(control.id()));
        }
        assertThat(assessment.controls()).hasSize(Fixtures.CATALOG.controls().size());
    }

    @Test
    void aControlWithoutFindingsPassesOnlyWhenItHadSomethingToCheck() throws Exception {
        // Agents that decide about people, with no permissions, checkpoints, environments or waivers.
        Path fixture = Fixtures.all().stream().filter(p -> p.endsWith(Path.of("TR-03", "pass-notice-given.yaml"))).findFirst().orElseThrow();
        Map<String, ControlStatus> status = Fixtures.assess(fixture).controls().stream()
                .collect(Collectors.toMap(c -> c.control().id(), ControlResult::status));
        assertThat(status).containsEntry("TR-03", ControlStatus.PASS) // it examined the agents that decide about people
                .containsEntry("HO-02", ControlStatus.NOTHING_TO_CHECK) // no destructive grant in a critical environment
                .containsEntry("PM-02", ControlStatus.NOTHING_TO_CHECK) // no production permission
                .containsEntry("HO-03", ControlStatus.NOTHING_TO_CHECK) // no checkpoint
                .containsEntry("AC-06", ControlStatus.NOTHING_TO_CHECK) // no waiver
                // Whether the organization is a NIS2 entity is left unstated: the rule had nothing to look at.
                .containsEntry("IR-07", ControlStatus.NOTHING_TO_CHECK);
    }

    @Test
    void rightsAnAgentBorrowsAreSomethingToCheck() throws Exception {
        // The coding agent's own permissions read and deploy; deleting in production comes only with its operator's
        // credentials (an inherited identity), so the backup controls examined the environment and passed it.
        Map<String, ControlStatus> status = Fixtures.assess(Path.of("../samples/coding-agent-runtime.yaml")).controls().stream()
                .collect(Collectors.toMap(c -> c.control().id(), ControlResult::status));
        assertThat(status).containsEntry("IR-05", ControlStatus.PASS).containsEntry("IR-06", ControlStatus.PASS);
    }
}
