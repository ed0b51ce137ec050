package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Cursor lets its agent run without approval. The editor's {@code permissions.json}
 * (cursor.com/docs/reference/permissions): {@code mcpAllowlist} ({@code SERVER:TOOL},
 * {@code SERVER:*}) and {@code terminalAllowlist} (command prefixes); its {@code autoRun} is guidance
 * for a classifier, not a list, and is not read. The CLI's {@code cli-config.json} and a project's
 * {@code .cursor/cli.json} (cursor.com/docs/cli/reference/permissions): {@code permissions.allow} and
 * {@code permissions.deny}, of {@code Shell(COMMAND)} (its first word, or {@code COMMAND:ARGS}),
 * {@code Mcp(SERVER, TOOL)}, {@code Read(GLOB)}, {@code Write(GLOB)} and {@code WebFetch(DOMAIN)}; a
 * deny wins. A command with a wildcard is allowed as broad as its fixed start, and refused only
 * when it has none (read wider, a refusal would guard what it does not).
 */
final class CursorPermissions {

    /** The keys of Cursor's files that say what runs unasked. */
    static final List<String> KEYS = List.of("mcpAllowlist", "terminalAllowlist");
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\w+)\\s*\\((.*)\\)\\s*");

    private CursorPermissions() {
    }

    /** Whether {@code root} is a Cursor CLI configuration: {@code permissions} a mapping of allow and deny lists. */
    static boolean isCli(YMap root) {
        return root.get("permissions") instanceof YMap;
    }

    static List<RuntimeRule> rules(Reading reading, YMap root) {
        List<RuntimeRule> rules = new ArrayList<>();
        for (Located<String> entry : reading.texts(root, "mcpAllowlist")) {
            String written = entry.value().strip();
            int colon = written.indexOf(':');
            String server = colon < 0 ? written : written.substring(0, colon).strip();
            String tool = colon < 0 ? "*" : written.substring(colon + 1).strip();
            rules.add(mcp(server, tool, Decision.ALLOW, entry));
        }
        for (Located<String> entry : reading.texts(root, "terminalAllowlist")) {
            command(entry.value().strip(), Decision.ALLOW, entry, rules);
        }
        if (isCli(root)) {
            YMap permissions = (YMap) root.get("permissions");
            reading.texts(permissions, "allow").forEach(token -> token(reading, token, Decision.ALLOW, rules));
            reading.texts(permissions, "deny").forEach(token -> token(reading, token, Decision.DENY, rules));
        }
        return rules;
    }

    private static void token(Reading reading, Located<String> token, Decision decision, List<RuntimeRule> rules) {
        Matcher written = TOKEN.matcher(token.value());
        if (!written.matches()) {
            reading.problem(token.position(), "a permission must be Shell(...), Mcp(...), Read(...), Write(...) or WebFetch(...)");
            return;
        }
        String argument = written.group(2).strip();
        switch (written.group(1)) {
            case "Shell" -> {
                int colon = argument.indexOf(':');
                String arguments = colon < 0 ? "" : argument.substring(colon + 1).strip();
                String command = colon < 0 ? argument : argument.substring(0, colon).strip()
                        + (arguments.isEmpty() || arguments.equals("*") ? "" : " " + arguments);
                command(command, decision, token, rules);
            }
            case "Mcp" -> {
                // Mcp(SERVER, TOOL), or Mcp(SERVER:TOOL) as mcpAllowlist writes it.
                int comma = argument.indexOf(',') >= 0 ? argument.indexOf(',') : argument.indexOf(':');
                String tool = comma < 0 ? "*" : argument.substring(comma + 1).strip();
                rules.add(mcp(comma < 0 ? argument : argument.substring(0, comma).strip(), tool, decision, token));
            }
            case "Read", "Write", "WebFetch" -> rules.add(new RuntimeRule(written.group(1), argument.equals("*") || argument.equals("**") ? "" : argument,
                    decision, token.position()));
            default -> reading.problem(token.position(), "a permission must be Shell(...), Mcp(...), Read(...), Write(...) or WebFetch(...)");
        }
    }

    /** A server's tool, every tool of the server for {@code *}, every server's for a server {@code *}. */
    private static RuntimeRule mcp(String server, String tool, Decision decision, Located<String> at) {
        boolean everyServer = server.equals("*") || server.isEmpty();
        boolean everyTool = tool.isEmpty() || tool.contains("*");
        return new RuntimeRule(RuntimeRule.mcpTool(everyServer ? RuntimeRule.EVERY_SERVER : server, everyServer || everyTool ? null : tool),
                "", decision, at.position());
    }

    /** A command prefix as a Bash rule; with a wildcard, an allow by its fixed start and no refusal. */
    private static void command(String command, Decision decision, Located<String> at, List<RuntimeRule> rules) {
        int wild = command.indexOf('*');
        // A wildcard inside a word (git*) lets that word run on (gitk): the fixed start is the words before it.
        int end = wild < 0 ? command.length() : wild == 0 || command.charAt(wild - 1) == ' ' ? wild : Math.max(command.lastIndexOf(' ', wild), 0);
        String fixed = command.substring(0, end).strip();
        if (wild >= 0 && decision != Decision.ALLOW) {
            return;
        }
        rules.add(fixed.isEmpty() ? new RuntimeRule("Bash", "", decision, at.position())
                : RuntimeRule.commandPrefix(fixed, decision, at.position(), null));
    }
}
