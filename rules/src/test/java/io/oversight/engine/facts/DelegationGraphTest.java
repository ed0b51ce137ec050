package io.oversight.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.read.DeploymentReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DelegationGraphTest {

    private static DelegationGraph graph(String agents) throws Exception {
        String yaml = "apiVersion: oversight/v1\nkind: AgentDeployment\nmetadata: {name: d, organization: o, owner: p}\n"
                + "people:\n  - {id: p}\nagents:\n" + agents;
        return DelegationGraph.of(new DeploymentReader(CatalogLoader.builtIn().controlIds())
                .read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8)).deployment().agents());
    }

    @Test
    void theFirstHopIsTheFirstEntryThatStartsAShortestChain() throws Exception {
        DelegationGraph graph = graph("""
                  - {id: a, owner: p, delegatesTo: [b, c]}
                  - {id: b, owner: p, delegatesTo: [d]}
                  - {id: c, owner: p, delegatesTo: [t]}
                  - {id: d, owner: p, delegatesTo: [t]}
                  - {id: e, owner: p, delegatesTo: [f, f, g]}
                  - {id: f, owner: p, delegatesTo: [t]}
                  - {id: g, owner: p, delegatesTo: [t]}
                  - {id: t, owner: p}
                """);
        assertThat(graph.reaching("t")).containsExactly(
                new Reaches("c", "t", "/agents/2/delegatesTo/0"),
                new Reaches("d", "t", "/agents/3/delegatesTo/0"),
                new Reaches("f", "t", "/agents/5/delegatesTo/0"),
                new Reaches("g", "t", "/agents/6/delegatesTo/0"),
                new Reaches("a", "t", "/agents/0/delegatesTo/1"),
                new Reaches("b", "t", "/agents/1/delegatesTo/0"),
                new Reaches("e", "t", "/agents/4/delegatesTo/0"));
    }

    @Test
    void anAgentReachesItselfOnlyByNamingItself() throws Exception {
        DelegationGraph graph = graph("""
                  - {id: a, owner: p, delegatesTo: [b]}
                  - {id: b, owner: p, delegatesTo: [a]}
                  - {id: s, owner: p, delegatesTo: [a, s]}
                """);
        assertThat(graph.reaching("a")).containsExactly(
                new Reaches("b", "a", "/agents/1/delegatesTo/0"),
                new Reaches("s", "a", "/agents/2/delegatesTo/0"));
        assertThat(graph.reaching("s")).containsExactly(new Reaches("s", "s", "/agents/2/delegatesTo/1"));
        assertThat(graph.reaching("nobody")).isEmpty();
    }

    @Test
    void aChainOfThreeThousandIsWalkedWithoutDeepeningTheStack() throws Exception {
        int n = 3000;
        StringBuilder agents = new StringBuilder();
        for (int i = 0; i < n; i++) {
            agents.append("  - {id: a").append(i).append(", owner: p").append(i + 1 < n ? ", delegatesTo: [a" + (i + 1) + "]" : "").append("}\n");
        }
        DelegationGraph graph = graph(agents.toString());
        assertThat(graph.reaching("a" + (n - 1))).hasSize(n - 1)
                .startsWith(new Reaches("a2998", "a2999", "/agents/2998/delegatesTo/0"))
                .endsWith(new Reaches("a0", "a2999", "/agents/0/delegatesTo/0"));
        assertThat(graph.reaching("a0")).isEmpty();
    }
}
