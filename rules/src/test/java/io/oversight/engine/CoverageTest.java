package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clause statuses follow jurisdiction, role, risk tier, the as-of date and the findings. */
class CoverageTest {

    private static final String DEPLOYMENT = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata:
              name: lending
              organization: Lend Ltd
              owner: cfo
              jurisdictions: [JURISDICTION]
              euAiActRoles: [deployer]
            people:
              - {id: cfo}
            agents:
              - id: scorer
                owner: cfo
                riskTier: high
                autonomy: advisory
                useCases: [credit]
                userFacing: true
                disclosure: false
            """;

    private static Assessment assess(String jurisdiction, LocalDate asOf) throws Exception {
        return Oversight.check(CheckRequest.of().asOf(asOf), "d.yaml",
                DEPLOYMENT.replace("JURISDICTION", jurisdiction).getBytes(StandardCharsets.UTF_8)).assessment();
    }

    private static Map<String, ClauseStatus> statuses(Assessment a, String framework) {
        return a.frameworks().stream().filter(f -> f.framework().id().equals(framework)).findFirst().orElseThrow().clauses().stream()
                .collect(Collectors.toMap(c -> c.clause().id(), ClauseResult::status));
    }

    @Test
    void euClausesAreUpcomingBeforeTheirDateAndGapsAfter() throws Exception {
        Map<String, ClauseStatus> before = statuses(assess("EU", LocalDate.of(2026, 11, 25)), "eu-ai-act");
        assertThat(before).containsEntry("Art. 27(1)", ClauseStatus.UPCOMING).containsEntry("Art. 4", ClauseStatus.GAP);
        Map<String, ClauseStatus> after = statuses(assess("EU", LocalDate.of(2028, 1, 10)), "eu-ai-act");
        assertThat(after).containsEntry("Art. 27(1)", ClauseStatus.GAP).containsEntry("Art. 26(6)", ClauseStatus.GAP);
    }

    @Test
    void providerClausesDoNotBindAMereDeployer() throws Exception {
        Map<String, ClauseStatus> after = statuses(assess("EU", LocalDate.of(2028, 1, 10)), "eu-ai-act");
        assertThat(after).containsEntry("Art. 50(1)", ClauseStatus.NOT_APPLICABLE).containsEntry("Art. 14(4)(e)", ClauseStatus.NOT_APPLICABLE);
    }

    @Test
    void euFrameworksDoNotApplyOutsideTheEu() throws Exception {
        Assessment us = assess("US", LocalDate.of(2026, 11, 25));
        FrameworkResult eu = us.frameworks().stream().filter(f -> f.framework().id().equals("eu-ai-act")).findFirst().orElseThrow();
        assertThat(eu.applicable()).isFalse();
        assertThat(eu.score()).isNull();
        assertThat(eu.attestations()).isEmpty();
        assertThat(eu.clauses()).allMatch(c -> c.status() == ClauseStatus.NOT_APPLICABLE);
        assertThat(statuses(us, "nist-ai-rmf")).containsEntry("GOVERN 1.6", ClauseStatus.NEEDS_ATTESTATION);
    }

    @Test
    void aGapNamesTheFindingsBehindIt() throws Exception {
        Assessment a = assess("EU", LocalDate.of(2028, 1, 10));
        ClauseResult art27 = a.frameworks().get(0).clauses().stream().filter(c -> c.clause().id().equals("Art. 27(1)")).findFirst().orElseThrow();
        Finding rm05 = a.findings().stream().filter(f -> f.control().equals("RM-05")).findFirst().orElseThrow();
        assertThat(art27.findings()).containsExactly(rm05.fingerprint());
        assertThat(art27.controls()).containsExactly("RM-05");
    }

    @Test
    void theScoreIsTheShareOfScoredClausesMet() throws Exception {
        for (FrameworkResult f : assess("EU", LocalDate.of(2028, 1, 10)).frameworks()) {
            long met = f.count(ClauseStatus.MET);
            long scored = met + f.count(ClauseStatus.GAP);
            assertThat(f.score()).isEqualTo(scored == 0 ? null : (double) met / scored);
        }
    }

    @Test
    void aFrameworkScopeEvaluatesOnlyItsControls() throws Exception {
        Assessment a = Oversight.check(CheckRequest.of().asOf(Fixtures.AS_OF).framework("gdpr"), "d.yaml",
                DEPLOYMENT.replace("JURISDICTION", "EU").getBytes(StandardCharsets.UTF_8)).assessment();
        Scope gdpr = Scope.framework(Fixtures.CATALOG, "gdpr");
        assertThat(a.frameworks()).extracting(f -> f.framework().id()).containsExactly("gdpr");
        assertThat(a.findings()).allMatch(f -> gdpr.includes(f.control()));
        assertThat(a.controls().stream().filter(c -> c.status() != ControlStatus.NOT_EVALUATED).map(c -> c.control().id()))
                .containsExactlyInAnyOrderElementsOf(gdpr.controls());
    }
}
