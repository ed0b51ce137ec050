package io.oversight.deployment.model;

/**
 * One way an agent's runtime configuration lets it act, and the setting that decides whether a
 * person is asked first. {@code tool} is written as the runtime's rules write it
 * ({@code Bash(aws:*)}, {@code mcp__github__create_issue}, {@code Operations(TerminateInstance)}),
 * or {@code *} for every tool no rule decides. {@code setting} is what decides: a rule's decision
 * ({@code allow}, {@code ask}, {@code deny}), the runtime's mode ({@code mode:never-ask}) or its
 * sandbox ({@code sandbox:full-access}); how each counts is the catalog's data
 * ({@code runtime-gates.yaml}). {@code evidencePath} names the runtime file and the place in it.
 * {@code tool} is kept as written, for the catalog to read what it reaches, so it may hold a secret
 * (a token in a command prefix): whatever shows it masks it first, as the rules' {@code RuntimeGate} does.
 * {@code executor}, when not null, says what runs the tool with credentials of its own rather than the
 * agent's identity (a remote MCP server, kagent's tool server, a Bedrock action group's Lambda): what
 * the agent's identity is granted does not bound what the tool can do. {@code limit}, when not null, is a switch its
 * server is started with that keeps tools from it ({@code --read-only}).
 */
public record RuntimeTool(String agentId, String kind, String tool, String setting, String evidencePath, String executor, ServerLimit limit) {

    /** A way to act that no switch of its server limits. */
    public RuntimeTool(String agentId, String kind, String tool, String setting, String evidencePath, String executor) {
        this(agentId, kind, tool, setting, evidencePath, executor, null);
    }

    /** A way to act that runs with the agent's own credentials, as a shell or a local MCP server does. */
    public RuntimeTool(String agentId, String kind, String tool, String setting, String evidencePath) {
        this(agentId, kind, tool, setting, evidencePath, null, null);
    }
}
