package io.oversight.engine.facts;

import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.RuntimeDelegate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code from} can invoke {@code to}: an entry of the agent's {@code delegatesTo}, or an agent its
 * runtime configuration hands work to (a kagent Agent tool, a Bedrock collaborator) that
 * {@code delegatesTo} does not already name. {@code evidencePath} locates the entry, or the line of
 * the runtime file.
 */
public record Delegation(String from, String to, String evidencePath) {

    /** The agent's delegations: {@code delegatesTo} in file order, then its runtime's. */
    public static List<Delegation> of(Agent agent) {
        List<Delegation> edges = new ArrayList<>(agent.delegatesTo().size());
        for (int i = 0; i < agent.delegatesTo().size(); i++) {
            edges.add(new Delegation(agent.id(), agent.delegatesTo().get(i), agent.path() + "/delegatesTo/" + i));
        }
        if (agent.runtime() != null) {
            for (RuntimeDelegate delegate : agent.runtime().delegates()) {
                if (delegate.to() != null && edges.stream().noneMatch(e -> e.to().equals(delegate.to()))) {
                    edges.add(new Delegation(agent.id(), delegate.to(), delegate.evidencePath()));
                }
            }
        }
        return edges;
    }
}
