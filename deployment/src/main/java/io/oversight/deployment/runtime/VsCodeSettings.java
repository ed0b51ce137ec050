package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Glob;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What VS Code's settings (settings.json) let the agent run without approval
 * (code.visualstudio.com/docs/agents/approvals): every tool under
 * {@code chat.tools.global.autoApprove} (formerly {@code chat.tools.autoApprove}), in the user's
 * settings only, since VS Code registers it for the application and machine and ignores it in a
 * workspace's {@code .vscode/settings.json} ({@code chat.contribution.ts}), or a permission
 * level other than {@code default} ({@code chat.permissions.default}); the terminal commands
 * {@code chat.tools.terminal.autoApprove} (and its older name, {@code chat.agent.terminal.autoApprove})
 * approves, a plain command by its words as a Bash prefix rule, a regular expression ({@code /^git (status|log)/}) by its fixed start, an allowed one with
 * none Oversight can read the whole shell; a command it sets to {@code false} is refused, read only
 * when it is plain words (read wider, a refusal would guard what it does not). A setting may be
 * written dotted ({@code "chat.tools.global.autoApprove": true}) or nested
 * ({@code "chat": {"tools": {"global": {"autoApprove": true}}}}), or dotted then nested
 * ({@code "chat.tools": {...}}): VS Code splits the keys at the top of the file and reads the
 * objects under them as they are. Written more than once, VS Code keeps the last, which depends on
 * the order of the keys; each is read, so that an approval written either way is seen.
 */
final class VsCodeSettings {

    /** Global auto-approve, under today's name and the one before. */
    private static final List<String> GLOBAL_KEYS = List.of("chat.tools.global.autoApprove", "chat.tools.autoApprove");

    private static final String PERMISSION_LEVEL = "chat.permissions.default";

    /**
     * The terminal rules' settings: today's, and the older name VS Code still lays over it
     * ({@code commandLineAutoApprover.ts}: the deprecated value's rules added to the current one's).
     */
    private static final List<String> TERMINAL_KEYS = List.of("chat.tools.terminal.autoApprove", "chat.agent.terminal.autoApprove");

    /**
     * The switch of every terminal approval: set to {@code false}, each command asks whatever the
     * terminal rules say (VS Code's approvals documentation), so they approve nothing; read in the
     * user's settings only, as the global approval is, since a workspace's file cannot vouch for the
     * user's (red team: a user file with it off had still read its rules as approving).
     */
    private static final String TERMINAL_SWITCH = "chat.tools.terminal.enableAutoApprove";

    /**
     * The globs of files whose edits run unasked or ask: VS Code applies the agent's edits unasked
     * but for sensitive files, its own settings among them, which this setting can open.
     */
    private static final String EDITS = "chat.tools.edits.autoApprove";

    /** The workspace files that configure the agent itself: edited unasked, they let it approve anything. */
    private static final List<String> OWN_FILES = List.of(".vscode/settings.json", ".vscode/mcp.json", OwnFiles.GIT_CONFIG);

    /** The settings that decide approvals. */
    private static final List<String> KEYS = Stream.of(GLOBAL_KEYS, List.of(PERMISSION_LEVEL), TERMINAL_KEYS, List.of(EDITS))
            .flatMap(List::stream).toList();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@-]+(?: [A-Za-z0-9_./:=@-]+)*");
    /**
     * A regular expression anchored at the command's start ({@code /^git status\b/}): VS Code tests an
     * unanchored one anywhere in the command line, so {@code /ls\b/} approves {@code terraform destroy;
     * ls} as well, every command (red team).
     */
    private static final Pattern FIXED_START = Pattern.compile("/\\^([A-Za-z0-9_./:=@-]+(?: [A-Za-z0-9_./:=@-]+)*)[\\s\\\\b(.]?.*/[a-z]*");

    private VsCodeSettings() {
    }

    /** Whether the file writes any setting that decides approvals. */
    static boolean present(YMap root) {
        return KEYS.stream().anyMatch(key -> !written(root, key).isEmpty());
    }

    /** The servers of the older {@code mcp.servers} setting, wherever written. */
    static List<YEntry> servers(YMap root) {
        List<YEntry> servers = new ArrayList<>();
        for (Setting setting : written(root, "mcp.servers")) {
            if (setting.holder().get(setting.key()) instanceof YMap map) {
                servers.addAll(map.entries().values());
            }
        }
        return servers;
    }

    static List<RuntimeRule> rules(Reading reading, YMap root) {
        List<RuntimeRule> rules = new ArrayList<>();
        // Global auto-approve is an application-machine setting: VS Code drops it from a workspace's .vscode/settings.json.
        for (String key : workspace(reading.file()) ? List.<String>of() : GLOBAL_KEYS) {
            for (Setting setting : written(root, key)) {
                Located<Boolean> every = reading.bool(setting.holder(), setting.key());
                if (every != null && every.value()) {
                    rules.add(new RuntimeRule("*", "", Decision.ALLOW, every.position()));
                }
            }
        }
        for (Setting setting : written(root, PERMISSION_LEVEL)) {
            Located<String> level = reading.text(setting.holder(), setting.key());
            if (level != null && !level.value().equals("default")) {
                rules.add(new RuntimeRule("*", "", Decision.ALLOW, level.position()));
            }
        }
        boolean terminalOff = !workspace(reading.file()) && written(root, TERMINAL_SWITCH).stream().map(setting -> reading.bool(setting.holder(),
                setting.key())).anyMatch(on -> on != null && !on.value());
        for (String key : terminalOff ? List.<String>of() : TERMINAL_KEYS) {
            for (Setting setting : written(root, key)) {
                terminal(reading, reading.map(setting.holder(), setting.key()), rules);
            }
        }
        for (Setting setting : written(root, EDITS)) {
            edits(reading, reading.map(setting.holder(), setting.key()), rules);
        }
        return rules;
    }

    /**
     * An edit of each of the agent's own files ({@link #OWN_FILES}) that a glob set to {@code true}
     * approves and none set to {@code false} keeps, cited at the glob: VS Code's glob, whose
     * {@code **}{@code /} may match no folder at all.
     */
    private static void edits(Reading reading, YMap globs, List<RuntimeRule> rules) {
        if (globs == null) {
            return;
        }
        Map<YEntry, Boolean> read = new LinkedHashMap<>();
        for (YEntry entry : globs.entries().values()) {
            if (entry.value() instanceof YScalar v && v.type() == YScalar.Type.BOOLEAN) {
                read.put(entry, Boolean.valueOf(v.text()));
            } else {
                reading.problem(entry.keyPosition(), "an edit rule must be true or false");
            }
        }
        for (String file : OWN_FILES) {
            List<YEntry> covering = read.keySet().stream().filter(entry -> covers(entry.key(), file)).toList();
            if (!covering.isEmpty() && covering.stream().allMatch(read::get)) {
                rules.add(new RuntimeRule("Edit", file, Decision.ALLOW, covering.get(0).keyPosition()));
            }
        }
    }

    private static boolean covers(String glob, String file) {
        Glob pattern = Glob.exact(glob.strip());
        return pattern.matches(file) || pattern.matches("/" + file);
    }

    /** Whether {@code file} is a workspace's settings ({@code .vscode/settings.json}), not the user's. */
    private static boolean workspace(String file) {
        Path parent = Path.of(file).getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(".vscode");
    }

    /** Where a setting is written: the object that holds it and its key there. */
    private record Setting(YMap holder, String key) {
    }

    /** Each place the dotted setting is written: its first segments as one key at the top, the rest as nested objects. */
    private static List<Setting> written(YMap root, String dotted) {
        String[] segments = dotted.split("\\.");
        List<Setting> found = new ArrayList<>();
        for (int top = segments.length; top >= 1; top--) {
            YMap holder = root;
            String key = String.join(".", Arrays.copyOfRange(segments, 0, top));
            for (int next = top; next < segments.length && holder != null; next++) {
                holder = holder.get(key) instanceof YMap nested ? nested : null;
                key = segments[next];
            }
            if (holder != null && holder.get(key) != null) {
                found.add(new Setting(holder, key));
            }
        }
        return found;
    }

    private static void terminal(Reading reading, YMap terminal, List<RuntimeRule> rules) {
        if (terminal != null) {
            for (YEntry entry : terminal.entries().values()) {
                Boolean approve = approves(entry.value());
                if (approve == null) {
                    reading.problem(entry.keyPosition(), "a terminal rule must be true, false, or {\"approve\": true|false}");
                } else if (wholeLine(entry.value())) {
                    // Tested against the whole command line, not each command of it: /^ls\b/ approves 'ls && terraform destroy'
                    // too, so an approval is the whole shell's, and a refusal misses the commands chained after another.
                    if (approve) {
                        rules.add(new RuntimeRule("Bash", "", Decision.ALLOW, entry.keyPosition()));
                    }
                } else {
                    command(entry.key().strip(), approve, entry, rules);
                }
            }
        }
    }

    /** Whether a rule is {@code {"approve": ..., "matchCommandLine": true}}. */
    private static boolean wholeLine(YNode value) {
        return value instanceof YMap rule && rule.get("matchCommandLine") instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN
                && Boolean.parseBoolean(s.text());
    }

    /** {@code true}, {@code false}, or {@code {"approve": ...}}; null for anything else. */
    private static Boolean approves(YNode value) {
        YNode flag = value instanceof YMap rule ? rule.get("approve") : value;
        return flag instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN ? Boolean.valueOf(s.text()) : null;
    }

    private static void command(String pattern, boolean approve, YEntry entry, List<RuntimeRule> rules) {
        if (PLAIN.matcher(pattern).matches()) {
            rules.add(RuntimeRule.commandPrefix(pattern, approve ? Decision.ALLOW : Decision.DENY, entry.keyPosition(), null));
            return;
        }
        if (!approve) {
            return;
        }
        var start = FIXED_START.matcher(pattern);
        // Its first word, cut at a '.' too, which in an expression stands for any character (/^aws.*/ is aws, /.*/ the whole shell).
        String word = start.matches() ? start.group(1).split("[ .]", -1)[0] : "";
        rules.add(word.isEmpty() ? new RuntimeRule("Bash", "", Decision.ALLOW, entry.keyPosition())
                : RuntimeRule.commandPrefix(word, Decision.ALLOW, entry.keyPosition(), null));
    }
}
