package io.oversight.deployment.read;

import io.oversight.deployment.SourceMap;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.AgentRuntime;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.RuntimeDelegate;
import io.oversight.deployment.runtime.RuntimeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties each agent a runtime configuration hands work to (a kagent Agent tool, a Bedrock
 * collaborator) to the agent of the deployment that runs as it: the agent whose runtime names the
 * same kagent Agent ({@code namespace/name}), or the same Bedrock agent of the same template;
 * failing that, the agent whose id is the delegate's name. A delegate no agent runs as is a
 * problem at its line in the runtime file, as an unknown {@code delegatesTo} entry is at its own.
 */
final class RuntimeDelegates {

    private RuntimeDelegates() {
    }

    static Deployment resolve(Deployment deployment, SourceMap sources, Problems problems) {
        Map<String, String> runsAs = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Agent agent : deployment.agents()) {
            ids.add(agent.id());
            if (agent.runtime() != null && agent.runtime().name() != null) {
                runsAs.putIfAbsent(key(agent.runtime(), agent.runtime().name()), agent.id());
            }
        }
        if (deployment.agents().stream().allMatch(a -> a.runtime() == null || a.runtime().delegates().isEmpty())) {
            return deployment;
        }
        List<Agent> agents = new ArrayList<>(deployment.agents().size());
        for (Agent agent : deployment.agents()) {
            AgentRuntime runtime = agent.runtime();
            if (runtime == null || runtime.delegates().isEmpty()) {
                agents.add(agent);
                continue;
            }
            List<RuntimeDelegate> resolved = new ArrayList<>();
            for (RuntimeDelegate delegate : runtime.delegates()) {
                String to = runsAs.get(key(runtime, delegate.reference()));
                if (to == null && ids.contains(delegate.name())) {
                    to = delegate.name();
                }
                if (to == null) {
                    SourceMap.Location at = sources.resolve(delegate.evidencePath());
                    String byRuntime = outsideTheTemplate(runtime, delegate.reference())
                            ? "; it is defined outside this template, so describe it as an agent with id '" + delegate.name() + "'"
                            : "; describe it under 'agents' with runtime {kind: " + runtime.kind() + ", path: ..., name: " + delegate.reference()
                                    + "}, or as an agent with id '" + delegate.name() + "'";
                    problems.forFile(at.file()).add(at.position(), "agent '" + agent.id() + "' hands work to '" + delegate.reference()
                            + "', which no agent of the deployment runs as" + Suggestions.didYouMean(delegate.reference(), runsAs.keySet().stream()
                            .map(RuntimeDelegates::nameOf).toList()) + byRuntime);
                } else {
                    resolved.add(delegate.resolvedTo(to));
                }
            }
            agents.add(agent.withRuntime(runtime.withDelegates(resolved)));
        }
        return new Deployment(deployment.metadata(), deployment.governance(), deployment.people(), deployment.environments(), agents,
                deployment.waivers(), deployment.roles());
    }

    /**
     * Whether a Bedrock collaborator is named by what no {@code name} of a runtime can pick: a
     * template's parameter or import ({@code !Ref AliasArn}, {@code Fn::ImportValue}) or an alias ARN,
     * not the logical ID of an agent of the same template.
     */
    private static boolean outsideTheTemplate(AgentRuntime runtime, String reference) {
        return runtime.kind().equals(RuntimeKind.BEDROCK_AGENT.word()) && !reference.matches("[A-Za-z0-9]+");
    }

    /** A kagent Agent is known by namespace/name in any manifest; a Bedrock agent by its logical ID within its template. */
    private static String key(AgentRuntime runtime, String name) {
        return runtime.kind() + "\u0000" + (runtime.kind().equals(RuntimeKind.KAGENT.word()) ? "" : runtime.file()) + "\u0000" + name;
    }

    private static String nameOf(String key) {
        return key.substring(key.lastIndexOf('\u0000') + 1);
    }
}
