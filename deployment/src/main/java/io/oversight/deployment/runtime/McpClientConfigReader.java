package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.Position;
import io.oversight.deployment.yaml.MergeKeys;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an MCP client's server list: {@code mcpServers} in Claude Code's .mcp.json, Cursor's
 * .cursor/mcp.json and Kiro's .kiro/settings/mcp.json, or {@code servers} in VS Code's
 * .vscode/mcp.json (JSON with comments); both when a file has both. Each server becomes an {@link McpServer} with the
 * credentials its {@code env} and {@code headers} pass, and those its {@code args} or {@code url} carry; Kiro's {@code autoApprove} and Cline's and
 * Roo Code's {@code alwaysAllow} become allow rules, as do Gemini CLI's {@code trust: true} (a
 * server's tools skip the confirmation) and a Kiro CLI agent file's {@code allowedTools};
 * {@code disabledTools} and Gemini's {@code excludeTools} deny rules. A tool no rule names is
 * asked about by the client.
 */
final class McpClientConfigReader implements RuntimeReader {

    /** Keys of a Kiro CLI agent file or Gemini CLI settings, which say what tools may do without asking, servers or none. */
    private static final List<String> AGENT_KEYS = List.of("allowedTools", "toolsSettings", "includeMcpJson", "tools", "permissions", "mcp", "general", "coreTools", "allowMCPServers",
            "excludeTools", "excludeMCPServers", "policyPaths", "adminPolicyPaths");

    /**
     * Gemini CLI's settings that bear on no tool or server: its look, sign-in, editor and telemetry,
     * in the flat form of its first releases (which it still reads and migrates) and the grouped one.
     */
    private static final Set<String> GEMINI_DISPLAY_KEYS = Set.of("ui", "output", "ide", "privacy", "telemetry", "theme",
            "customThemes", "selectedAuthType", "preferredEditor", "usageStatisticsEnabled", "hideTips", "hideBanner", "hideWindowTitle",
            "showMemoryUsage", "vimMode", "accessibility", "disableAutoUpdate", "dnsResolutionOrder", "hasSeenIdeIntegrationNudge");

    /**
     * Whether a file that lists no server and says nothing of what runs is still one a client reads,
     * changing none of its defaults: {@code {}}, or Gemini CLI's settings ({@code .gemini/settings.json})
     * of only display, sign-in and telemetry keys. Anything else is another kind of file.
     */
    private static boolean changesNoDefault(String file, YMap root) {
        String path = file.replace('\\', '/');
        return root.entries().isEmpty() || (path.endsWith("/.gemini/settings.json") || path.equals(".gemini/settings.json"))
                && GEMINI_DISPLAY_KEYS.containsAll(root.entries().keySet());
    }

    /** Where clients list their servers: 'mcpServers' (Claude Code, Cursor, Kiro, Cline), 'servers' (VS Code). */
    private static final List<String> SERVER_KEYS = List.of("mcpServers", "servers");

    private final YamlTreeReader json;

    private final InputLimits limits;

    McpClientConfigReader(InputLimits limits) {
        this.json = new YamlTreeReader(limits);
        this.limits = limits;
    }

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        String name = fileName(file);
        if (name.endsWith(".toml") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            YMap root = besideFile(reading, file, text);
            // Named alone, the file is the agent's whole configuration: one of other keys is another file, which would judge it on
            // nothing. A policy file of comments only allows nothing, as beside the settings.
            String rulesKey = name.endsWith(".toml") ? "rule" : "rules";
            if (!root.entries().isEmpty() && root.get(rulesKey) == null) {
                reading.problem(root.position(), "not " + (name.endsWith(".toml") ? "a Gemini CLI policy file: it has no [[rule]] table"
                        : "Kiro permissions (permissions.yaml): it has no 'rules'") + Lookalike.of(root, RuntimeKind.MCP_CLIENT));
                reading.finish();
            }
            List<RuntimeRule> rules = besideRules(reading, file, root);
            reading.finish();
            return List.of(configuration(file, root, rules, List.of()));
        }
        YMap root = name.endsWith(".md") ? markdownAgent(reading, text) : jsonFile(reading, file, text, RuntimeKind.MCP_CLIENT.description(), "an MCP configuration");
        reading.finish();
        List<String> claudeCode = claudeCodeSettings(root);
        if (!claudeCode.isEmpty()) {
            // Read as a Cursor CLI's allow and deny lists, Claude Code's settings had passed: its mode and env were never read (red team).
            reading.problem(root.position(), "not an MCP client configuration: it holds Claude Code's own settings (" + String.join(", ", claudeCode)
                    + "), which only kind: claude-code reads; give it as kind: claude-code");
            reading.finish();
        }
        // VS Code reads only 'servers', the other clients only 'mcpServers'; which client reads the file is not in it,
        // so a file with both has the servers under both read.
        List<YEntry> entries = new ArrayList<>();
        for (String key : SERVER_KEYS) {
            YMap servers = reading.map(root, key);
            if (servers != null) {
                entries.addAll(servers.entries().values());
            }
        }
        // VS Code's settings.json may hold servers under 'mcp.servers', the older place.
        entries.addAll(VsCodeSettings.servers(root));
        List<YEntry> projectServers = claudeProjectServers(reading, name, root);
        entries.addAll(projectServers);
        // A Kiro CLI agent may take its servers from the workspace's mcp.json (includeMcpJson) and list none of its own.
        boolean agentFile = AGENT_KEYS.stream().anyMatch(key -> root.get(key) != null)
                || VsCodeSettings.present(root) || CursorPermissions.KEYS.stream().anyMatch(key -> root.get(key) != null);
        if (SERVER_KEYS.stream().noneMatch(key -> root.get(key) != null) && projectServers.isEmpty() && !agentFile && !changesNoDefault(file, root)) {
            reading.problem(root.position(), "an MCP configuration lists its servers under 'mcpServers' (or 'servers' in VS Code's mcp.json),"
                    + " or says what runs unasked (a Kiro agent's tools and permissions, Gemini CLI's, VS Code's or Cursor's settings)"
                    + Lookalike.of(root, RuntimeKind.MCP_CLIENT));
        }
        reading.finish();
        List<McpServer> read = new ArrayList<>();
        List<RuntimeRule> rules = new ArrayList<>();
        boolean readsDisabled = readsDisabled(file);
        for (YEntry entry : entries) {
            YMap server = reading.map(entry.value(), "server '" + entry.key() + "'");
            if (server != null) {
                read.add(server(reading, entry, server, rules, readsDisabled));
            }
        }
        for (Located<String> tool : reading.texts(root, "allowedTools")) {
            List<String> allowed = KiroNativeTools.builtIn(tool.value()) ? KiroNativeTools.named(tool.value()) : List.of(allowedTool(tool.value()));
            for (String each : allowed) {
                rules.add(new RuntimeRule(each, "", Decision.ALLOW, tool.position()));
                if (KiroWrites.writes(each)) {
                    rules.addAll(KiroWrites.reached(null, tool));
                }
            }
        }
        rules.addAll(KiroToolsSettings.rules(reading, root));
        // A 'permissions' mapping is the Cursor CLI's allow and deny lists, a list a Kiro agent's rules.
        rules.addAll(CursorPermissions.isCli(root) ? List.of() : KiroPermissions.rules(reading, root, "permissions", entries));
        rules.addAll(CursorPermissions.rules(reading, root));
        rules.addAll(VsCodeSettings.rules(reading, root));
        rules.addAll(GeminiTools.settings(reading, root));
        rules = GeminiTools.confirmed(reading, root, rules);
        reading.finish();
        return List.of(configuration(file, root, rules, read));
    }

    /** Keys of Claude Code's settings that no MCP client's file writes at its top. */
    private static final List<String> CLAUDE_CODE_KEYS = List.of("apiKeyHelper", "enabledMcpjsonServers", "disabledMcpjsonServers",
            "enableAllProjectMcpServers", "awsCredentialExport", "awsAuthRefresh", "otelHeadersHelper", "forceLoginMethod");

    /**
     * Hook events only Claude Code names: Gemini CLI's hooks share SessionStart, SessionEnd and
     * Notification with it, and Cursor's are spelt in lower camel case (beforeShellExecution, stop).
     */
    private static final List<String> CLAUDE_CODE_HOOK_EVENTS = List.of("PreToolUse", "PostToolUse", "PermissionRequest",
            "UserPromptSubmit", "Stop", "SubagentStart", "SubagentStop", "PreCompact");

    /** Keys of Claude Code's permissions that Cursor CLI's allow and deny lists do not have. */
    private static final List<String> CLAUDE_CODE_PERMISSION_KEYS = List.of("defaultMode", "ask", "additionalDirectories",
            "disableBypassPermissionsMode");

    /**
     * What in {@code root} only Claude Code's settings write: a permission mode, ask rules or added
     * folders, rules in its syntax ({@code Bash(...)}, {@code mcp__server__tool}), its own keys and
     * hook events, an environment or sandbox mapping at the top;
     * empty when nothing does. Only keys and the start of rules are named, never a value.
     */
    private static List<String> claudeCodeSettings(YMap root) {
        List<String> found = new ArrayList<>();
        CLAUDE_CODE_KEYS.stream().filter(key -> root.get(key) != null).forEach(found::add);
        // Claude Code's environment for every session and its sandbox are mappings at the top; Gemini CLI's sandbox is a word.
        List.of("env", "sandbox").stream().filter(key -> root.get(key) instanceof YMap).forEach(found::add);
        // A hook runs a command of its own before or after a tool: read as an MCP client, hooks were left out unsaid.
        if (root.get("hooks") instanceof YMap hooks) {
            CLAUDE_CODE_HOOK_EVENTS.stream().filter(event -> hooks.get(event) != null).map(event -> "hooks." + event).forEach(found::add);
        }
        if (root.get("permissions") instanceof YMap permissions) {
            CLAUDE_CODE_PERMISSION_KEYS.stream().filter(key -> permissions.get(key) != null).map(key -> "permissions." + key).forEach(found::add);
            for (String list : List.of("allow", "deny")) {
                if (permissions.get(list) instanceof YList rules && rules.items().stream().anyMatch(rule -> rule instanceof YScalar text
                        && (text.text().startsWith("Bash(") || text.text().startsWith("mcp__")))) {
                    found.add("Bash(...) or mcp__ rules in permissions." + list);
                }
            }
        }
        return found;
    }

    /**
     * The servers Claude Code keeps for each project in the user's {@code ~/.claude.json}
     * ({@code projects.PATH.mcpServers}, where {@code claude mcp add} writes them by default, the
     * local scope): the file does not say which project the agent works in, so every project's count.
     */
    private static List<YEntry> claudeProjectServers(Reading reading, String name, YMap root) {
        List<YEntry> servers = new ArrayList<>();
        if (!name.equals(".claude.json") || !(root.get("projects") instanceof YMap projects)) {
            return servers;
        }
        for (YEntry project : projects.entries().values()) {
            if (project.value() instanceof YMap settings && settings.get("mcpServers") != null) {
                YMap defined = reading.map(settings, "mcpServers");
                if (defined != null) {
                    servers.addAll(defined.entries().values());
                }
            }
        }
        return servers;
    }

    private static RuntimeConfiguration configuration(String file, YMap root, List<RuntimeRule> rules, List<McpServer> servers) {
        return new RuntimeConfiguration(RuntimeKind.MCP_CLIENT, file, null, root.position(), rules, null, null, null, List.of(),
                servers, List.of(), List.of(), null, List.of());
    }

    /**
     * The rules of a file a client reads beside its server list, cited in it: Gemini CLI's policy
     * files ({@code *.toml}), Kiro's {@code permissions.yaml}, VS Code's {@code settings.json},
     * Cursor's {@code permissions.json} and {@code cli.json}. A file of no use here says nothing
     * (a settings.json of the editor's other settings).
     */
    List<RuntimeRule> readBeside(String file, String text) throws InvalidInputException {
        if (onlyComments(fileName(file), text)) {
            return List.of(); // the runtimes read an empty file, or one of comments, as one that allows nothing
        }
        Reading reading = new Reading(file);
        YMap root = besideFile(reading, file, text);
        reading.finish();
        List<RuntimeRule> rules = besideRules(reading, file, root);
        reading.finish();
        return rules.stream().map(rule -> rule.in(file)).toList();
    }

    /** A file read beside a server list, parsed in its language: a policy file's TOML, a permissions.yaml's YAML, else JSON. */
    private YMap besideFile(Reading reading, String file, String text) throws InvalidInputException {
        String name = fileName(file);
        if (name.endsWith(".toml")) {
            return policyFile(reading, file, text);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return kiroPermissionsFile(reading, file, text);
        }
        return jsonFile(reading, file, text, what(name), what(name));
    }

    private List<RuntimeRule> besideRules(Reading reading, String file, YMap root) {
        String name = fileName(file);
        if (name.endsWith(".toml")) {
            return GeminiPolicies.rules(reading, root);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return KiroPermissions.rules(reading, root, "rules", List.of());
        }
        return name.equals("settings.json") ? VsCodeSettings.rules(reading, root) : CursorPermissions.rules(reading, root);
    }

    /**
     * The paths Gemini CLI's settings {@code text} name for more policy files ({@code policyPaths},
     * {@code adminPolicyPaths}): files or folders of them, relative to the project.
     */
    List<String> policyPaths(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        YMap root = jsonFile(reading, file, text, RuntimeKind.MCP_CLIENT.description(), "an MCP configuration");
        List<String> paths = new ArrayList<>();
        for (String key : List.of("policyPaths", "adminPolicyPaths")) {
            reading.texts(root, key).forEach(path -> paths.add(path.value()));
        }
        reading.finish();
        return paths;
    }

    /** {@code text}, JSON with comments, read as {@code what}, as the mapping {@code shape} names. */
    private YMap jsonFile(Reading reading, String file, String text, String what, String shape) throws InvalidInputException {
        return reading.map(Reading.parsed("JSON", what, () -> json.read(file, JsoncText.toJson(text), true, what)), shape);
    }

    private static String what(String name) {
        return switch (name) {
            case "settings.json" -> "VS Code settings (settings.json)";
            case "cli.json", "cli-config.json" -> "Cursor CLI permissions (" + name + ")";
            default -> "Cursor permissions (" + name + ")";
        };
    }

    /**
     * A Kiro agent written in Markdown ({@code .kiro/agents/NAME.md}, Kiro CLI 3 and IDE 1.0): its
     * YAML front matter holds what a JSON agent file holds, and the body is the prompt. Markdown
     * whose front matter is another kind's (a Claude Code subagent's, skill's or command's) is
     * refused: read as a Kiro agent it would allow nothing, whatever its permissionMode says.
     */
    private YMap markdownAgent(Reading reading, String text) throws InvalidInputException {
        String what = "a Kiro agent's front matter";
        YMap root = FrontMatter.of(reading, text, limits, what);
        reading.finish(); // a front matter that is no mapping, reported as such
        if (root == null) {
            reading.problem(Position.START, "a Kiro agent in Markdown begins with its settings as YAML front matter"
                    + " between two '---' lines");
        } else {
            String lookalike = Lookalike.of(root, RuntimeKind.MCP_CLIENT);
            if (!lookalike.isEmpty()) {
                reading.problem(root.position(), "not a Kiro agent in Markdown" + lookalike);
            }
        }
        return root;
    }

    /** A Gemini CLI policy file: TOML of {@code [[rule]]} tables. */
    private YMap policyFile(Reading reading, String file, String text) throws InvalidInputException {
        String what = "a Gemini CLI policy file (TOML)";
        return Reading.parsed("TOML", what, () -> TomlTreeReader.read(file, text, limits.maxDepth()));
    }

    /** Kiro's {@code permissions.yaml}: YAML whose {@code rules} are permission rules. */
    private YMap kiroPermissionsFile(Reading reading, String file, String text) throws InvalidInputException {
        String what = "Kiro permissions (permissions.yaml)";
        YMap root = reading.map(Reading.parsed("YAML", what, () -> MergeKeys.refused(json.read(file, text, false, what), file, what)), what);
        reading.finish(); // a file that is no mapping, reported as such
        return root;
    }

    /** Whether {@code text} holds nothing but blanks and comments, as the language of the file {@code name} writes them. */
    private static boolean onlyComments(String name, String text) {
        if (name.endsWith(".json")) {
            return JsoncText.toJson(text).isBlank();
        }
        return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    /**
     * Whether the client of {@code file} switches a server off by its {@code disabled} key: Kiro
     * ({@code .kiro/}) and Amazon Q ({@code .amazonq/}, {@code ~/.aws/amazonq/}: custom_tool.rs), Cline ({@code cline_mcp_settings.json}), Roo Code ({@code .roo/},
     * {@code mcp_settings.json}) and Windsurf ({@code mcp_config.json}). Claude Code, Cursor, VS Code
     * and Gemini CLI document no such key (their servers are switched off in the editor or by
     * other settings), so in their files, and in a file no path tells the client of, it is not read:
     * the server counts.
     */
    private static boolean readsDisabled(String file) {
        String path = "/" + file.replace('\\', '/');
        String name = fileName(path);
        return path.contains("/.kiro/") || path.contains("/.amazonq/") || path.contains("/.aws/amazonq/") || path.contains("/.roo/")
                || DISABLING_FILES.contains(name);
    }

    /** The server lists, by file name, of the clients that read a server's {@code disabled}. */
    private static final java.util.Set<String> DISABLING_FILES = java.util.Set.of("cline_mcp_settings.json", "mcp_settings.json", "mcp_config.json");

    private static McpServer server(Reading reading, YEntry entry, YMap server, List<RuntimeRule> rules, boolean readsDisabled) {
        String name = entry.key();
        Located<Boolean> disabled = readsDisabled ? reading.bool(server, "disabled") : null;
        Located<Boolean> enabled = disabled == null ? null : new Located<>(!disabled.value(), disabled.position());
        autoApproved(reading, server, "autoApprove", name, rules);
        autoApproved(reading, server, "alwaysAllow", name, rules);
        // Gemini CLI: a trusted server's tools run without the confirmation dialog; includeTools exposes only those listed.
        Located<Boolean> trusted = reading.bool(server, "trust");
        List<Located<String>> included = reading.texts(server, "includeTools");
        if (trusted != null && trusted.value()) {
            if (included.isEmpty()) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, null), "", Decision.ALLOW, trusted.position()));
            }
            included.forEach(tool -> rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, tool.value()), "", Decision.ALLOW, trusted.position())));
        }
        for (String key : List.of("disabledTools", "excludeTools")) {
            for (Located<String> tool : reading.texts(server, key)) {
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, tool.value()), "", Decision.DENY, tool.position()));
            }
        }
        // Cline's CLI writes how the server is reached in a 'transport' of its own: read there, its approvals stay beside it.
        YMap reached = server.get("transport") instanceof YMap transport && McpServerFields.TRANSPORT_KEYS.stream().noneMatch(k -> server.get(k) != null)
                ? transport : server;
        List<Credential> credentials = McpServerFields.handedTo(reading, reached, List.of("env", "headers"), true);
        Located<String> envFile = reading.text(server, "envFile");
        if (envFile != null) {
            credentials.add(new Credential("envFile", CredentialSource.OPERATOR_PROFILE, envFile.value(), envFile.position()));
        }
        // Gemini CLI sends such a server a token of the operator's Google Application Default Credentials.
        Located<String> auth = reading.text(server, "authProviderType");
        if (auth != null && auth.value().equals("google_credentials")) {
            credentials.add(new Credential("authProviderType", CredentialSource.OPERATOR_PROFILE, "Google Application Default Credentials",
                    auth.position()));
        }
        return new McpServer(name, entry.keyPosition(), enabled, McpServerFields.transport(reading, reached, "server '" + name + "'"), List.of(), credentials,
                ServerSwitches.of(reached, List.of("env"), List.of("headers"), List.of("envFile")));
    }

    /**
     * An MCP tool of a Kiro CLI agent's {@code allowedTools}, which runs without asking:
     * {@code @SERVER} for every tool of a server, {@code @SERVER/TOOL} for one (built-in tools are
     * {@link KiroNativeTools}').
     */
    private static String allowedTool(String written) {
        int slash = written.indexOf('/');
        if (slash < 0) {
            return RuntimeRule.mcpTool(written.substring(1), null);
        }
        String server = written.substring(1, slash);
        String tool = written.substring(slash + 1);
        // A tool written as a pattern of a server named whole (@platform/*get*) matches tools whatever their names say
        // (delete_target_group): every tool of that server. A pattern of servers keeps its tool as written, whose servers
        // are matched one by one.
        boolean everyTool = tool.equals("*") || server.indexOf('*') < 0 && (tool.indexOf('*') >= 0 || tool.indexOf('?') >= 0);
        return RuntimeRule.mcpTool(server, everyTool ? null : tool);
    }

    /** Kiro's {@code autoApprove}, Cline's {@code alwaysAllow}: tool names, or {@code "*"} (alone or in the list) for every tool of the server. */
    private static void autoApproved(Reading reading, YMap server, String key, String name, List<RuntimeRule> rules) {
        YNode node = server.get(key);
        if (node instanceof YScalar s && s.type() == YScalar.Type.STRING && s.text().equals("*")) {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, null), "", Decision.ALLOW, s.position()));
            return;
        }
        if (node != null && !(node instanceof YList)) {
            reading.problem(node.position(), "'" + key + "' must be a list of tool names, or \"*\" for every tool, but is " + node.kind());
            return;
        }
        for (Located<String> tool : reading.texts(server, key)) {
            String only = tool.value().equals("*") ? null : tool.value();
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, only), "", Decision.ALLOW, tool.position()));
        }
    }
}
