package io.oversight.engine.facts;

import io.oversight.deployment.model.Agent;
import java.util.ArrayList;
import java.util.List;

/** One entry of an agent's {@code delegatesTo}: {@code from} can invoke {@code to}. */
public record Delegation(String from, String to, String evidencePath) {

    public static List<Delegation> of(Agent agent) {
        List<Delegation> edges = new ArrayList<>(agent.delegatesTo().size());
        for (int i = 0; i < agent.delegatesTo().size(); i++) {
            edges.add(new Delegation(agent.id(), agent.delegatesTo().get(i), agent.path() + "/delegatesTo/" + i));
        }
        return edges;
    }
}
