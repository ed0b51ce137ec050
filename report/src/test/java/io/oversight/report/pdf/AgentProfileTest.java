package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Control;
import io.oversight.catalog.Severity;
import io.oversight.catalog.action.Verb;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inventory reads each agent's effective access and each finding's control family; it classifies nothing itself. */
class AgentProfileTest {

    private final Assessment assessment = Samples.assess("production-verbs.yaml");
    private final List<AgentProfile> profiles = AgentProfile.of(assessment);

    @Test
    void productionVerbsAreTheHighImpactVerbsOfTheEffectiveAccessInProduction() {
        assertThat(profiles).extracting(p -> p.agent().id()).containsExactly("uploader", "developer");
        assertThat(profiles.get(0).productionVerbs()).as("s3:Put* updates objects, deletes them through lifecycle rules and grants through bucket policies")
                .containsExactly(Verb.UPDATE, Verb.DELETE, Verb.GRANT);
        assertThat(profiles.get(1).productionVerbs()).as("development only").isEmpty();
    }

    @Test
    void openFindingsSpreadOverTheFamiliesOfTheirControls() {
        for (AgentProfile profile : profiles) {
            Map<String, Severity> worst = new HashMap<>();
            for (Finding f : assessment.openFindings()) {
                if (profile.agent().id().equals(f.subject().agentId())) {
                    worst.merge(assessment.catalog().control(f.control()).map(Control::family).orElseThrow(), f.severity(),
                            (a, b) -> a.atLeast(b) ? a : b);
                }
            }
            assertThat(profile.worstByFamily()).as(profile.agent().id()).isEqualTo(worst).isNotEmpty();
            assertThat(profile.openBySeverity().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(assessment.openFindings().stream().filter(f -> profile.agent().id().equals(f.subject().agentId())).count());
        }
    }
}
