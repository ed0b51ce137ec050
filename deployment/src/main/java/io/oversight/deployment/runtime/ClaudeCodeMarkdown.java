package io.oversight.deployment.runtime;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the project's markdown beside Claude Code's settings adds to them: the tools its skills and
 * custom commands pre-approve ({@code allowed}, allow rules), the modes its subagents run their
 * tools with ({@code subagents}), and the hooks their front matter runs before a tool call
 * ({@code hooks}, which the settings' {@code disableAllHooks} turns off with the settings' own),
 * and the MCP servers subagents define inline ({@code servers}), started with the credentials
 * their configuration hands them when the subagent runs. Each rule, mode and server is cited in
 * its markdown file.
 */
public record ClaudeCodeMarkdown(List<RuntimeRule> allowed, List<RuntimeProfile> subagents, List<RuntimeRule> hooks, List<McpServer> servers) {

    public static final ClaudeCodeMarkdown NONE = new ClaudeCodeMarkdown(List.of(), List.of(), List.of(), List.of());

    public ClaudeCodeMarkdown {
        allowed = List.copyOf(allowed);
        subagents = List.copyOf(subagents);
        hooks = List.copyOf(hooks);
        servers = List.copyOf(servers);
    }

    /** This file's additions and {@code other}'s. */
    public ClaudeCodeMarkdown plus(ClaudeCodeMarkdown other) {
        return new ClaudeCodeMarkdown(Stream.concat(allowed.stream(), other.allowed.stream()).toList(),
                Stream.concat(subagents.stream(), other.subagents.stream()).toList(), Stream.concat(hooks.stream(), other.hooks.stream()).toList(),
                Stream.concat(servers.stream(), other.servers.stream()).toList());
    }

    /**
     * {@code settings}, whose hooks already hold this markdown's, with the allowed tools after its
     * own rules and the subagents' modes, unless the session's mode wins over a subagent's: Claude
     * Code keeps bypassPermissions, acceptEdits and auto in every subagent. A subagent whose mode
     * {@code locks} take away runs with the session's mode.
     */
    RuntimeConfiguration appliedTo(RuntimeConfiguration settings, ClaudeCodeModeLocks locks) {
        ApprovalMode session = settings.mode() == null ? ClaudeCodeModeLocks.BUILT_IN : settings.mode().value();
        boolean sessionModeWins = session == ApprovalMode.NEVER_ASK || session == ApprovalMode.ACCEPT_EDITS || session == ApprovalMode.CLASSIFIER;
        return settings.plusRules(allowed).plusProfiles(sessionModeWins ? List.of() : subagents.stream().map(s -> unlocked(s, locks)).toList())
                .plusServers(servers);
    }

    /** {@code subagent} without its mode where {@code locks} take that mode away, and with plan mode as it runs ({@link ClaudeCodeModeLocks#planning}). */
    private static RuntimeProfile unlocked(RuntimeProfile subagent, ClaudeCodeModeLocks locks) {
        Located<ApprovalMode> mode = subagent.mode() == null || locks.takesAway(subagent.mode().value()) ? null : locks.planning(subagent.mode());
        return mode == subagent.mode() ? subagent
                : new RuntimeProfile(subagent.name(), subagent.position(), mode, subagent.sandbox(), subagent.selected(), subagent.tools(), subagent.file());
    }
}
