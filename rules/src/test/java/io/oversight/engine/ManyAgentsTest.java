package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules must give the same answer for the hundredth agent as for the first: classic DRL once broke
 * after about 20 evaluations of a constraint (MVEL's JIT), so this runs the core controls over far
 * more agents than any fixture has, alternating failing and passing ones.
 */
class ManyAgentsTest {

    private static final int AGENTS = 120;

    private static String deployment() {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: fleet, organization: Fleet Ltd, owner: boss}
                people:
                  - {id: boss}
                  - {id: a1, roles: [approver]}
                  - {id: a2, roles: [approver]}
                environments:
                  - {name: prod, kind: production, criticality: critical}
                agents:
                """);
        for (int i = 0; i < AGENTS; i++) {
            boolean gated = i % 2 == 1;
            yaml.append("  - id: bot-").append(i).append('\n')
                    .append("    owner: boss\n")
                    .append("    environments: [prod]\n")
                    .append("    identity: {type: ").append(gated ? "dedicated, principal: svc-bot-" + i : "inherited, inheritedFrom: boss").append("}\n")
                    .append("    permissions:\n")
                    .append("      - environment: prod\n")
                    .append("        actions: [\"ec2:TerminateInstances\"]\n");
            if (gated) {
                yaml.append("    checkpoints:\n")
                        .append("      - {name: two, actions: [delete], approvals: 2, approverRoles: [approver], independentOfRequester: true}\n");
            }
        }
        return yaml.toString();
    }

    @Test
    void everyUngatedAgentFailsAndEveryGatedOnePasses() throws Exception {
        Assessment a = Fixtures.assess("fleet.yaml", deployment());
        List<String> expected = new ArrayList<>();
        int line = 11;
        for (int i = 0; i < AGENTS; i++) {
            int actionsLine = line + 6;
            if (i % 2 == 0) {
                expected.add("HO-02 critical agent:bot-" + i + " line " + actionsLine);
                line += 7;
            } else {
                line += 9;
            }
        }
        assertThat(a.findings().stream().filter(f -> f.control().equals("HO-02")).map(Fixtures::describe))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(a.findings().stream().filter(f -> f.control().equals("PM-01"))).hasSize(AGENTS / 2);
        assertThat(a.findings().stream().filter(f -> f.control().equals("HO-03"))).isEmpty();
    }

    /** The start of a fleet's file, up to its agents, with its one {@code environment}: line 7 is the first agent's. */
    private static StringBuilder sharedFleet(String environment) {
        return new StringBuilder("""
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: fleet, organization: Acme, owner: o}
                people: [{id: o}]
                environments: [ENVIRONMENT]
                agents:
                """.replace("ENVIRONMENT", environment));
    }

    /** Agents sharing one principal are each told who else uses it, the first three by name: not hundreds in every message. */
    @Test
    void aSharedPrincipalNamesTheFirstThreeOthersAndCountsTheRest() throws Exception {
        StringBuilder yaml = sharedFleet("{name: dev, kind: development}");
        for (int i = 1; i <= 6; i++) {
            yaml.append("  - {id: bot-").append(i).append(", owner: o, identity: {type: dedicated, principal: svc-shared},")
                    .append(" permissions: [{environment: dev, actions: [read], resources: [\"arn:aws:s3:::x/*\"]}]}\n");
        }
        Assessment a = Fixtures.assess("fleet.yaml", yaml.toString());
        assertThat(a.findings().stream().filter(f -> f.control().equals("PM-01") && f.subject().id().equals("bot-1")).map(Finding::message))
                .containsExactly("'bot-1' is declared to act with an identity of its own, but 'bot-2', 'bot-3', 'bot-4' (+2 more) act as"
                        + " 'svc-shared' too: they share its credentials, so 'bot-1' holds their rights");
    }

    /**
     * A fleet of copies on one principal holds each right once: an entry identical to one of the
     * agent's own, or to one an earlier co-user lends, adds nothing (they had made memory and the
     * report grow as the square of the fleet, and 400 copies ran out of a 1 GB heap). A right only
     * one copy has still reaches every other, cited where that copy writes it.
     */
    @Test
    void copiesOnOnePrincipalHoldEachRightOnceAndWhatOnlyOneHasReachesTheOthers() throws Exception {
        StringBuilder yaml = sharedFleet("{name: prod, kind: production, criticality: critical}");
        for (int i = 1; i <= 150; i++) {
            yaml.append("  - {id: bot-").append(i).append(", owner: o, environments: [prod], identity: {type: dedicated, principal: svc-shared},")
                    .append(" permissions: [{environment: prod, actions: [read], resources: [\"arn:aws:s3:::x/*\"]}")
                    .append(i == 1 ? ", {environment: prod, actions: [\"ec2:TerminateInstances\"], resources: [\"*\"]}" : "").append("]}\n");
        }
        Assessment a = Fixtures.assess("fleet.yaml", yaml.toString());
        assertThat(a.findings().stream().filter(f -> f.control().equals("HO-02")).map(Fixtures::describe))
                .as("every copy holds bot-1's terminate, cited on bot-1's line 7").hasSize(150).allMatch(d -> d.endsWith(" line 7"));
        assertThat(a.findings().stream().filter(f -> f.control().equals("PM-08") && f.subject().id().equals("bot-2")).map(Finding::items))
                .as("bot-1's right, lent once: not by the 148 other copies too")
                .containsExactly(List.of("delete as ec2:TerminateInstances on * (shared with bot-1)", "resources * (shared with bot-1)"));
        assertThat(a.findings().stream().filter(f -> f.control().equals("PM-08") && f.subject().id().equals("bot-1"))).isEmpty();
        io.oversight.deployment.model.Deployment fleet = a.input().deployment();
        assertThat(new io.oversight.access.HeldPermissions(fleet).of(fleet.agents().get(1)))
                .extracting(h -> h.permission().path() + " " + h.borrowed())
                .containsExactly("/agents/1/permissions/0 ", "/agents/0/permissions/1 shared with bot-1");
    }
}
