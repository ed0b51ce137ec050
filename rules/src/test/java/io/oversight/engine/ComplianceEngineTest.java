package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Control;
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
    void implementsTheCoreControlsAndOnlyControlsOfTheCatalog() {
        Set<String> implemented = ComplianceEngine.builtIn().implementedControls();
        assertThat(implemented).containsAll(Set.of("HO-01", "HO-02", "HO-03", "HO-04", "HO-05", "PM-01", "PM-02", "PM-03",
                "AC-01", "AC-02", "AC-05"));
        assertThat(Fixtures.CATALOG.controlIds()).containsAll(implemented);
    }

    @Test
    void everyImplementedControlHasFailingAndPassingFixtures() {
        Set<String> implemented = ComplianceEngine.builtIn().implementedControls();
        for (String control : implemented) {
            Set<String> outcomes = Fixtures.all().stream()
                    .filter(p -> p.getParent().getFileName().toString().equals(control))
                    .map(p -> p.getFileName().toString().startsWith("fail-") ? "fail" : "pass")
                    .collect(Collectors.toSet());
            assertThat(outcomes).as("fixtures of %s", control).containsExactlyInAnyOrder("fail", "pass");
        }
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
}
