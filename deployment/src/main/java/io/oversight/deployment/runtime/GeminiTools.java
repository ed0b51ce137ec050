package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import java.util.ArrayList;
import java.util.List;

/**
 * What Gemini CLI's settings let run without the confirmation dialog, as its policy engine reads
 * them (gemini-cli's {@code policy/config.ts}): each tool of {@code tools.allowed} and of
 * {@code tools.core} (formerly {@code coreTools}, as {@code mcp.allowed} was {@code allowMCPServers}) (which also leaves every other tool out, not read here: it only narrows);
 * every tool of each server {@code mcp.allowed} names, and of every server when
 * {@code mcp.autoAllowInHeadless} is on (a run with no one at the terminal: {@code gemini -p}, CI);
 * and, under {@code general.defaultApprovalMode: "auto_edit"}, the file-writing tools, whose path
 * check keeps out {@code .git}, {@code .env} and {@code node_modules} but not the agent's own
 * {@code .gemini/settings.json}, which it can so rewrite to allow itself anything.
 * {@code run_shell_command(git)} allows the shell commands that start with {@code git}, read as a
 * Bash rule as the runtime gates read commands ({@code Bash(git:*)}); {@code run_shell_command}
 * alone the whole shell; any other tool by its name.
 */
final class GeminiTools {

    private static final String SHELL = "run_shell_command";
    /** The tools auto_edit approves that write files. */
    private static final List<String> EDITING = List.of("write_file", "replace");
    /** The agent's own settings in the project, which the editing tools reach. */
    private static final String OWN_SETTINGS = ".gemini/settings.json";

    private GeminiTools() {
    }

    /** The rules the settings {@code root}, with its servers {@code servers}, make. */
    static List<RuntimeRule> settings(Reading reading, YMap root,
                                                List<YEntry> servers) {
        List<RuntimeRule> rules = new ArrayList<>();
        if (root.get("tools") instanceof YMap tools) {
            for (String key : List.of("allowed", "core")) {
                reading.texts(tools, key).forEach(tool -> rules.add(rule(tool)));
            }
        }
        // The names of the keys before Gemini CLI grouped its settings, which it still migrates.
        reading.texts(root, "coreTools").forEach(tool -> rules.add(rule(tool)));
        for (Located<String> server : reading.texts(root, "allowMCPServers")) {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(server.value(), null), "", Decision.ALLOW, server.position()));
        }
        if (root.get("mcp") instanceof YMap mcp) {
            for (Located<String> server : reading.texts(mcp, "allowed")) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(server.value(), null), "", Decision.ALLOW, server.position()));
            }
            Located<Boolean> headless = reading.bool(mcp, "autoAllowInHeadless");
            if (headless != null && headless.value()) {
                servers.forEach(s -> rules.add(new RuntimeRule(RuntimeRule.mcpTool(s.key(), null), "", Decision.ALLOW, headless.position())));
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

    static RuntimeRule rule(Located<String> written) {
        String tool = written.value().strip();
        if (tool.equals(SHELL)) {
            return new RuntimeRule("Bash", "", Decision.ALLOW, written.position());
        }
        if (tool.startsWith(SHELL + "(") && tool.endsWith(")")) {
            String command = tool.substring(SHELL.length() + 1, tool.length() - 1).strip();
            return command.isEmpty() ? new RuntimeRule("Bash", "", Decision.ALLOW, written.position())
                    : RuntimeRule.commandPrefix(command, Decision.ALLOW, written.position(), null);
        }
        return new RuntimeRule(tool, "", Decision.ALLOW, written.position());
    }
}
