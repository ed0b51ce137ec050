package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.Position;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Claude Code's settings (.claude/settings.json, .claude/settings.local.json,
 * managed-settings.json): the permission rules under {@code permissions.allow}, {@code ask} and
 * {@code deny}, {@code permissions.defaultMode} and the locks that take modes away
 * ({@code disableAutoMode}, {@code permissions.disableBypassPermissionsMode}: {@link ClaudeCodeModeLocks}),
 * {@code permissions.additionalDirectories}, the
 * Bash sandbox that runs commands unasked ({@code sandbox.enabled}, {@code autoAllowBashIfSandboxed},
 * {@code network.allowedDomains}, {@code network.allowUnixSockets}, {@code network.allowAllUnixSockets},
 * {@code filesystem.allowWrite}, {@code filesystem.disabled}), the
 * hooks that may approve a tool call ({@code hooks.PreToolUse}, {@code hooks.PermissionRequest},
 * unless {@code disableAllHooks}), the project MCP servers it enables or disables, and the
 * credentials its {@code env} hands every session. A rule is quoted in a message masked: a command
 * prefix may hold a token.
 */
final class ClaudeCodeSettingsReader implements RuntimeReader {

    /**
     * The transport of a server the settings only turn on or off by name: its command line is in the
     * project's .mcp.json, read as a server of its own.
     */
    static final String IN_PROJECT_FILE = ".mcp.json";

    /**
     * {@code Tool} or {@code Tool(specifier)}; MCP tools are written {@code mcp__server} or
     * {@code mcp__server__tool}; a tool's name may be a glob ({@code *} every tool, {@code mcp__*}).
     */
    private static final Pattern RULE = Pattern.compile("([A-Za-z_*][A-Za-z0-9_.*-]*)(?:\\((.*)\\))?");

    /**
     * The rule {@code written} states, written in {@code file} (null: the settings file itself), or
     * empty when it is no permission rule; settings and skills write rules alike.
     */
    static Optional<RuntimeRule> rule(String written, Decision decision, Position at, String file) {
        Matcher rule = RULE.matcher(written);
        return rule.matches() ? Optional.of(new RuntimeRule(rule.group(1), rule.group(2) == null ? "" : rule.group(2), decision, at, file))
                : Optional.empty();
    }

    /** Claude Code's words for its permission modes, in settings and in a subagent's front matter alike. */
    static final Map<String, ApprovalMode> MODES = modes();

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
    private final InputLimits limits;

    ClaudeCodeSettingsReader(InputLimits limits) {
        this.json = new YamlTreeReader(limits);
        this.limits = limits;
    }

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        return List.of(read(file, text, List.of()));
    }

    /** The settings {@code text} writes, with {@code moreHooks} of the project's markdown, which its disableAllHooks turns off too. */
    RuntimeConfiguration read(String file, String text, List<RuntimeRule> moreHooks) throws InvalidInputException {
        return applied(layer(file, text), moreHooks);
    }

    /** The settings {@code layer}, one file read alone, writes, with {@code moreHooks} as {@link #read} adds them. */
    static RuntimeConfiguration applied(Layer layer, List<RuntimeRule> moreHooks) {
        List<RuntimeRule> hooks = layer.switchesHooksOff() ? List.of() : java.util.stream.Stream.concat(layer.hooks().stream(),
                moreHooks.stream()).toList();
        RuntimeConfiguration settings = layer.settings().withMode(layer.locks().starting(layer.settings().mode()));
        return layer.sandbox().appliedTo(settings.plusRules(enabled(layer.plugins())).plusRules(hooks));
    }

    /**
     * One settings file as read: {@code settings} without its sandbox and hooks, which are kept
     * apart since Claude Code merges them with the other settings files' ({@link ClaudeCodeScopes}):
     * the sandbox key by key, and {@code disableAllHooks} ({@code hooksOff}, null when the file
     * does not set it) as one value, which switches off the hooks of every file when the file of
     * highest precedence that sets it says true; {@code plugins}, each plugin the file switches on
     * (its rule) or off (null), also one value per plugin across the files; {@code locks}, the modes
     * the file takes away from every session, whichever file sets the mode. The mode of
     * {@code settings} is the file's {@code defaultMode}, which the locks of every file read with it
     * may overrule.
     */
    record Layer(RuntimeConfiguration settings, ClaudeCodeSandbox sandbox, List<RuntimeRule> hooks, Located<Boolean> hooksOff,
                 Map<String, RuntimeRule> plugins, ClaudeCodeModeLocks locks) {

        boolean switchesHooksOff() {
            return hooksOff != null && hooksOff.value();
        }
    }

    /** The settings {@code text} writes, its sandbox's keys apart; every problem of the file at once. */
    Layer layer(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        String what = RuntimeKind.CLAUDE_CODE.description();
        // Another runtime's TOML or YAML is no JSON: the refusal says which kind it looks like.
        YMap root = reading.map(Reading.parsed("JSON", what, () -> Lookalike.ofText(file, text, RuntimeKind.CLAUDE_CODE, limits),
                () -> json.read(file, text, true, what)), "Claude Code settings");
        reading.finish();
        notSettings(root).ifPresent(why -> reading.problem(root.position(), "not " + what + ": " + why
                + Lookalike.of(root, RuntimeKind.CLAUDE_CODE)));
        reading.finish();
        List<RuntimeRule> rules = new ArrayList<>();
        Located<ApprovalMode> mode = null;
        List<Located<String>> directories = new ArrayList<>();
        YMap permissions = reading.map(root, "permissions");
        Located<Boolean> autoOff = reading.word(root, "disableAutoMode", DISABLE);
        Located<Boolean> bypassOff = null;
        if (permissions != null) {
            rules(reading, permissions, "allow", Decision.ALLOW, rules);
            rules(reading, permissions, "ask", Decision.ASK, rules);
            rules(reading, permissions, "deny", Decision.DENY, rules);
            mode = reading.word(permissions, "defaultMode", MODES);
            directories.addAll(reading.texts(permissions, "additionalDirectories"));
            Located<Boolean> autoOffUnder = reading.word(permissions, "disableAutoMode", DISABLE);
            autoOff = autoOff != null ? autoOff : autoOffUnder;
            bypassOff = reading.word(permissions, "disableBypassPermissionsMode", DISABLE);
        }
        Map<String, RuntimeRule> plugins = plugins(reading, root);
        ClaudeCodeSandbox sandbox = sandbox(reading, root);
        Located<Boolean> hooksOff = reading.bool(root, "disableAllHooks");
        List<RuntimeRule> hooks = approvingHooks(reading, root, null);
        List<McpServer> servers = new ArrayList<>();
        Located<Boolean> all = reading.bool(root, "enableAllProjectMcpServers");
        if (all != null) {
            servers.add(new McpServer("*", all.position(), all, "every server of the project's .mcp.json", List.of(), List.of()));
        }
        for (Located<String> name : reading.texts(root, "enabledMcpjsonServers")) {
            servers.add(new McpServer(name.value(), name.position(), new Located<>(true, name.position()), IN_PROJECT_FILE, List.of(), List.of()));
        }
        for (Located<String> name : reading.texts(root, "disabledMcpjsonServers")) {
            servers.add(new McpServer(name.value(), name.position(), new Located<>(false, name.position()), IN_PROJECT_FILE, List.of(), List.of()));
        }
        List<Credential> credentials = new ArrayList<>();
        for (YEntry entry : reading.textEntries(root, "env")) {
            Credentials.of(entry.key(), ((YScalar) entry.value()).text(), entry.keyPosition()).ifPresent(credentials::add);
        }
        reading.finish();
        // Claude Code reads the added directories without asking in every mode, as the workspace; it writes them as the mode says.
        return new Layer(new RuntimeConfiguration(RuntimeKind.CLAUDE_CODE, file, null, root.position(), rules, mode, null, null,
                directories, servers, credentials, List.of(), null, List.of(), List.of(), directories), sandbox, hooks, hooksOff, plugins,
                new ClaudeCodeModeLocks(autoOff, bypassOff, reading.bool(root, "useAutoModeDuringPlan")));
    }

    /** The one value of {@code disableAutoMode} and {@code disableBypassPermissionsMode}. */
    private static final Map<String, Boolean> DISABLE = Map.of("disable", true);

    /**
     * Each plugin the file names ({@code enabledPlugins}, {@code "NAME@MARKETPLACE": true}), with its
     * rule when the file switches it on and null when off: a plugin brings hooks, MCP servers and
     * skills from files no settings hold, and its PreToolUse hooks may approve any call, so each is
     * read as such a hook over every tool. Its hooks are not the settings' own, so
     * {@code disableAllHooks} is not taken to switch its servers and skills off.
     */
    private static Map<String, RuntimeRule> plugins(Reading reading, YMap root) {
        Map<String, RuntimeRule> rules = new LinkedHashMap<>();
        YMap plugins = reading.map(root, "enabledPlugins");
        if (plugins == null) {
            return rules;
        }
        for (YEntry entry : plugins.entries().values()) {
            Located<Boolean> enabled = reading.bool(plugins, entry.key());
            if (enabled != null) {
                // A plugin switched off is kept, with no rule: it switches off one another file of the pair switches on.
                rules.put(entry.key(), enabled.value() ? new RuntimeRule("*", "", Decision.PRE_TOOL_USE_HOOK, entry.keyPosition()) : null);
            }
        }
        return rules;
    }

    /** The rules of the plugins a file switches on ({@link Layer#plugins}). */
    static List<RuntimeRule> enabled(Map<String, RuntimeRule> plugins) {
        return plugins.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Why {@code root} is no settings file, if it is none: it holds keys and none is a Claude Code
     * setting, or it lists MCP servers, which Claude Code never reads from its settings (a project's
     * .mcp.json, the user's ~/.claude.json, which also holds keys its settings share). Either read as
     * settings would say nothing and let the agent pass on nothing.
     */
    private static Optional<String> notSettings(YMap root) {
        if (root.get("mcpServers") != null) {
            return Optional.of("it lists MCP servers ('mcpServers'), which Claude Code reads from a project's .mcp.json or ~/.claude.json,"
                    + " never from its settings");
        }
        return SettingKeys.CLAUDE_CODE.foreign(root) ? Optional.of("none of its keys is a Claude Code setting") : Optional.empty();
    }

    /**
     * The Bash sandbox's keys this file writes, each read whether or not this file enables the
     * sandbox: another settings file may enable it ({@code enabled}, {@code autoAllowBashIfSandboxed},
     * {@code network.allowedDomains}, {@code network.httpProxyPort} and {@code socksProxyPort},
     * {@code network.allowUnixSockets}, {@code network.allowAllUnixSockets},
     * {@code filesystem.allowWrite}, {@code filesystem.disabled}). Claude Code honours the last only in
     * user or managed settings, but it is read in any file: a user's settings and a project's are
     * both named settings.json.
     */
    private static ClaudeCodeSandbox sandbox(Reading reading, YMap root) {
        YMap box = reading.map(root, "sandbox");
        if (box == null) {
            return ClaudeCodeSandbox.NONE;
        }
        YMap net = reading.map(box, "network");
        YMap files = reading.map(box, "filesystem");
        return new ClaudeCodeSandbox(reading.bool(box, "enabled"), reading.bool(box, "autoAllowBashIfSandboxed"),
                net == null ? List.of() : proxiedOrAllowed(reading, net),
                net == null ? null : reading.bool(net, "allowAllUnixSockets"),
                net == null ? List.of() : reading.texts(net, "allowUnixSockets"),
                files == null ? List.of() : reading.texts(files, "allowWrite"), files == null ? null : reading.bool(files, "disabled"));
    }

    /**
     * The hosts the sandbox lets commands reach: its {@code allowedDomains}, and every host when
     * {@code httpProxyPort} or {@code socksProxyPort} names a proxy of the operator's, which then
     * decides alone where they go (the sandbox starts no filtering proxy of its own), cited at the
     * port (red team: such a sandbox had read as offline).
     */
    private static List<Located<String>> proxiedOrAllowed(Reading reading, YMap network) {
        List<Located<String>> hosts = new ArrayList<>(reading.texts(network, "allowedDomains"));
        for (String port : List.of("httpProxyPort", "socksProxyPort")) {
            if (network.get(port) instanceof YScalar value && value.type() != YScalar.Type.NULL) {
                hosts.add(0, new Located<>("*", value.position(), null));
                break;
            }
        }
        return hosts;
    }

    /** The hook events whose hooks may approve a tool call, and what each may do. */
    private static final List<Map.Entry<String, Decision>> APPROVING_HOOKS = List.of(
            Map.entry("PreToolUse", Decision.PRE_TOOL_USE_HOOK),
            Map.entry("PermissionRequest", Decision.PERMISSION_REQUEST_HOOK));

    /**
     * A rule for each tool the matcher of a hook that may approve a call names. What a hook decides
     * is a command's (or a model's) and not in the file, so each is read as approving what it
     * matches, whether or not {@code disableAllHooks} turns them off ({@link Layer#switchesHooksOff}).
     * Hooks of other events (after a tool, at a session's start) cannot approve anything and are not read.
     * {@code file} is where the rules are cited: null for the settings file itself, or the markdown
     * file of a skill or subagent whose front matter runs them.
     */
    static List<RuntimeRule> approvingHooks(Reading reading, YMap root, String file) {
        return approvingHooks(reading, root, file, APPROVING_HOOKS);
    }

    /**
     * The rules {@link #approvingHooks(Reading, YMap, String)} reads, for the hook {@code events} a
     * runtime of Claude Code's hook format lets approve a call (Codex: only PermissionRequest).
     */
    static List<RuntimeRule> approvingHooks(Reading reading, YMap root, String file, List<Map.Entry<String, Decision>> events) {
        List<RuntimeRule> rules = new ArrayList<>();
        YMap hooks = reading.map(root, "hooks");
        if (hooks == null) {
            return rules;
        }
        for (Map.Entry<String, Decision> event : events) {
            for (YMap entry : reading.maps(hooks, event.getKey(), "hook matcher")) {
                if (reading.maps(entry, "hooks", "hook").stream().allMatch(ClaudeCodeSettingsReader::runsAside)) {
                    continue; // no hook runs for this matcher, or each runs in the background and cannot decide
                }
                Located<String> matcher = reading.text(entry, "matcher");
                for (String tool : matchedTools(matcher == null ? "" : matcher.value())) {
                    rules.add(new RuntimeRule(tool, "", event.getValue(), matcher != null ? matcher.position() : entry.position(), file));
                }
            }
        }
        return rules;
    }

    /** A hook that runs in the background ({@code async: true}) returns no decision. */
    private static boolean runsAside(YMap hook) {
        return hook.get("async") instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN && Boolean.parseBoolean(s.text());
    }

    /** Letters, digits, '_', '|', ',' and spaces only: Claude Code reads such a matcher as tool names, exactly. */
    private static final Pattern NAMES = Pattern.compile("[A-Za-z0-9_|, ]*");

    /** What separates the names of such a matcher: '|' or ',', with spaces around it. */
    private static final Pattern BETWEEN_NAMES = Pattern.compile(" *[|,] *");

    /**
     * The tools a hook's matcher names, as rule tools. A matcher of letters, digits, '_', '|', ','
     * and spaces names tools exactly, case kept, separated by '|' or ',' with spaces around them
     * ({@code Edit|Write} and {@code Edit, Write}: two); a name with a space inside is none, and an
     * MCP server's name alone names no tool (its tools are {@code mcp__server__tool}). Any other
     * matcher is a regular expression tested anywhere in a tool's name ({@code get.*} matches
     * {@code mcp__k8s__delete_target}), so it may match any tool, as may one that releases before
     * 2.1.191 read so ({@link #matchedOnceByParts}); an empty matcher or {@code *} matches every tool.
     */
    static List<String> matchedTools(String matcher) {
        String written = matcher.strip();
        if (written.isEmpty() || !NAMES.matcher(written).matches() || matchedOnceByParts(written)) {
            return List.of("*");
        }
        List<String> tools = new ArrayList<>();
        for (String name : BETWEEN_NAMES.split(written)) {
            if (!name.isEmpty() && name.indexOf(' ') < 0 && !(name.startsWith("mcp__") && name.indexOf("__", 5) < 0)) {
                tools.add(name);
            }
        }
        return tools;
    }

    /**
     * Whether Claude Code before 2.1.191, which read a matcher with a ',' or a space as a regular
     * expression, matched tools beyond those it names: a part between '|' with neither (an empty
     * one too) matches every tool whose name holds it. {@code Edit, Write} matched no tool then (no
     * name holds ", ") and matches Edit and Write since: never more than its names.
     */
    private static boolean matchedOnceByParts(String written) {
        return (written.indexOf(',') >= 0 || written.indexOf(' ') >= 0)
                && Arrays.stream(written.split("\\|", -1)).anyMatch(part -> part.indexOf(',') < 0 && part.indexOf(' ') < 0);
    }

    private static void rules(Reading reading, YMap permissions, String key, Decision decision, List<RuntimeRule> rules) {
        for (Located<String> written : reading.texts(permissions, key)) {
            Optional<RuntimeRule> rule = rule(written.value().strip(), decision, written.position(), null);
            if (rule.isPresent()) {
                // An allow glob not after a whole mcp__SERVER__ ('*', 'mcp__*') is skipped by recent releases of Claude Code;
                // the file does not say which release runs, so it is read as allowing what it names.
                rules.add(rule.get());
            } else {
                reading.problem(written.position(), "each item of '" + key + "' must be a permission rule: a tool, such as Bash, "
                        + "a tool with a specifier in parentheses, such as Bash(npm run test:*), or an MCP tool, such as mcp__github__get_issue");
            }
        }
    }
}
