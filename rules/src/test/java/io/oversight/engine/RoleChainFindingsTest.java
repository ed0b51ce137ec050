package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A right reached through a role chain is cited where it is granted, in the role's policy, and
 * where each role on the way is assumed, so that a reviewer sees both ends of the chain.
 */
class RoleChainFindingsTest {

    private static List<String> evidence(Finding finding) {
        return finding.evidence().stream().map(e -> Path.of(e.file()).getFileName() + ":" + e.line()).toList();
    }

    @Test
    void aDestructiveRightOfAnAssumedRoleCitesTheRolesLineAndTheAssumeLine() throws Exception {
        Assessment assessment = Fixtures.assess(Fixtures.root().resolve("HO-02/fail-role-chain.yaml"));
        List<Finding> ho02 = assessment.findings().stream().filter(f -> f.control().equals("HO-02")).toList();
        assertThat(ho02).extracting(RoleChainFindingsTest::evidence).containsExactlyInAnyOrder(
                List.of("assume-deploy-roles.json:6"),
                List.of("deploy-instances-role.json:8", "assume-deploy-roles.json:6"));
        assertThat(ho02).filteredOn(f -> f.evidence().size() == 2).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("ec2:TerminateInstances on arn:aws:ec2:eu-west-1:111122223333:instance/*"));
    }

    /** A clause judged by what the agent can delete applies when only a role it may assume deletes (IR-05: backups survive). */
    @Test
    void theRightsOfAnAssumedRoleDecideWhichClausesApply(@TempDir Path dir) throws Exception {
        Path fixtures = Fixtures.root().resolve("HO-02");
        Files.createDirectories(dir.resolve("policies"));
        for (String policy : List.of("assume-deploy-roles.json", "deploy-instances-role.json")) {
            Files.copy(fixtures.resolve("policies").resolve(policy), dir.resolve("policies").resolve(policy));
        }
        Files.writeString(dir.resolve("d.yaml"), Files.readString(fixtures.resolve("fail-role-chain.yaml")).replace(
                "    criticality: critical\n", "    criticality: critical\n    backups: {enabled: true, isolated: true, lastRestoreTest: 2026-10-02}\n"));
        Assessment assessment = Fixtures.assess(dir.resolve("d.yaml"));
        assertThat(assessment.findings()).noneMatch(f -> f.control().equals("IR-05"));
        assertThat(assessment.frameworks()).flatExtracting(FrameworkResult::clauses).filteredOn(c -> c.controls().contains("IR-05"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(ClauseStatus.MET));
    }

    @Test
    void rightsOfAnAssumedRoleBeyondTheIntendedOnesAreCitedAtBothEnds() throws Exception {
        Assessment assessment = Fixtures.assess(Fixtures.root().resolve("PM-08/fail-role-chain-beyond-intent.yaml"));
        assertThat(assessment.findings()).filteredOn(f -> f.control().equals("PM-08")).singleElement().satisfies(f -> {
            // The entry's written grant on role/deploy-* reaches the role as well as the imported policy's assume.
            assertThat(evidence(f)).containsExactly("deploy-instances-role.json:8", "assume-deploy-roles.json:6", "fail-role-chain-beyond-intent.yaml:25");
            assertThat(f.message()).endsWith("delete as ec2:TerminateInstances on arn:aws:ec2:eu-west-1:111122223333:instance/* "
                    + "(via role arn:aws:iam::111122223333:role/deploy-instances)");
        });
    }

    @Test
    void anAgentReachingABreakGlassRoleIsCitedAtEveryAssumeOnTheWay() throws Exception {
        Assessment assessment = Fixtures.assess(Fixtures.root().resolve("PM-09/fail-agent-reaches-break-glass.yaml"));
        assertThat(assessment.findings()).filteredOn(f -> f.control().equals("PM-09")).singleElement().satisfies(f -> {
            assertThat(evidence(f)).containsExactly("assume-ops.json:6", "ops-role.json:11");
            assertThat(f.message()).isEqualTo("'ops-bot' can take on break-glass role 'arn:aws:iam::111122223333:role/break-glass': "
                    + "via role arn:aws:iam::111122223333:role/ops, then role arn:aws:iam::111122223333:role/break-glass in prod");
        });
    }

    /** The role's "*" allows taking on the role itself: no second way, since acting as it holds its rights already. */
    @Test
    void anAgentActingAsTheBreakGlassRoleIsSaidToOnce() throws Exception {
        Assessment assessment = Fixtures.assess(Fixtures.root().resolve("PM-09/fail-agent-is-the-break-glass-role.yaml"));
        assertThat(assessment.findings()).filteredOn(f -> f.control().equals("PM-09")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("'bot' can take on break-glass role 'arn:aws:iam::111122223333:role/break-glass': acts as role "
                        + "arn:aws:iam::111122223333:role/break-glass in prod"));
    }
}
