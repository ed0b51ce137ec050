package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deployment's agents are read one by one, on every core from 2,000 agents; an agent the fast
 * reader cannot read alone sends the whole file to SnakeYAML. Whichever way a file is read, it gives
 * the same agents, in order, at the same lines, and the same problems.
 */
class SplitReadingTest {

    private static final int AGENTS = 2_500; // enough to be bound on several threads

    private final DeploymentReader reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());

    private static String fleet(String agentExtra) {
        StringBuilder s = new StringBuilder("""
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: fleet, organization: Fleet Ltd, owner: olga}
                people:
                  - {id: olga, roles: [sre]}
                environments:
                  - {name: prod, kind: production, criticality: critical}
                agents:
                """);
        for (int i = 0; i < AGENTS; i++) {
            s.append("  - id: agent-").append(i).append("\n    owner: olga\n");
            s.append("    permissions:\n      - {environment: prod, actions: [read], justification: ticket ").append(i).append("}\n");
            if (i == 1_234) {
                s.append(agentExtra);
            }
        }
        s.append("waivers:\n  - {control: HO-02, agent: agent-7, justification: later, approvedBy: olga, expires: 2027-01-31}\n");
        return s.toString();
    }

    private DeploymentFile read(String name, String text) throws InvalidInputException {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryAgentInOrderAtItsLine() throws InvalidInputException {
        DeploymentFile file = read("fleet.yaml", fleet(""));
        List<Agent> agents = file.deployment().agents();
        assertThat(agents).hasSize(AGENTS);
        for (int i = 0; i < AGENTS; i += 499) {
            assertThat(agents.get(i).id()).isEqualTo("agent-" + i);
            assertThat(agents.get(i).path()).isEqualTo("/agents/" + i);
            assertThat(agents.get(i).permissions().get(0).justification()).isEqualTo("ticket " + i);
            // The header is 8 lines, and each agent takes 4.
            assertThat(file.sources().locate("/agents/" + i + "/owner")).isEqualTo(new Position(9 + 4 * i + 1, 12));
            assertThat(file.sources().locate("/agents/" + i + "/permissions/0/actions/0")).isEqualTo(new Position(9 + 4 * i + 3, 39));
        }
        assertThat(file.sources().locate("/waivers/0/agent")).isEqualTo(new Position(9 + 4 * AGENTS + 1, 29));
        assertThat(file.deployment().waivers()).hasSize(1);
    }

    @Test
    void anAgentTheFastReaderCannotReadAloneSendsTheFileToSnakeYaml() throws InvalidInputException {
        // A plain scalar over two lines: the fast reader steps aside at agent 1,234 only.
        DeploymentFile file = read("fleet.yaml", fleet("    purpose: keeps the fleet\n      in good order\n"));
        assertThat(file.deployment().agents()).hasSize(AGENTS);
        assertThat(file.deployment().agents().get(1_234).purpose()).isEqualTo("keeps the fleet in good order");
        assertThat(file.sources().locate("/agents/2000/owner")).isEqualTo(new Position(9 + 4 * 2000 + 2 + 1, 12));
    }

    @Test
    void problemsOfAgentsReadOnSeveralThreadsAreReportedInFileOrder() {
        String text = fleet("    ownr: sam\n").replace("  - id: agent-2400\n    owner: olga\n", "  - id: agent-2400\n    owner: nobody\n")
                .replace("  - id: agent-99\n    owner: olga\n", "  - id: agent-1\n    owner: olga\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("fleet.yaml", text));
        assertThat(e.problems().stream().map(Problem::format).toList()).containsExactly(
                "fleet.yaml:405:9: duplicate agent id 'agent-1' (first declared at line 13)",
                "fleet.yaml:4949:5: unknown key 'ownr' in agent 'agent-1234' (did you mean 'owner'?)",
                "fleet.yaml:9611:12: unknown person 'nobody'; declare it under 'people'");
    }

    @Test
    void readsTheSameFleetWrittenAsJsonWithTheSameAgents() throws InvalidInputException {
        String json = """
                {"apiVersion": "oversight/v1", "kind": "AgentDeployment",
                 "metadata": {"name": "fleet", "organization": "Fleet Ltd", "owner": "olga"},
                 "people": [{"id": "olga", "roles": ["sre"]}],
                 "environments": [{"name": "prod", "kind": "production", "criticality": "critical"}],
                 "agents": [
                """ + String.join(",\n", java.util.stream.IntStream.range(0, AGENTS).mapToObj(i -> "  {\"id\": \"agent-" + i
                + "\", \"owner\": \"olga\", \"permissions\": [{\"environment\": \"prod\", \"actions\": [\"read\"], \"justification\": \"ticket "
                + i + "\"}]}").toList()) + "\n]}\n";
        DeploymentFile file = read("fleet.json", json);
        List<Agent> agents = file.deployment().agents();
        assertThat(agents).hasSize(AGENTS);
        assertThat(agents.get(2_222).id()).isEqualTo("agent-2222");
        assertThat(agents.get(2_222).permissions().get(0).justification()).isEqualTo("ticket 2222");
        assertThat(file.sources().locate("/agents/2222/owner")).isEqualTo(new Position(6 + 2_222, 33));
        assertThat(file.sources().locate("/agents/0")).isEqualTo(new Position(6, 3));
    }
}
