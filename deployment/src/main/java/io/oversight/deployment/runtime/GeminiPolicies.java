package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The allow rules of a Gemini CLI policy file (TOML, {@code [[rule]]} tables: gemini-cli's
 * {@code policy/toml-loader.ts}), which Gemini reads from the {@code policies} folder beside its
 * settings, from the paths its {@code policyPaths} and {@code adminPolicyPaths} settings name, and
 * which "Allow for all future sessions" writes ({@code auto-saved.toml}). A rule names its tools by
 * {@code toolName} (a name or a list; {@code *} every tool, {@code mcp_SERVER_*} a server's), with
 * {@code mcpName} a server's ({@code *} every server); a shell rule narrows by
 * {@code commandPrefix} (each a Bash prefix rule), or by a {@code commandRegex} read by its first
 * word, or by an {@code argsPattern} read as the whole shell. Only {@code allow} rules are kept,
 * those for the modes a session starts in or switches to without a person approving the actions
 * the rule allows: {@code default}, {@code autoEdit}, and {@code plan}, which settings may start in
 * and the model enters itself through its enter_plan_mode tool, and whose own deny of everything is
 * a default-tier rule that any project or user rule outranks; a rule without {@code modes} holds in
 * every one. A deny or ask_user rule's weight against the
 * settings' and other files' rules is their priorities', which Oversight does not weigh, so it
 * credits none of them rather than one that a higher rule overrides.
 */
final class GeminiPolicies {

    private static final String SHELL = "run_shell_command";
    /** In the order a problem names them. */
    private static final Map<String, Boolean> DECISIONS = new LinkedHashMap<>();

    static {
        DECISIONS.put("allow", true);
        DECISIONS.put("deny", false);
        DECISIONS.put("ask_user", false);
    }

    /** Gemini CLI's approval modes, as a rule's {@code modes} names them. */
    private static final List<String> MODES = List.of("default", "autoEdit", "plan", "yolo");

    /** The modes whose allow rules count: every mode but yolo, which a flag chooses and which runs everything unasked anyway. */
    private static final List<String> EVERYDAY_MODES = List.of("default", "autoEdit", "plan");

    private GeminiPolicies() {
    }

    static List<RuntimeRule> rules(Reading reading, YMap root) {
        List<RuntimeRule> rules = new ArrayList<>();
        for (YMap rule : reading.maps(root, "rule", "policy rule")) {
            Located<Boolean> allows = reading.word(rule, "decision", DECISIONS);
            List<Located<String>> tools = reading.textOrTexts(rule, "toolName");
            // Gemini refuses a file whose rule lacks one of these: none of its rules applies, and a rule read anyway would be a guess.
            if (allows == null || tools.isEmpty() || rule.get("priority") == null) {
                if (rule.get("decision") == null || rule.get("toolName") == null || rule.get("priority") == null) {
                    reading.problem(rule.position(), "a policy rule needs a toolName, a decision (allow, deny or ask_user) and a priority");
                }
                continue;
            }
            List<Located<String>> modes = reading.texts(rule, "modes");
            modes.stream().filter(mode -> !MODES.contains(mode.value())).forEach(mode -> reading.problem(mode.position(),
                    "a policy rule's modes are among " + String.join(", ", MODES)));
            boolean everyday = modes.isEmpty() || modes.stream().anyMatch(mode -> EVERYDAY_MODES.contains(mode.value()));
            if (!allows.value() || !everyday) {
                continue;
            }
            Located<String> server = reading.text(rule, "mcpName");
            for (Located<String> tool : tools) {
                if (server != null) {
                    rules.add(serverRule(server.value().strip(), tool));
                } else if (tool.value().strip().equals(SHELL)) {
                    shell(reading, rule, tool, rules);
                } else {
                    rules.add(GeminiTools.rule(tool, Decision.ALLOW));
                }
            }
        }
        return rules;
    }

    /** A tool of the server {@code server} names ({@code *}: every server): all of them for {@code *} or a pattern. */
    private static RuntimeRule serverRule(String server, Located<String> tool) {
        String name = tool.value().strip();
        String prefix = "mcp_" + server + "_";
        String own = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
        boolean every = own.isEmpty() || own.contains("*");
        boolean everyServer = server.equals(RuntimeRule.EVERY_SERVER);
        return new RuntimeRule(RuntimeRule.mcpTool(server, every || everyServer ? null : own), "", Decision.ALLOW, tool.position());
    }


    /**
     * A shell rule: each command prefix, else a regular expression's first word, else the whole
     * shell. Gemini tests a {@code commandRegex} against the call's arguments right after
     * {@code "command":"}, so it is anchored at the command's start, and one that begins {@code ^}
     * matches nothing.
     */
    private static void shell(Reading reading, YMap rule, Located<String> tool, List<RuntimeRule> rules) {
        List<Located<String>> prefixes = reading.textOrTexts(rule, "commandPrefix");
        if (!prefixes.isEmpty()) {
            prefixes.forEach(p -> rules.add(p.value().isBlank() ? new RuntimeRule("Bash", "", Decision.ALLOW, p.position())
                    : RuntimeRule.commandPrefix(p.value().strip(), Decision.ALLOW, p.position(), null)));
            return;
        }
        Located<String> regex = rule.get("argsPattern") != null ? null : reading.text(rule, "commandRegex");
        if (regex != null && regex.value().startsWith("^")) {
            return;
        }
        String word = regex == null ? "" : firstWord(regex.value());
        rules.add(word.isEmpty() ? new RuntimeRule("Bash", "", Decision.ALLOW, tool.position())
                : RuntimeRule.commandPrefix(word, Decision.ALLOW, regex.position(), null));
    }

    /**
     * The word every command a regular expression matches starts with ({@code git (status|log).*} is
     * git), or none when the expression does not end it ({@code git.*} also matches gitk).
     */
    private static String firstWord(String regex) {
        // An alternation outside any group ("git |aws") lets the second branch match anywhere in the arguments.
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return "";
            }
        }
        int end = 0;
        while (end < regex.length() && (Character.isLetterOrDigit(regex.charAt(end)) || "_/=@:-".indexOf(regex.charAt(end)) >= 0)) {
            end++;
        }
        boolean whole = end < regex.length() && (regex.charAt(end) == ' ' || regex.startsWith("\\s", end) || regex.startsWith("\\b", end));
        return whole ? regex.substring(0, end) : "";
    }
}
