package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import java.util.List;

/**
 * One rule of a runtime: what it does when the agent calls {@code tool}, narrowed by
 * {@code specifier} (a command prefix, a path pattern, a function) or for every use of the tool
 * when the specifier is empty. MCP tools are named as Claude Code names them,
 * {@code mcp__SERVER__TOOL}, or {@code mcp__SERVER} for every tool of a server, whatever the format.
 * {@code file} is null for the configuration's own file (see {@link Located}).
 */
public record RuntimeRule(String tool, String specifier, Decision decision, Position position, String file) {

    public RuntimeRule(String tool, String specifier, Decision decision, Position position) {
        this(tool, specifier, decision, position, null);
    }

    /** The same rule, written in {@code other}. */
    RuntimeRule in(String other) {
        return new RuntimeRule(tool, specifier, decision, position, other);
    }

    /** The rule as a person would write it: {@code Bash(git push:*)}, {@code mcp__github__create_issue}. */
    public String written() {
        return specifier.isEmpty() ? tool : tool + "(" + specifier + ")";
    }

    /** Ends a command-prefix specifier: {@code Bash(npm run test:*)}. */
    static final String PREFIX = ":*";

    /** Ends a command-prefix specifier as Claude Code's permission dialog writes it, matching the same commands: {@code Bash(npm run test *)}. */
    private static final String SPACED_PREFIX = " *";

    /**
     * The command a command-prefix specifier ({@code aws s3:*}, or {@code aws s3 *}: a trailing
     * {@code *} after a space keeps the word whole) lets a command start with, followed by a space
     * or nothing ({@code aws s3}); null when the specifier is no such prefix.
     */
    static String prefixed(String specifier) {
        for (String end : List.of(PREFIX, SPACED_PREFIX)) {
            if (specifier.endsWith(end)) {
                return specifier.substring(0, specifier.length() - end.length());
            }
        }
        return null;
    }

    /**
     * A rule for the shell commands that start with {@code command}, as a Bash rule by its prefix
     * ({@code Bash(aws s3:*)}): the form every runtime's command rules are read in, which the runtime
     * gates read commands by and which rules beside it cover.
     */
    static RuntimeRule commandPrefix(String command, Decision decision, Position position, String file) {
        return new RuntimeRule("Bash", command + PREFIX, decision, position, file);
    }

    /** The server name that stands for every MCP server, wherever the runtime finds it ({@code mcp__*}). */
    static final String EVERY_SERVER = "*";

    /** The name of an MCP tool, or of every tool of the server when {@code tool} is null. */
    public static String mcpTool(String server, String tool) {
        return tool == null ? "mcp__" + server : "mcp__" + server + "__" + tool;
    }
}
