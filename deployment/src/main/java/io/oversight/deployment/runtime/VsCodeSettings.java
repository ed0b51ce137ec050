package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What VS Code's settings (settings.json, its flat dotted keys) let the agent run without approval
 * (code.visualstudio.com/docs/agents/approvals): every tool under
 * {@code chat.tools.global.autoApprove} (formerly {@code chat.tools.autoApprove}) or a permission
 * level other than {@code default} ({@code chat.permissions.default}); the terminal commands
 * {@code chat.tools.terminal.autoApprove} approves, a plain command by its words as a Bash prefix
 * rule, a regular expression ({@code /^git (status|log)/}) by its fixed start, an allowed one with
 * none Oversight can read the whole shell; a command it sets to {@code false} is refused, read only
 * when it is plain words (read wider, a refusal would guard what it does not).
 */
final class VsCodeSettings {

    /** The keys of VS Code's settings that decide approvals. */
    static final List<String> KEYS = List.of("chat.tools.global.autoApprove", "chat.tools.autoApprove", "chat.permissions.default",
            "chat.tools.terminal.autoApprove");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@-]+(?: [A-Za-z0-9_./:=@-]+)*");
    private static final Pattern FIXED_START = Pattern.compile("/\\^?([A-Za-z0-9_./:=@-]+(?: [A-Za-z0-9_./:=@-]+)*)[\\s\\\\b(.]?.*/[a-z]*");

    private VsCodeSettings() {
    }

    static List<RuntimeRule> rules(Reading reading, YMap root) {
        List<RuntimeRule> rules = new ArrayList<>();
        for (String key : List.of("chat.tools.global.autoApprove", "chat.tools.autoApprove")) {
            Located<Boolean> every = reading.bool(root, key);
            if (every != null && every.value()) {
                rules.add(new RuntimeRule("*", "", Decision.ALLOW, every.position()));
            }
        }
        Located<String> level = reading.text(root, "chat.permissions.default");
        if (level != null && !level.value().equals("default")) {
            rules.add(new RuntimeRule("*", "", Decision.ALLOW, level.position()));
        }
        YMap terminal = reading.map(root, "chat.tools.terminal.autoApprove");
        if (terminal != null) {
            for (YEntry entry : terminal.entries().values()) {
                Boolean approve = approves(entry.value());
                if (approve == null) {
                    reading.problem(entry.keyPosition(), "a terminal rule must be true, false, or {\"approve\": true|false}");
                } else {
                    command(entry.key().strip(), approve, entry, rules);
                }
            }
        }
        return rules;
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
