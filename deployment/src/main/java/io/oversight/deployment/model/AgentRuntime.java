package io.oversight.deployment.model;

import java.util.List;

/**
 * The runtime configuration an agent names in {@code agents[].runtime}, as the rules see it: the
 * file, the agent within it, each way the configuration lets the agent act ({@code tools}), the
 * agents it hands work to ({@code delegates}), the identity it runs the agent as
 * ({@code principal}, null when it names none) and the credentials it hands over that are a
 * person's ({@code credentials}). {@code kind} is the format's word ({@code claude-code},
 * {@code kagent}, ...).
 */
public record AgentRuntime(String agentId, String path, String kind, String file, String name, List<RuntimeTool> tools,
                           List<RuntimeDelegate> delegates, RuntimePrincipal principal, List<RuntimeCredential> credentials) {

    public AgentRuntime {
        tools = List.copyOf(tools);
        delegates = List.copyOf(delegates);
        credentials = List.copyOf(credentials);
    }

    public AgentRuntime withDelegates(List<RuntimeDelegate> resolved) {
        return new AgentRuntime(agentId, path, kind, file, name, tools, resolved, principal, credentials);
    }
}
