package io.oversight.deployment.runtime;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The permission mode a Claude Code subagent ({@code .claude/agents/**}{@code /*.md}) runs its
 * tools with. The agent hands work to it, and its front matter's {@code permissionMode} replaces
 * the session's mode for the subagent's tools ({@code tools}, every tool when it lists none, less
 * {@code disallowedTools}): {@code bypassPermissions} there runs them unasked while the settings
 * ask. A file without a {@code name} and a {@code description} is no subagent (Claude Code refuses
 * to load it). It is read as a profile of the settings, for those tools, cited at the mode's line. The
 * hooks its front matter runs before a call of one of its tools are read as the settings' hooks are.
 */
public final class ClaudeCodeSubagents {

    /**
     * Tools that start a subagent: a subagent cannot start another, so listing them gives it nothing
     * ({@code Agent(reviewer)} in the main session's list restricts which it may start).
     */
    private static final Set<String> STARTS_A_SUBAGENT = Set.of("Agent", "Task");

    private ClaudeCodeSubagents() {
    }

    /**
     * What the subagent {@code text}, the markdown file {@code file}, adds to the settings: the mode
     * it runs its tools with, when its front matter sets one (else it runs with the session's), and
     * the hooks its front matter runs before a call of one of its tools.
     */
    public static ClaudeCodeMarkdown read(String file, String text, InputLimits limits) throws InvalidInputException {
        Reading reading = new Reading(file);
        YMap matter = FrontMatter.of(reading, text, limits, "the front matter of a subagent");
        if (matter == null) {
            reading.finish();
            return ClaudeCodeMarkdown.NONE;
        }
        // Claude Code loads no subagent without both: other markdown may sit beside them, whatever else its front matter holds.
        if (!written(matter.get("name")) || !written(matter.get("description"))) {
            return ClaudeCodeMarkdown.NONE;
        }
        Located<ApprovalMode> mode = reading.word(matter, "permissionMode", ClaudeCodeSettingsReader.MODES);
        List<RuntimeRule> listed = ClaudeCodeSkills.tools(reading, matter, "tools", Decision.ALLOW);
        List<RuntimeRule> disallowed = ClaudeCodeSkills.tools(reading, matter, "disallowedTools", Decision.DENY);
        Located<String> name = reading.text(matter, "name");
        List<RuntimeRule> hooks = ClaudeCodeSettingsReader.approvingHooks(reading, matter, file);
        List<McpServer> servers = inlineServers(reading, matter, file);
        reading.finish();
        // No list, an empty value ('tools:' or ''), or '*': the session's tools, every one of them.
        boolean inherits = listsNothing(matter.get("tools")) || listed.stream().anyMatch(rule -> rule.tool().equals(RuntimeProfile.EVERY_TOOL));
        List<RuntimeRule> own = new ArrayList<>();
        if (!inherits) {
            for (RuntimeRule rule : listed) {
                if (!STARTS_A_SUBAGENT.contains(rule.tool()) && disallowed.stream().noneMatch(d -> removes(d, rule))
                        && own.stream().noneMatch(o -> o.written().equals(rule.written()))) {
                    own.add(rule);
                }
            }
        }
        List<String> tools = inherits ? List.of(RuntimeProfile.EVERY_TOOL) // what is left of every tool, less a few, may still be any of them
                : own.stream().map(RuntimeRule::written).toList();
        RuntimeProfile profile = new RuntimeProfile(name.value(), matter.position(), mode == null ? null : mode.in(file), null, false, tools,
                file);
        List<RuntimeRule> reachable = inherits ? hooks.stream().filter(h -> disallowed.stream().noneMatch(d -> AgentTools.covers(d, h, true))).toList()
                : ownHooks(hooks, own);
        return new ClaudeCodeMarkdown(List.of(), List.of(profile), reachable, servers);
    }

    /**
     * The servers of {@code mcpServers} defined inline (a server's name as key, its configuration as
     * value, as in .mcp.json), which Claude Code starts for the subagent with the credentials their
     * env, headers, command line or URL hand them; an item that names a server defined elsewhere
     * adds none.
     */
    private static List<McpServer> inlineServers(Reading reading, YMap matter, String file) {
        YNode written = matter.get("mcpServers");
        List<YMap> definitions = new ArrayList<>();
        if (written instanceof YList list) {
            list.items().stream().filter(YMap.class::isInstance).map(YMap.class::cast).forEach(definitions::add);
        } else if (written instanceof YMap map) {
            definitions.add(map);
        } else if (written != null && !(written instanceof YScalar s && s.type() == YScalar.Type.NULL)) {
            reading.problem(written.position(), "'mcpServers' must be a list of server names or of servers defined inline, but is "
                    + written.describe());
        }
        List<McpServer> servers = new ArrayList<>();
        for (YMap definition : definitions) {
            for (YEntry entry : definition.entries().values()) {
                if (!(entry.value() instanceof YMap server)) {
                    reading.problem(entry.keyPosition(), "the MCP server '" + entry.key() + "' of 'mcpServers' must be a server's configuration"
                            + " (command and args, or url)");
                    continue;
                }
                servers.add(new McpServer(entry.key(), entry.keyPosition(), null, McpServerFields.transport(reading, server, "server '"
                        + entry.key() + "'"), List.of(), McpServerFields.handedTo(reading, server, List.of("env", "headers"), true),
                        ServerSwitches.of(server, List.of("env"), List.of("headers"), List.of())).in(file));
            }
        }
        return servers;
    }

    /**
     * The hooks that run before a call of one of the subagent's {@code own} tools: a hook of every
     * tool, or of a tool it has, approves its calls of that tool as it has it ({@code Bash(git *)});
     * a hook of one tool of an MCP server it has whole is kept as written; one naming a tool it
     * lacks never runs, nor one it has disallowed.
     */
    private static List<RuntimeRule> ownHooks(List<RuntimeRule> hooks, List<RuntimeRule> own) {
        List<RuntimeRule> kept = new ArrayList<>();
        for (RuntimeRule hook : hooks) {
            for (RuntimeRule tool : own) {
                RuntimeRule reached = hook.tool().equals(RuntimeProfile.EVERY_TOOL) || hook.tool().equals(tool.tool())
                        ? new RuntimeRule(tool.tool(), tool.specifier(), hook.decision(), hook.position(), hook.file())
                        : AgentTools.covers(tool, hook, true) ? hook : null;
                if (reached != null && !kept.contains(reached)) {
                    kept.add(reached);
                }
            }
        }
        return kept;
    }

    /** Whether {@code disallowed} takes {@code rule} away: every call of it, as a deny rule would ({@code mcp__aws}, {@code Bash(*)}). */
    private static boolean removes(RuntimeRule disallowed, RuntimeRule rule) {
        return AgentTools.covers(disallowed, rule, true);
    }

    /** Whether {@code value} is a text that says something. */
    private static boolean written(YNode value) {
        return value instanceof YScalar text && !text.isNull() && !text.text().isBlank();
    }

    private static boolean listsNothing(YNode tools) {
        return tools == null || tools instanceof YScalar s && (s.isNull() || s.type() == YScalar.Type.STRING && s.text().isBlank());
    }
}
