package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Claude Code's settings (.claude/settings.json, .claude/settings.local.json,
 * managed-settings.json): the permission rules under {@code permissions.allow}, {@code ask} and
 * {@code deny}, {@code permissions.defaultMode}, {@code permissions.additionalDirectories}, the
 * project MCP servers it enables or disables, and the credentials its {@code env} hands every session. A
 * rule is quoted in a message masked: a command prefix may hold a token.
 */
final class ClaudeCodeSettingsReader implements RuntimeReader {

    /** {@code Tool} or {@code Tool(specifier)}; MCP tools are written {@code mcp__server} or {@code mcp__server__tool}. */
    private static final Pattern RULE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.*-]*)(?:\\((.*)\\))?");

    private static final Map<String, ApprovalMode> MODES = modes();

    private static Map<String, ApprovalMode> modes() {
        Map<String, ApprovalMode> modes = new LinkedHashMap<>();
        modes.put("default", ApprovalMode.ASK);
        modes.put("manual", ApprovalMode.ASK);
        modes.put("acceptEdits", ApprovalMode.ACCEPT_EDITS);
        modes.put("plan", ApprovalMode.PLAN);
        modes.put("dontAsk", ApprovalMode.DENY_UNLISTED);
        modes.put("auto", ApprovalMode.CLASSIFIER);
        modes.put("bypassPermissions", ApprovalMode.NEVER_ASK);
        return modes;
    }

    private final YamlTreeReader json;

    ClaudeCodeSettingsReader(InputLimits limits) {
        this.json = new YamlTreeReader(limits);
    }

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        YMap root = reading.map(Reading.parsed("JSON", RuntimeKind.CLAUDE_CODE, () -> json.read(file, text, true)), "Claude Code settings");
        reading.finish();
        List<RuntimeRule> rules = new ArrayList<>();
        Located<ApprovalMode> mode = null;
        List<Located<String>> directories = List.of();
        YMap permissions = reading.map(root, "permissions");
        if (permissions != null) {
            rules(reading, permissions, "allow", Decision.ALLOW, rules);
            rules(reading, permissions, "ask", Decision.ASK, rules);
            rules(reading, permissions, "deny", Decision.DENY, rules);
            mode = reading.word(permissions, "defaultMode", MODES);
            directories = reading.texts(permissions, "additionalDirectories");
        }
        List<McpServer> servers = new ArrayList<>();
        Located<Boolean> all = reading.bool(root, "enableAllProjectMcpServers");
        if (all != null) {
            servers.add(new McpServer("*", all.position(), all, "every server of the project's .mcp.json", List.of(), List.of()));
        }
        for (Located<String> name : reading.texts(root, "enabledMcpjsonServers")) {
            servers.add(new McpServer(name.value(), name.position(), new Located<>(true, name.position()), ".mcp.json", List.of(), List.of()));
        }
        for (Located<String> name : reading.texts(root, "disabledMcpjsonServers")) {
            servers.add(new McpServer(name.value(), name.position(), new Located<>(false, name.position()), ".mcp.json", List.of(), List.of()));
        }
        List<Credential> credentials = new ArrayList<>();
        for (YEntry entry : reading.textEntries(root, "env")) {
            Credentials.of(entry.key(), ((YScalar) entry.value()).text(), entry.keyPosition()).ifPresent(credentials::add);
        }
        reading.finish();
        return List.of(new RuntimeConfiguration(RuntimeKind.CLAUDE_CODE, file, null, root.position(), rules, mode, null, null,
                directories, servers, credentials, List.of(), null, List.of()));
    }

    private static void rules(Reading reading, YMap permissions, String key, Decision decision, List<RuntimeRule> rules) {
        for (Located<String> written : reading.texts(permissions, key)) {
            Matcher rule = RULE.matcher(written.value().strip());
            if (rule.matches()) {
                rules.add(new RuntimeRule(rule.group(1), rule.group(2) == null ? "" : rule.group(2), decision, written.position()));
            } else {
                reading.problem(written.position(), "'" + SecretMasker.mask(written.value()) + "' is not a permission rule: write a tool, such as Bash, "
                        + "a tool with a specifier in parentheses, such as Bash(npm run test:*), or an MCP tool, such as mcp__github__get_issue");
            }
        }
    }
}
