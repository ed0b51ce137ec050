package io.oversight.deployment.model;

import java.util.List;

/**
 * The runtime configuration an agent names in {@code agents[].runtime}, as the rules see it: the
 * file, the agent within it, and each way the configuration lets the agent act ({@code tools}).
 * {@code kind} is the format's word ({@code claude-code}, {@code kagent}, ...).
 */
public record AgentRuntime(String agentId, String path, String kind, String file, String name, List<RuntimeTool> tools) {

    public AgentRuntime {
        tools = List.copyOf(tools);
    }
}
