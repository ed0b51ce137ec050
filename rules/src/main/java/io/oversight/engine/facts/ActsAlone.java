package io.oversight.engine.facts;

import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates.Gate;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Autonomy;
import io.oversight.deployment.model.RuntimeTool;
import java.util.Arrays;
import java.util.List;

/**
 * An agent that acts without a human confirming each action: autonomous, autonomy not stated, or
 * declared supervised while its runtime configuration runs a high-impact action without asking
 * anyone, which no declaration can undo. {@code why} is empty for the first two; for the third it
 * says which tool runs unasked, as findings append it to "acts alone".
 */
public record ActsAlone(String agentId, String why) {

    /**
     * The fact for {@code agent} when it acts alone, saying why when its declaration says otherwise;
     * none when it does not (a list, as the rules' {@code from} takes it). The one definition the
     * rules and the controls' subjects read.
     */
    public static List<ActsAlone> of(Agent agent) {
        if (agent.autonomy() == null || agent.autonomy() == Autonomy.AUTONOMOUS) {
            return List.of(new ActsAlone(agent.id(), ""));
        }
        if (agent.autonomy() != Autonomy.SUPERVISED || agent.runtime() == null) {
            return List.of();
        }
        for (RuntimeTool tool : agent.runtime().tools()) {
            RuntimeGate gate = RuntimeGate.of(tool);
            if (gate.gate() == Gate.NONE && Arrays.stream(Verb.values()).anyMatch(v -> v.highImpact() && gate.reaches(v))) {
                String how = gate.setting().startsWith("hook:") ? "lets a hook approve " : "runs ";
                return List.of(new ActsAlone(agent.id(), " (declared supervised, but its runtime " + how + gate.describe()
                        + " without asking anyone)"));
            }
        }
        return List.of();
    }
}
