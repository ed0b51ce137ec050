package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.model.ServerLimit;
import java.util.List;

/**
 * An MCP server an agent may call. {@code enabled} is null when the file leaves it to the
 * runtime's default (enabled); {@code tools} lists the tools the configuration exposes, all of
 * them when empty. Which calls need approval is in the configuration's rules. {@code limit}, when not null, is a switch
 * the server is started with that keeps tools from it ({@code --read-only}), where it is written.
 */
public record McpServer(String name, Position position, Located<Boolean> enabled, String transport, List<Located<String>> tools,
                        List<Credential> credentials, Located<ServerLimit> limit) {

    public McpServer {
        tools = List.copyOf(tools);
        credentials = List.copyOf(credentials);
    }

    /** A server started with no switch that keeps tools from it. */
    public McpServer(String name, Position position, Located<Boolean> enabled, String transport, List<Located<String>> tools,
                     List<Credential> credentials) {
        this(name, position, enabled, transport, tools, credentials, null);
    }

    /** The same server, its setting, tools, credentials and limit written in {@code other} (those not cited in a file of their own). */
    McpServer in(String other) {
        return new McpServer(name, position, enabled == null ? null : enabled.in(other), transport,
                tools.stream().map(t -> t.file() == null ? t.in(other) : t).toList(), credentials.stream().map(c -> c.in(other)).toList(),
                limit == null || limit.file() != null ? limit : limit.in(other));
    }

    public boolean isEnabled() {
        return enabled == null || enabled.value();
    }
}
