package io.oversight.report.pdf;

import io.oversight.access.AgentAccess;
import io.oversight.access.EffectiveAccess;
import io.oversight.access.EnvironmentAccess;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.Control;
import io.oversight.catalog.Severity;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.Agent;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of the agent inventory: what the agent may do in production, and how its open findings
 * spread over severities and control families. What the agent may do is its effective access,
 * classified as the rules classify it, so the inventory and the findings never disagree.
 */
record AgentProfile(Agent agent, List<Verb> productionVerbs, Map<Severity, Integer> openBySeverity,
                    Map<String, Severity> worstByFamily) {

    AgentProfile {
        productionVerbs = List.copyOf(productionVerbs);
        openBySeverity = Collections.unmodifiableMap(new EnumMap<>(openBySeverity));
        worstByFamily = Map.copyOf(worstByFamily);
    }

    static List<AgentProfile> of(Assessment assessment) {
        Map<String, AgentAccess> access = EffectiveAccess.of(assessment.input()).stream()
                .collect(Collectors.toMap(AgentAccess::agentId, Function.identity(), (a, b) -> a));
        Map<String, List<Finding>> byAgent = new HashMap<>();
        for (Finding f : assessment.findings()) {
            if (!f.waived() && f.subject().agentId() != null) {
                byAgent.computeIfAbsent(f.subject().agentId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<AgentProfile> profiles = new ArrayList<>();
        for (Agent agent : assessment.input().deployment().agents()) {
            List<Finding> open = byAgent.getOrDefault(agent.id(), List.of());
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                counts.put(s, 0);
            }
            Map<String, Severity> worst = new HashMap<>();
            for (Finding f : open) {
                counts.merge(f.severity(), 1, Integer::sum);
                worst.merge(family(assessment.catalog(), f), f.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
            profiles.add(new AgentProfile(agent, productionVerbs(access.get(agent.id())), counts, worst));
        }
        return List.copyOf(profiles);
    }

    /** The high-impact verbs the agent holds in production environments, in the verbs' declared order. */
    private static List<Verb> productionVerbs(AgentAccess access) {
        Set<Verb> verbs = EnumSet.noneOf(Verb.class);
        for (EnvironmentAccess environment : access.environments()) {
            if (environment.production()) {
                environment.verbs().stream().filter(Verb::highImpact).forEach(verbs::add);
            }
        }
        return List.copyOf(verbs);
    }

    private static String family(Catalog catalog, Finding finding) {
        return catalog.control(finding.control()).map(Control::family)
                .orElseThrow(() -> new IllegalStateException("a finding names control " + finding.control() + ", which the catalog lacks"));
    }

    /** The risk the agent's open findings carry, weighted as the remediation plan ranks packages. */
    int risk() {
        return openBySeverity.entrySet().stream().mapToInt(e -> WorkPackagePlan.weight(e.getKey()) * e.getValue()).sum();
    }

    /** Riskiest first; agents of equal risk by id. */
    static final java.util.Comparator<AgentProfile> BY_RISK = java.util.Comparator.comparingInt(AgentProfile::risk).reversed()
            .thenComparing(p -> p.agent().id(), Words.NATURAL);
}
