package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Kiro CLI agent file's {@code toolsSettings}: what its built-in tools may do without asking.
 * The shell's ({@code shell}, formerly {@code execute_bash}, {@code execute_cmd} on Windows)
 * {@code allowedCommands} and {@code deniedCommands} are regular expressions of whole commands.
 * Kiro tests them against the whole command line, pipes included ({@code |} is no dangerous
 * pattern to it), so an allowed one that ends in {@code .*} approves {@code ls | xargs aws ...} as
 * it approves {@code ls -l}: it is the whole shell, as is one Oversight cannot read; an allowed one
 * without a wildcard is that command alone. A denied one is read by its fixed start
 * ({@code aws .*} as {@code Bash(aws:*)}) or left out (neither side of a doubt lets a command pass
 * unseen).
 * The AWS tool's ({@code aws}, {@code use_aws}) {@code allowedServices} are rules per service, the
 * file tools' ({@code write}, {@code fs_write}, {@code read}, {@code fs_read}) {@code allowedPaths}
 * rules per path; the reader's {@code allowReadOnly} is the reader on every path, and the shell's
 * and the AWS tool's {@code autoAllowReadonly} a rule each.
 */
final class KiroToolsSettings {

    /** A command's fixed start: words and the characters of file names, then nothing or {@code .*}. */
    private static final Pattern FIXED_START = Pattern.compile("\\^?([A-Za-z0-9_./:=@-]+(?: [A-Za-z0-9_./:=@-]+)*)( ?\\.\\*)?\\$?");

    private KiroToolsSettings() {
    }

    static List<RuntimeRule> rules(Reading reading, YMap agent) {
        List<RuntimeRule> rules = new ArrayList<>();
        YMap settings = reading.map(agent, "toolsSettings");
        if (settings == null) {
            return rules;
        }
        for (YEntry entry : settings.entries().values()) {
            YMap tool = reading.map(entry.value(), "toolsSettings." + entry.key());
            if (tool == null) {
                continue;
            }
            switch (entry.key()) {
                case "shell", "execute_bash", "execute_cmd" -> {
                    for (Located<String> command : reading.texts(tool, "allowedCommands")) {
                        String allowed = specifier(command.value(), "");
                        rules.add(new RuntimeRule("Bash", allowed.endsWith(RuntimeRule.PREFIX) ? "" : allowed, Decision.ALLOW, command.position()));
                    }
                    for (Located<String> command : reading.texts(tool, "deniedCommands")) {
                        String denied = specifier(command.value(), null);
                        if (denied != null) {
                            rules.add(new RuntimeRule("Bash", denied, Decision.DENY, command.position()));
                        }
                    }
                    switchedOn(reading, tool, AUTO_ALLOW_READ_ONLY, "Bash", AUTO_ALLOW_READ_ONLY, rules);
                    // Amazon Q CLI's earlier name of the same switch.
                    switchedOn(reading, tool, "allowReadOnly", "Bash", AUTO_ALLOW_READ_ONLY, rules);
                }
                case "aws", "use_aws" -> {
                    reading.texts(tool, "allowedServices")
                            .forEach(service -> rules.add(new RuntimeRule("use_aws", service.value(), Decision.ALLOW, service.position())));
                    switchedOn(reading, tool, AUTO_ALLOW_READ_ONLY, "use_aws", AUTO_ALLOW_READ_ONLY, rules);
                }
                case "read", "fs_read" -> {
                    reading.texts(tool, "allowedPaths")
                            .forEach(path -> rules.add(new RuntimeRule("fs_read", path.value(), Decision.ALLOW, path.position())));
                    // Every path read unasked, as allowedTools fs_read does (fs_read.rs: allow_read_only).
                    switchedOn(reading, tool, "allowReadOnly", "fs_read", "", rules);
                }
                case KiroWrites.KIRO_TOOL, KiroWrites.TOOL -> reading.texts(tool, "allowedPaths").forEach(path -> {
                    rules.add(new RuntimeRule(KiroWrites.TOOL, path.value(), Decision.ALLOW, path.position()));
                    rules.addAll(KiroWrites.reached(path.value(), path));
                });
                default -> {
                    // Settings of MCP tools and of tools that ask no more or less: nothing that runs unasked.
                }
            }
        }
        return rules;
    }

    /**
     * The setting that lets the shell's and the AWS tool's read-only calls run unasked: commands such
     * as {@code cat} and {@code grep} (execute/mod.rs), operations named get, describe, list
     * (use_aws.rs). Read as a rule of its own, {@code Bash(autoAllowReadonly)} and
     * {@code use_aws(autoAllowReadonly)}, which the tools table judges: they print credential files
     * and fetch secrets.
     */
    private static final String AUTO_ALLOW_READ_ONLY = "autoAllowReadonly";

    /** The allow rule {@code TOOL(SPECIFIER)}, cited at {@code key}, where that switch of the tool's settings is true. */
    private static void switchedOn(Reading reading, YMap tool, String key, String toolName, String specifier, List<RuntimeRule> rules) {
        Located<Boolean> on = reading.bool(tool, key);
        if (on != null && on.value()) {
            rules.add(new RuntimeRule(toolName, specifier, Decision.ALLOW, on.position()));
        }
    }

    /** The Bash specifier of a command expression: its fixed start as a prefix, or {@code unread} when it has none Oversight can tell. */
    private static String specifier(String expression, String unread) {
        var matched = FIXED_START.matcher(expression.strip());
        if (!matched.matches()) {
            return unread;
        }
        return matched.group(2) == null ? matched.group(1) : matched.group(1) + RuntimeRule.PREFIX;
    }
}
