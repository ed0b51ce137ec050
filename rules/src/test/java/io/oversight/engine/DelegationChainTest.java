package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.engine.facts.Reaches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * Delegation reach grows with the chains that lead to an ungated high-impact grant, not with every
 * pair of agents: a chain of 3,000 agents (the whole chain one session, as delegation keeps it
 * together) holds one Reaches fact per agent that reaches the end. How long it takes is the
 * benchmark's business; that it stays linear is this test's.
 */
class DelegationChainTest {

    private static final int AGENTS = 3000;

    @Test
    void aChainOfThreeThousandDerivesOneReachesPerAgentBeforeTheLast() throws Exception {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: chain, organization: Chain Org, owner: p}
                people:
                  - {id: p}
                environments:
                  - {name: prod, kind: production, criticality: critical}
                agents:
                """);
        for (int i = 0; i < AGENTS - 1; i++) {
            yaml.append("  - {id: a").append(i).append(", owner: p, delegatesTo: [a").append(i + 1).append("]}\n");
        }
        yaml.append("  - {id: a").append(AGENTS - 1).append(", owner: p, environments: [prod], permissions: [{environment: prod, actions: [delete]}]}\n");
        Deployment deployment = new DeploymentReader(Fixtures.CATALOG.controlIds())
                .read("chain.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)).deployment();
        KieSession session = RuleBase.build(getClass().getClassLoader()).kieBase().newKieSession();
        Violations violations = new Violations();
        session.setGlobal(Violations.GLOBAL, violations);
        try {
            Facts.of(deployment, Fixtures.CATALOG, Fixtures.AS_OF).forEach(session::insert);
            session.fireAllRules();
            assertThat(session.getObjects(o -> o instanceof Reaches)).hasSize(AGENTS - 1);
            assertThat(violations.list()).filteredOn(v -> v.control().equals("PM-07")).hasSize(2 * (AGENTS - 1));
        } finally {
            session.dispose();
        }
    }
}
