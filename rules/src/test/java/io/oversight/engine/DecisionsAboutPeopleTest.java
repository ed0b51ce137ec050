package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A consumer-facing agent that decides on loans in Colorado: Colorado SB 26-189's duties are upcoming
 * until 2027-01-01 and judged by TR-03 from then on; California's and the GDPR's are not applicable.
 */
class DecisionsAboutPeopleTest {

    private static final String DEPLOYMENT = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: lending, organization: Lend LLC, owner: coo, jurisdictions: [US, US-CO], euAiActRoles: [deployer]}
            people:
              - {id: coo}
            agents:
              - id: loan-bot
                owner: coo
                riskTier: high
                userFacing: true
                disclosure: true
                useCases: [credit]
                decisions: {aboutPeople: true, notice: true, explanation: true, humanReview: HUMAN_REVIEW, appeal: true, correction: true}
            """;

    private static Assessment assess(boolean humanReview, LocalDate asOf) throws Exception {
        return Oversight.check(CheckRequest.of().asOf(asOf), "lending.yaml",
                DEPLOYMENT.replace("HUMAN_REVIEW", String.valueOf(humanReview)).getBytes(StandardCharsets.UTF_8)).assessment();
    }

    private static Map<String, String> statuses(Assessment a, String framework) {
        return a.frameworks().stream().filter(f -> f.framework().id().equals(framework)).findFirst().orElseThrow().clauses().stream()
                .collect(Collectors.toMap(c -> c.clause().id(), c -> c.status().label()));
    }

    @Test
    void coloradoDutiesAreUpcomingUntilTheyBindAndThenJudged() throws Exception {
        assertThat(statuses(assess(false, LocalDate.of(2026, 12, 31)), "colorado-sb-26-189")).isEqualTo(Map.of(
                "Notice at the point of use", "upcoming", "Explanation of an adverse decision", "upcoming",
                "Correction and human review", "upcoming", "Records", "upcoming", "Developer documentation", "not-applicable"));
        Assessment gap = assess(false, LocalDate.of(2027, 1, 2));
        assertThat(statuses(gap, "colorado-sb-26-189")).isEqualTo(Map.of(
                "Notice at the point of use", "gap", "Explanation of an adverse decision", "gap",
                "Correction and human review", "gap", "Records", "needs-attestation", "Developer documentation", "not-applicable"));
        assertThat(gap.findings()).filteredOn(f -> f.control().equals("TR-03"))
                .extracting(f -> f.subject().agentId() + " " + f.severity().label()).containsExactly("loan-bot high");
        assertThat(statuses(assess(true, LocalDate.of(2027, 1, 2)), "colorado-sb-26-189")).isEqualTo(Map.of(
                "Notice at the point of use", "met", "Explanation of an adverse decision", "met",
                "Correction and human review", "met", "Records", "needs-attestation", "Developer documentation", "not-applicable"));
    }

    @Test
    void otherJurisdictionsDecisionDutiesDoNotApply() throws Exception {
        Assessment a = assess(true, LocalDate.of(2027, 1, 2));
        assertThat(statuses(a, "ccpa-admt").values()).containsOnly("not-applicable");
        assertThat(statuses(a, "gdpr").values()).containsOnly("not-applicable");
        assertThat(statuses(a, "texas-traiga").values()).containsOnly("not-applicable");
    }
}
