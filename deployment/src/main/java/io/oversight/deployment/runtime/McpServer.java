package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import java.util.List;

/**
 * An MCP server an agent may call. {@code enabled} is null when the file leaves it to the
 * runtime's default (enabled); {@code tools} lists the tools the configuration exposes, all of
 * them when empty. Which calls need approval is in the configuration's rules.
 */
public record McpServer(String name, Position position, Located<Boolean> enabled, String transport, List<Located<String>> tools,
                        List<Credential> credentials) {

    public McpServer {
        tools = List.copyOf(tools);
        credentials = List.copyOf(credentials);
    }

    /** The same server, its setting, tools and credentials written in {@code other} (those not cited in a file of their own). */
    McpServer in(String other) {
        return new McpServer(name, position, enabled == null ? null : enabled.in(other), transport,
                tools.stream().map(t -> t.file() == null ? t.in(other) : t).toList(), credentials.stream().map(c -> c.in(other)).toList());
    }

    public boolean isEnabled() {
        return enabled == null || enabled.value();
    }
}
