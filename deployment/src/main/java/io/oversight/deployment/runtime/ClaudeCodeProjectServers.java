package io.oversight.deployment.runtime;

import java.util.List;

/**
 * The MCP servers a Claude Code project defines in its {@code .mcp.json}, beside the {@code .claude}
 * folder of its settings, each with the credentials its {@code env}, {@code headers}, {@code args}
 * or {@code url} hand it, cited in that file. Claude Code starts every one the settings do not
 * reject ({@code disabledMcpjsonServers}, in either file of the pair, which wins over any approval):
 * approved ones ({@code enableAllProjectMcpServers}, {@code enabledMcpjsonServers}) without asking,
 * the others once the person at the prompt approves them, and in {@code claude -p}, SDK and cloud
 * sessions, which show no prompt, without asking. What Claude Code does not read there (Kiro's
 * {@code autoApprove}, Cline's {@code alwaysAllow}, a {@code disabled} flag) is not read either:
 * calls of the servers' tools ask as the settings say.
 */
public record ClaudeCodeProjectServers(List<McpServer> servers) {

    /** A project without a .mcp.json. */
    public static final ClaudeCodeProjectServers NONE = new ClaudeCodeProjectServers(List.of());

    public ClaudeCodeProjectServers {
        servers = List.copyOf(servers);
    }

    /** The servers of {@code read}, the project's .mcp.json read as an MCP client's server list, written in {@code file}. */
    static ClaudeCodeProjectServers of(String file, RuntimeConfiguration read) {
        return new ClaudeCodeProjectServers(read.servers().stream().map(s -> new McpServer(s.name(), s.position(), null, s.transport(),
                s.tools(), s.in(file).credentials(), s.in(file).limit())).toList());
    }

    /** {@code settings} with these servers after their own, each a server the settings reject turned off where they reject it. */
    public RuntimeConfiguration appliedTo(RuntimeConfiguration settings) {
        List<McpServer> defined = servers.stream().map(s -> settings.servers().stream()
                .filter(r -> r.name().equals(s.name()) && !r.isEnabled()).findFirst()
                .map(rejected -> new McpServer(s.name(), s.position(), rejected.enabled(), s.transport(), s.tools(), s.credentials(), s.limit())).orElse(s))
                .toList();
        return settings.plusServers(defined);
    }
}
