package io.oversight.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.model.Checkpoint;
import io.oversight.deployment.model.Enforcement;
import io.oversight.deployment.model.OnTimeout;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.RuntimeTool;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What covers each grant an agent holds, as the rules ask it of the agent's summary: an effective
 * checkpoint listing it, a gate the platform enforces on the tools that reach its verb, and
 * nothing where the runtime lets a tool of that verb run unasked.
 */
class HeldGrantsTest {

    private static final EnvironmentKinds KINDS = new EnvironmentKinds(Set.of("prod"), Set.of("prod"), Set.of());
    private static final Permission DELETES_AND_DEPLOYS = new Permission("bot", "/agents/0/permissions/0", "prod", List.of("db/*"),
            List.of("delete", "deploy", "read"), "needed", null);

    @Test
    void aCheckpointCoversWhatItListsWithItsApprovals() {
        HeldGrants held = held(List.of(checkpoint(List.of("delete"), 1)), List.of());

        assertThat(held.coverage()).singleElement().satisfies(c -> {
            assertThat(c.grant().action()).isEqualTo("delete");
            assertThat(c.approvals()).isEqualTo(1);
        });
        assertThat(held.destructiveOneApproval()).extracting(Grant::action).containsExactly("delete");
        assertThat(held.destructiveUngated()).isEmpty();
        assertThat(held.ungatedHighImpactInProduction()).extracting(Grant::action).containsExactly("deploy");
        assertThat(held.destructiveProductionEntries()).containsExactly("/agents/0/permissions/0");
        assertThat(held.deletingEnvironments()).containsExactly("prod");
    }

    @Test
    void twoApprovalsAreTheTwoPersonRule() {
        HeldGrants held = held(List.of(checkpoint(List.of("*"), 2)), List.of());

        assertThat(held.destructiveOneApproval()).isEmpty();
        assertThat(held.destructiveUngated()).isEmpty();
        assertThat(held.ungatedHighImpactInProduction()).isEmpty();
    }

    @Test
    void aToolTheRuntimeRunsUnaskedLeavesItsVerbUncoveredWhateverTheCheckpointSays() {
        HeldGrants held = held(List.of(checkpoint(List.of("*"), 2)),
                List.of(RuntimeGate.of(new RuntimeTool("bot", "claude-code", "mcp__db__delete_rows", "allow", "f#@1:1"))));

        assertThat(held.coverage()).extracting(c -> c.grant().action()).containsExactlyInAnyOrder("deploy", "read");
        assertThat(held.destructiveUngated()).extracting(Grant::action).containsExactly("delete");
    }

    @Test
    void onlyThePlatformAskingIsOneApproval() {
        HeldGrants platform = held(List.of(), List.of(RuntimeGate.of(new RuntimeTool("bot", "kagent", "k8s_delete_resource", "ask", "f#@1:1"))));
        assertThat(platform.destructiveOneApproval()).extracting(Grant::action).containsExactly("delete");

        HeldGrants runtime = held(List.of(), List.of(RuntimeGate.of(new RuntimeTool("bot", "claude-code", "mcp__db__delete_rows", "ask", "f#@1:1"))));
        assertThat(runtime.coverage()).isEmpty();
        assertThat(runtime.destructiveUngated()).extracting(Grant::action).containsExactly("delete");
    }

    private static Checkpoint checkpoint(List<String> actions, int approvals) {
        return new Checkpoint("bot", "/agents/0/checkpoints/0", 0, "gate", null, actions, approvals, List.of("sre"), true, 60,
                OnTimeout.DENY, Enforcement.PLATFORM);
    }

    private static HeldGrants held(List<Checkpoint> checkpoints, List<RuntimeGate> gates) {
        OwnGrants own = new OwnGrants("bot", Grant.of(HeldPermission.own(DELETES_AND_DEPLOYS), KINDS));
        return HeldGrants.of(own, List.of(), checkpoints.stream().map(c -> new EffectiveCheckpoint("bot", c)).toList(), gates);
    }
}
