package io.oversight.report.pdf;

import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Environment;
import io.oversight.deployment.model.EnvironmentKind;
import io.oversight.deployment.model.Permission;
import io.oversight.engine.Finding;
import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of the agent inventory: what the agent may do in production, and how its open findings
 * spread over severities and control families. High-impact verbs are classified exactly as the
 * rules classify them, so the inventory and the findings never disagree.
 */
record AgentProfile(Agent agent, List<Verb> productionVerbs, Map<Severity, Integer> openBySeverity,
                    Map<String, Severity> worstByFamily) {

    AgentProfile {
        productionVerbs = List.copyOf(productionVerbs);
        openBySeverity = Collections.unmodifiableMap(new EnumMap<>(openBySeverity));
        worstByFamily = Map.copyOf(worstByFamily);
    }

    static List<AgentProfile> of(Deployment deployment, List<Finding> findings) {
        Set<String> production = deployment.environments().stream()
                .filter(e -> e.kind() == EnvironmentKind.PRODUCTION)
                .map(Environment::name)
                .collect(Collectors.toSet());
        Map<String, List<Finding>> byAgent = new HashMap<>();
        for (Finding f : findings) {
            if (!f.waived() && f.subject().agentId() != null) {
                byAgent.computeIfAbsent(f.subject().agentId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<AgentProfile> profiles = new ArrayList<>();
        for (Agent agent : deployment.agents()) {
            List<Finding> open = byAgent.getOrDefault(agent.id(), List.of());
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                counts.put(s, 0);
            }
            Map<String, Severity> worst = new HashMap<>();
            for (Finding f : open) {
                counts.merge(f.severity(), 1, Integer::sum);
                worst.merge(family(f.control()), f.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
            profiles.add(new AgentProfile(agent, productionVerbs(agent, production), counts, worst));
        }
        return List.copyOf(profiles);
    }

    private static List<Verb> productionVerbs(Agent agent, Set<String> production) {
        Set<Verb> verbs = EnumSet.noneOf(Verb.class);
        for (Permission p : agent.permissions()) {
            if (!production.contains(p.environment())) {
                continue;
            }
            for (String action : p.actions()) {
                Verb verb = ActionClassifier.classify(action);
                if (verb.highImpact()) {
                    verbs.add(verb);
                }
            }
        }
        return List.copyOf(verbs);
    }

    static String family(String controlId) {
        int dash = controlId.indexOf('-');
        return dash < 0 ? controlId : controlId.substring(0, dash);
    }
}
