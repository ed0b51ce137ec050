package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kiro agent's {@code permissions} (Kiro CLI 3, IDE 1.0): rules of a {@code capability}, the
 * {@code match} globs of what they cover (everything when there are none), the {@code exclude}
 * globs they leave out, and an {@code effect}, {@code allow}, {@code ask} or {@code deny}; the
 * strictest effect wins, and a call no rule matches is asked about. {@code all} is every tool;
 * {@code shell} commands by their globs, read as Bash rules by their fixed start
 * ({@code aws *} as {@code Bash(aws:*)}); {@code mcp} a server's tools ({@code SERVER/TOOL},
 * {@code SERVER/*}), every server of the agent without a match; the file tools by path; any other
 * capability by its name. An allow is read as broad as its fixed start, ignoring what it excludes;
 * an ask or deny only where it is exactly a prefix and excludes nothing, since read wider it would
 * guard what it does not (neither side of a doubt lets a call pass unseen).
 */
final class KiroPermissions {

    /** In the order a problem names them. */
    private static final Map<String, Decision> EFFECTS = new java.util.LinkedHashMap<>();

    static {
        EFFECTS.put("allow", Decision.ALLOW);
        EFFECTS.put("ask", Decision.ASK);
        EFFECTS.put("deny", Decision.DENY);
    }

    private KiroPermissions() {
    }

    /** The rules under {@code key} of {@code agent} (an agent's {@code permissions}, a permissions.yaml's {@code rules}). */
    static List<RuntimeRule> rules(Reading reading, YMap agent, String key, List<YEntry> servers) {
        List<RuntimeRule> rules = new ArrayList<>();
        boolean elsewhere = serversElsewhere(reading, agent);
        for (YMap rule : reading.maps(agent, key, "permission rule")) {
            Located<String> capability = reading.text(rule, "capability");
            Located<Decision> effect = reading.word(rule, "effect", EFFECTS);
            List<Located<String>> match = reading.texts(rule, "match");
            boolean excludes = !reading.texts(rule, "exclude").isEmpty();
            if (capability == null || effect == null || capability.value().isBlank()) {
                // Absent, null or blank: Kiro does not load such an agent, and skipped it would drop an allow or a deny unseen.
                if (missing(rule, "capability") || missing(rule, "effect")) {
                    reading.problem(rule.position(), "a permission rule needs a capability and an effect (allow, ask or deny)");
                }
                continue;
            }
            Decision decision = effect.value();
            boolean narrowOnly = decision != Decision.ALLOW;
            if (narrowOnly && excludes) {
                continue;
            }
            String what = capability.value().strip();
            List<Located<String>> covered = match.isEmpty() ? List.of(new Located<>("*", effect.position())) : match;
            for (Located<String> glob : covered) {
                String pattern = glob.value().strip();
                switch (what) {
                    case "all" -> rules.add(new RuntimeRule(pattern.equals("*") ? "*" : pattern, "", decision, glob.position()));
                    case "shell", "execute_bash" -> shell(pattern, decision, glob, rules);
                    case "mcp" -> mcp(pattern, decision, glob, servers, elsewhere, rules);
                    case "fs_read", "read" -> rules.add(new RuntimeRule("fs_read", pattern.equals("*") ? "" : pattern, decision, glob.position()));
                    case "fs_write", "write" -> {
                        rules.add(new RuntimeRule(KiroWrites.TOOL, pattern.equals("*") ? "" : pattern, decision, glob.position()));
                        if (decision == Decision.ALLOW) {
                            rules.addAll(KiroWrites.reached(pattern, glob));
                        }
                    }
                    default -> rules.add(new RuntimeRule(what, pattern.equals("*") ? "" : pattern, decision, glob.position()));
                }
            }
        }
        // The strictest effect wins, whatever the order or scope: an allow that an ask of the list covers whole asks
        // (red team: allow all beside ask all had been read as every tool unasked).
        List<RuntimeRule> asks = rules.stream().filter(r -> r.decision() == Decision.ASK).toList();
        rules.removeIf(r -> r.decision() == Decision.ALLOW && asks.stream().anyMatch(ask -> AgentTools.covers(ask, r)));
        return rules;
    }

    /** Absent, null or blank; a value of another shape has its own problem already. */
    private static boolean missing(YMap rule, String key) {
        YNode node = rule.get(key);
        return node == null || node instanceof YScalar s && (s.isNull() || s.type() == YScalar.Type.STRING && s.text().isBlank());
    }

    /** A shell glob as a Bash rule: a fixed start then nothing, or {@code ' *'}, reads exactly; else an allow by its fixed start. */
    private static void shell(String glob, Decision decision, Located<String> at, List<RuntimeRule> rules) {
        if (glob.equals("*")) {
            rules.add(new RuntimeRule("Bash", "", decision, at.position()));
            return;
        }
        boolean prefix = glob.endsWith(" *");
        String start = prefix ? glob.substring(0, glob.length() - 2).strip() : glob;
        boolean exact = !start.isEmpty() && start.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
        if (exact) {
            rules.add(new RuntimeRule("Bash", prefix ? start + RuntimeRule.PREFIX : start, decision, at.position()));
        } else if (decision == Decision.ALLOW) {
            int wild = firstWildcard(glob);
            String fixed = glob.substring(0, wild).strip();
            rules.add(fixed.isEmpty() ? new RuntimeRule("Bash", "", decision, at.position())
                    : RuntimeRule.commandPrefix(fixed, decision, at.position(), null));
        }
    }

    /**
     * Whether the agent also takes servers the file does not list: those of the workspace's and the
     * user's mcp.json ({@code includeMcpJson}, or the {@code @mcp} or {@code *} tool tag of Kiro CLI 3).
     */
    private static boolean serversElsewhere(Reading reading, YMap agent) {
        Located<Boolean> included = reading.bool(agent, "includeMcpJson");
        // Gemini CLI's settings have a 'tools' too, a mapping: only a list is a Kiro agent's tags.
        return included != null && included.value() || agent.get("tools") instanceof YList
                && reading.texts(agent, "tools").stream().anyMatch(tag -> tag.value().equals("@mcp") || tag.value().equals("*"));
    }

    /**
     * An MCP glob: {@code SERVER/TOOL}, {@code SERVER/*} or {@code SERVER}; {@code *} every server the
     * agent has, and an allow of it every server wherever defined when the agent takes servers the
     * file does not list ({@code elsewhere}).
     */
    private static void mcp(String glob, Decision decision, Located<String> at, List<YEntry> servers, boolean elsewhere, List<RuntimeRule> rules) {
        if (glob.equals("*")) {
            servers.forEach(s -> rules.add(new RuntimeRule(RuntimeRule.mcpTool(s.key(), null), "", decision, at.position())));
            if (elsewhere && decision == Decision.ALLOW) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(RuntimeRule.EVERY_SERVER, null), "", decision, at.position()));
            }
            return;
        }
        int slash = glob.indexOf('/');
        String server = slash < 0 ? glob : glob.substring(0, slash);
        String tool = slash < 0 || glob.substring(slash + 1).equals("*") ? null : glob.substring(slash + 1);
        if (firstWildcard(server) < server.length() || tool != null && firstWildcard(tool) < tool.length()) {
            if (decision == Decision.ALLOW) {
                servers.forEach(s -> rules.add(new RuntimeRule(RuntimeRule.mcpTool(s.key(), null), "", decision, at.position())));
                if (elsewhere) {
                    rules.add(new RuntimeRule(RuntimeRule.mcpTool(RuntimeRule.EVERY_SERVER, null), "", decision, at.position()));
                }
            }
            return;
        }
        rules.add(new RuntimeRule(RuntimeRule.mcpTool(server, tool), "", decision, at.position()));
    }

    private static int firstWildcard(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return glob.length();
    }
}
