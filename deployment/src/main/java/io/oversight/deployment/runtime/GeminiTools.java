package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Gemini CLI's settings let run without the confirmation dialog, as its policy engine reads
 * them (gemini-cli's {@code policy/config.ts}): each tool of {@code tools.allowed} and of
 * {@code tools.core} (formerly {@code coreTools}, as {@code mcp.allowed} was {@code allowMCPServers}) (which also leaves every other tool out, not read here: it only narrows);
 * every tool of each server {@code mcp.allowed} names, and of every server, wherever defined, when
 * {@code mcp.autoAllowInHeadless} is on (a run with no one at the terminal: {@code gemini -p}, CI);
 * and, under {@code general.defaultApprovalMode: "auto_edit"}, the file-writing tools, whose path
 * check keeps out {@code .git}, {@code .env} and {@code node_modules} but not the agent's own
 * {@code .gemini/settings.json}, which it can so rewrite to allow itself anything.
 * {@code run_shell_command(git)} allows the shell commands that start with {@code git}, read as a
 * Bash rule as the runtime gates read commands ({@code Bash(git:*)}); {@code run_shell_command}
 * (or {@code ShellTool}) alone the whole shell; any other tool by its name, whatever arguments
 * follow it, which the engine ignores. What {@code tools.exclude} and
 * {@code mcp.excluded} (formerly {@code excludeTools}, {@code excludeMCPServers}) name is refused,
 * and what {@code tools.confirmationRequired} names asks, whatever the settings allow.
 */
final class GeminiTools {

    private static final String SHELL = "run_shell_command";
    /** The names Gemini's policy engine takes for its shell tool (shell-utils' SHELL_TOOL_NAMES). */
    private static final List<String> SHELLS = List.of(SHELL, "ShellTool");
    /** A tool written with arguments, {@code name(args)}, as the policy engine recognises one. */
    private static final Pattern WITH_ARGUMENTS = Pattern.compile("([a-zA-Z0-9_-]+)\\((.*)\\)");
    /** How Gemini names a server's tools: mcp_SERVER_TOOL. */
    private static final String MCP = "mcp_";
    /** The tools auto_edit approves that write files. */
    private static final List<String> EDITING = List.of("write_file", "replace");
    /** The agent's own settings in the project, which the editing tools reach. */
    private static final String OWN_SETTINGS = ".gemini/settings.json";

    private GeminiTools() {
    }

    /** The rules the settings {@code root} make. */
    static List<RuntimeRule> settings(Reading reading, YMap root) {
        List<RuntimeRule> rules = new ArrayList<>();
        if (root.get("tools") instanceof YMap tools) {
            for (String key : List.of("allowed", "core")) {
                reading.texts(tools, key).forEach(tool -> rules.add(allowed(tool)));
            }
            // Excluded tools are refused whatever allows them (the policy engine's deny rule outranks every allow of the settings).
            reading.texts(tools, "exclude").forEach(tool -> excluded(tool, rules));
        }
        // The names of the keys before Gemini CLI grouped its settings, which it still migrates.
        reading.texts(root, "coreTools").forEach(tool -> rules.add(allowed(tool)));
        reading.texts(root, "excludeTools").forEach(tool -> excluded(tool, rules));
        for (Located<String> server : reading.texts(root, "allowMCPServers")) {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(server.value(), null), "", Decision.ALLOW, server.position()));
        }
        for (Located<String> server : reading.texts(root, "excludeMCPServers")) {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(server.value(), null), "", Decision.DENY, server.position()));
        }
        if (root.get("mcp") instanceof YMap mcp) {
            for (Located<String> server : reading.texts(mcp, "allowed")) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(server.value(), null), "", Decision.ALLOW, server.position()));
            }
            for (Located<String> server : reading.texts(mcp, "excluded")) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(server.value(), null), "", Decision.DENY, server.position()));
            }
            // Every server of the settings Gemini merges (the user's, the project's, the system's), not only this file's.
            Located<Boolean> headless = reading.bool(mcp, "autoAllowInHeadless");
            if (headless != null && headless.value()) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(RuntimeRule.EVERY_SERVER, null), "", Decision.ALLOW, headless.position()));
            }
        }
        if (root.get("general") instanceof YMap general) {
            Located<String> mode = reading.text(general, "defaultApprovalMode");
            if (mode != null && mode.value().equals("auto_edit")) {
                EDITING.forEach(tool -> rules.add(new RuntimeRule(tool, OWN_SETTINGS, Decision.ALLOW, mode.position())));
            }
        }
        return rules;
    }

    /**
     * The {@code rules} with those of {@code tools.confirmationRequired} laid over them: a tool listed
     * there asks whatever the settings allow it (its rule outranks {@code tools.allowed},
     * {@code tools.core}, a server's {@code trust} and {@code mcp.allowed}), so the allows it covers go.
     */
    static List<RuntimeRule> confirmed(Reading reading, YMap root, List<RuntimeRule> rules) {
        if (!(root.get("tools") instanceof YMap tools)) {
            return rules;
        }
        List<RuntimeRule> asks = reading.texts(tools, "confirmationRequired").stream()
                .map(tool -> rule(SHELLS.contains(tool.value()) ? new Located<>(SHELL, tool.position()) : tool, Decision.ASK)).toList();
        List<RuntimeRule> kept = new ArrayList<>(rules.stream()
                .filter(rule -> rule.decision() != Decision.ALLOW || asks.stream().noneMatch(ask -> AgentTools.covers(ask, rule))).toList());
        kept.addAll(asks);
        return kept;
    }

    /**
     * A tool {@code tools.exclude} refuses: Gemini matches the entry to tool names as written, so
     * {@code run_shell_command(rm)} names no tool and refuses nothing.
     */
    private static void excluded(Located<String> tool, List<RuntimeRule> rules) {
        if (tool.value().indexOf('(') < 0) {
            rules.add(rule(tool, Decision.DENY));
        }
    }

    /**
     * A tool of {@code tools.allowed} or {@code tools.core} as the policy engine maps it
     * ({@code mapToolsToRules}): {@code ShellTool} is the shell too, and only the shell's arguments
     * narrow it; any other tool's are ignored, so {@code write_file(docs/x.md)} allows writing every
     * file, the agent's own settings among them (kept narrow, it had passed: runtime red team).
     */
    private static RuntimeRule allowed(Located<String> written) {
        String tool = written.value().strip();
        Matcher legacy = WITH_ARGUMENTS.matcher(tool);
        if (legacy.matches()) {
            tool = SHELLS.contains(legacy.group(1)) ? SHELL + "(" + legacy.group(2) + ")" : legacy.group(1);
        } else if (SHELLS.contains(tool)) {
            tool = SHELL;
        }
        return rule(new Located<>(tool, written.position()), Decision.ALLOW);
    }

    static RuntimeRule rule(Located<String> written, Decision decision) {
        String tool = written.value().strip();
        if (tool.equals(SHELL)) {
            return new RuntimeRule("Bash", "", decision, written.position());
        }
        if (tool.startsWith(SHELL + "(") && tool.endsWith(")")) {
            String command = tool.substring(SHELL.length() + 1, tool.length() - 1).strip();
            return command.isEmpty() ? new RuntimeRule("Bash", "", decision, written.position())
                    : RuntimeRule.commandPrefix(command, decision, written.position(), null);
        }
        // A server's tools by the name Gemini gives them: mcp_SERVER_* (every server's: mcp_*).
        if (tool.startsWith(MCP) && tool.endsWith("_*")) {
            String server = tool.length() > MCP.length() + 2 ? tool.substring(MCP.length(), tool.length() - 2) : RuntimeRule.EVERY_SERVER;
            return new RuntimeRule(RuntimeRule.mcpTool(server, null), "", decision, written.position());
        }
        // One tool of a server, mcp_SERVER_TOOL, split at the first '_' after the prefix as Gemini's policy engine splits it
        // (mcp_*_TOOL: that tool of every server).
        int split = tool.startsWith(MCP) ? tool.indexOf('_', MCP.length()) : -1;
        if (split > MCP.length() && split + 1 < tool.length()) {
            String server = tool.substring(MCP.length(), split);
            return new RuntimeRule(RuntimeRule.mcpTool(server.equals("*") ? RuntimeRule.EVERY_SERVER : server, tool.substring(split + 1)), "",
                    decision, written.position());
        }
        // A file-writing tool allowed reaches every file of the project, the agent's own settings among them; refused or asked, all of them.
        return new RuntimeRule(tool, EDITING.contains(tool) && decision == Decision.ALLOW ? OWN_SETTINGS : "", decision, written.position());
    }
}
