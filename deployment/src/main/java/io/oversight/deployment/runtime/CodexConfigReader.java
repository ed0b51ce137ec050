package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads OpenAI Codex CLI's config.toml: {@code approval_policy} (a word or a granular table),
 * {@code approvals_reviewer}, {@code sandbox_mode}, {@code [sandbox_workspace_write]} (network
 * access, writable roots), the permission profile {@code default_permissions} names where no
 * {@code sandbox_mode} is written, the profiles and the one
 * {@code profile} selects, the {@code [mcp_servers.NAME]} tables with the credentials they pass
 * and their tools, each an allow rule unless its approval mode prompts
 * ({@code default_tools_approval_mode}, {@code [mcp_servers.NAME.tools.TOOL] approval_mode}), and
 * the apps (connectors) of {@code [apps.ID]} read the same way, and
 * the variables {@code [shell_environment_policy] set} gives every command the agent runs. The
 * configuration's mode and sandbox are the active profile's where it sets them.
 */
final class CodexConfigReader implements RuntimeReader {

    private static final Map<String, ApprovalMode> POLICIES = new LinkedHashMap<>();
    private static final Map<String, Sandbox> SANDBOXES = new LinkedHashMap<>();

    static {
        POLICIES.put("untrusted", ApprovalMode.ASK);
        POLICIES.put("on-request", ApprovalMode.ASK_ON_REQUEST);
        POLICIES.put("on-failure", ApprovalMode.ASK_ON_FAILURE);
        POLICIES.put("never", ApprovalMode.SANDBOX_ONLY);
        SANDBOXES.put("read-only", Sandbox.READ_ONLY);
        SANDBOXES.put("workspace-write", Sandbox.WORKSPACE_WRITE);
        SANDBOXES.put("danger-full-access", Sandbox.FULL_ACCESS);
    }

    private final InputLimits limits;

    CodexConfigReader(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Who answers an approval request ({@code approvals_reviewer}): the person at the session, or,
     * under {@code auto_review} (and its former name {@code guardian_subagent}), a reviewer agent.
     */
    private static final Map<String, Boolean> REVIEWERS = new java.util.TreeMap<>(Map.of("user", false, "auto_review", true, "guardian_subagent", true));

    /** Codex's built-in permission profiles ({@code default_permissions}), by the sandbox each is. */
    private static final Map<String, Sandbox> BUILT_IN_PERMISSIONS = Map.of(":read-only", Sandbox.READ_ONLY, ":workspace", Sandbox.WORKSPACE_WRITE,
            ":danger-full-access", Sandbox.FULL_ACCESS);

    /**
     * The one hook event whose hooks may approve what Codex would ask a person: PermissionRequest
     * (openai/codex#17563). A PreToolUse hook can only block in Codex (allow and ask were proposed in
     * openai/codex#20756, closed unmerged), so it approves nothing.
     */
    private static final List<Map.Entry<String, Decision>> APPROVING_HOOKS = List.of(Map.entry("PermissionRequest", Decision.PERMISSION_REQUEST_HOOK));

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        return read(file, text, null);
    }

    /**
     * The hooks of a {@code hooks.json} (Claude Code's hook format) that may approve a prompt, cited in
     * {@code file}: Codex reads one beside each config.toml it reads, with the config's inline hooks.
     */
    static List<RuntimeRule> hooksFile(String file, String text, InputLimits limits) throws InvalidInputException {
        Reading reading = new Reading(file);
        String what = "Codex hooks (hooks.json)";
        if (text.isBlank()) {
            throw new InvalidInputException(new Problem(file, Position.START,
                    "the file is empty: expected " + what));
        }
        YMap root = reading.map(Reading.parsed("JSON", what, () -> new YamlTreeReader(limits).read(file, text, true, what)), what);
        reading.finish();
        List<RuntimeRule> hooks = ClaudeCodeSettingsReader.approvingHooks(reading, root, file, APPROVING_HOOKS);
        reading.finish();
        return hooks;
    }

    /**
     * The configuration {@code text} writes, with {@code besideHooks}, the rules of the hooks.json
     * beside it (null: none), unless its {@code [features] hooks} (or the older {@code codex_hooks})
     * turns hooks off, as it does the inline {@code [hooks]} tables.
     */
    List<RuntimeConfiguration> read(String file, String text, List<RuntimeRule> besideHooks) throws InvalidInputException {
        return read(file, parsed(file, text), besideHooks);
    }

    /**
     * {@code text} as TOML, refused when it holds keys and none is Codex's: another TOML file (a
     * pyproject.toml, a Gemini CLI policy file) would otherwise read as a configuration that changes
     * no default. An empty file is one.
     */
    private YMap parsed(String file, String text) throws InvalidInputException {
        // Another runtime's JSON or YAML is no TOML: the refusal says which kind it looks like.
        YMap root = Reading.parsed("TOML", RuntimeKind.CODEX.description(), () -> Lookalike.ofText(file, text, RuntimeKind.CODEX, limits),
                () -> TomlTreeReader.read(file, text, limits.maxDepth()));
        if (SettingKeys.CODEX.foreign(root)) {
            throw new InvalidInputException(new Problem(file, root.position(), "not " + RuntimeKind.CODEX.description()
                    + ": none of its keys is a Codex setting" + Lookalike.of(root, RuntimeKind.CODEX)));
        }
        return root;
    }

    private List<RuntimeConfiguration> read(String file, YMap root, List<RuntimeRule> besideHooks) throws InvalidInputException {
        Reading reading = new Reading(file);
        Located<Boolean> reviewer = reading.word(root, "approvals_reviewer", REVIEWERS);
        Located<ApprovalMode> policy = policy(reading, root);
        Located<ApprovalMode> mode = reviewed(policy, reviewer);
        Located<Sandbox> sandbox = reading.word(root, "sandbox_mode", SANDBOXES);
        Located<Boolean> network = null;
        List<Located<String>> directories = List.of();
        YMap workspaceWrite = reading.map(root, "sandbox_workspace_write");
        if (workspaceWrite != null) {
            network = reading.bool(workspaceWrite, "network_access");
            directories = reading.texts(workspaceWrite, "writable_roots");
        }
        // A sandbox_mode in the file wins over the permission profiles (Codex's "Configure either ..., but not both").
        PermissionProfile permissions = permissions(reading, root);
        if (sandbox == null && permissions != null) {
            sandbox = permissions.sandbox();
            // The older [sandbox_workspace_write] table does not compose with a permission profile; a profile that sets
            // sandbox_mode goes back to it, and then both are kept, as either may be the one a run starts with.
            boolean legacyProfile = root.get("profiles") instanceof YMap all && all.entries().values().stream()
                    .anyMatch(p -> p.value() instanceof YMap profile && profile.get("sandbox_mode") instanceof YScalar written
                            && written.text().equals("workspace-write"));
            boolean keepLegacy = legacyProfile && (network != null && network.value() || !directories.isEmpty());
            network = keepLegacy && network != null && network.value() && (permissions.network() == null || !permissions.network().value())
                    ? network : permissions.network();
            directories = keepLegacy ? java.util.stream.Stream.concat(permissions.writable().stream(), directories.stream()).toList()
                    : permissions.writable();
        }
        List<RuntimeProfile> profiles = profiles(reading, root, policy, reviewer);
        Located<String> active = reading.text(root, "profile");
        if (active != null) {
            RuntimeProfile chosen = profiles.stream().filter(p -> p.name().equals(active.value())).findFirst().orElse(null);
            if (chosen == null) {
                reading.problem(active.position(), "'profile' names '" + active.value() + "', but no [profiles." + active.value() + "] is defined");
            } else {
                List<RuntimeProfile> all = new ArrayList<>();
                all.add(new RuntimeProfile(RuntimeProfile.TOP_LEVEL, root.position(), mode, sandbox, false));
                profiles.forEach(p -> all.add(p == chosen ? new RuntimeProfile(p.name(), p.position(), p.mode(), p.sandbox(), true) : p));
                profiles = all;
                mode = chosen.mode() != null ? chosen.mode() : mode;
                sandbox = chosen.sandbox() != null ? chosen.sandbox() : sandbox;
            }
        }
        List<RuntimeRule> rules = new ArrayList<>();
        List<McpServer> servers = new ArrayList<>();
        YMap mcp = reading.map(root, "mcp_servers");
        if (mcp != null) {
            for (YEntry entry : mcp.entries().values()) {
                YMap server = reading.map(entry.value(), "[mcp_servers." + entry.key() + "]");
                if (server != null) {
                    servers.add(server(reading, entry, server, rules));
                }
            }
        }
        boolean hooks = !hooksOff(reading, root);
        if (hooks) {
            rules.addAll(ClaudeCodeSettingsReader.approvingHooks(reading, root, null, APPROVING_HOOKS));
            if (besideHooks != null) {
                rules.addAll(besideHooks);
            }
        }
        YMap apps = reading.map(root, "apps");
        if (apps != null) {
            apps(reading, apps, rules);
        }
        YMap plugins = reading.map(root, "plugins");
        if (plugins != null && !pluginsOff(reading, root)) {
            plugins(reading, plugins, hooks, rules);
        }
        List<Credential> credentials = new ArrayList<>();
        YMap environment = reading.map(root, "shell_environment_policy");
        if (environment != null) {
            for (YEntry entry : reading.textEntries(environment, "set")) {
                Credentials.of(entry.key(), ((YScalar) entry.value()).text(), entry.keyPosition()).ifPresent(credentials::add);
            }
        }
        reading.finish();
        return List.of(new RuntimeConfiguration(RuntimeKind.CODEX, file, null, root.position(), rules, mode, sandbox, network, directories,
                servers, credentials, List.of(), null, profiles));
    }

    /**
     * A profile file ({@code NAME.config.toml}) as Codex lays it over the config.toml beside it
     * ({@code baseFile}, {@code baseText}), key by key: what it sets, cited at what it writes. Where
     * it sets an approval policy but no reviewer, or a reviewer but no policy, the mode is the one
     * the two make with the base's (a base {@code approvals_reviewer = "auto_review"} sends the
     * prompts of a profile's {@code on-request} to the reviewer agent). A server it names with only
     * its approvals is the base's server of that name. Hooks are on or off as the profile's
     * {@code [features]} says, else as the base's; where the profile turns on what the base turned
     * off, the base's inline hooks and {@code besideHooks} (the hooks.json beside both) count as the
     * profile's.
     */
    RuntimeConfiguration readProfileFile(String file, String text, String baseFile, String baseText, List<RuntimeRule> besideHooks)
            throws InvalidInputException {
        YMap root = parsed(file, text);
        YMap base = parsed(baseFile, baseText);
        Reading under = new Reading(baseFile);
        List<RuntimeRule> revived = new ArrayList<>();
        if (hooksOff(under, base)) {
            revived.addAll(ClaudeCodeSettingsReader.approvingHooks(under, base, baseFile, APPROVING_HOOKS));
            revived.addAll(besideHooks);
            // The base's plugins package hooks too, which the profile turns on with the rest.
            if (base.get("plugins") instanceof YMap plugins && !pluginsOff(under, base) && !(root.get("plugins") instanceof YMap)) {
                List<RuntimeRule> pluginHooks = new ArrayList<>();
                plugins(under, plugins, true, pluginHooks);
                pluginHooks.stream().filter(r -> r.decision() == Decision.PERMISSION_REQUEST_HOOK).map(r -> r.in(baseFile)).forEach(revived::add);
            }
        }
        RuntimeConfiguration laid = read(file, laidOver(root, base), revived).get(0);
        // What the base itself decides it already says, cited where the base writes it; the layer keeps what the profile changes.
        List<RuntimeRule> baseRules = read(baseFile, base, List.of()).get(0).rules();
        // A rule made from a key only the base writes is cited there.
        Set<Position> written = positionsIn(root, new HashSet<>());
        RuntimeConfiguration layer = laid.withRules(laid.rules().stream().filter(rule -> baseRules.stream().noneMatch(b -> b.tool().equals(rule.tool())
                && b.specifier().equals(rule.specifier()) && b.decision() == rule.decision()))
                .map(rule -> rule.file() != null || written.contains(rule.position()) ? rule : rule.in(baseFile)).toList());
        Reading own = new Reading(file);
        Located<Boolean> reviewer = own.word(root, "approvals_reviewer", REVIEWERS);
        Located<ApprovalMode> policy = policy(own, root);
        if (reviewer == null && policy == null) {
            return layer; // the profile leaves the mode to the configuration it is laid over
        }
        Located<ApprovalMode> made = reviewer == null ? reviewed(policy, under.word(base, "approvals_reviewer", REVIEWERS))
                : reviewed(policy != null ? policy : policy(under, base), reviewer);
        Located<ApprovalMode> mode = new Located<>(made.value(), (policy != null ? policy : reviewer).position());
        return new RuntimeConfiguration(layer.kind(), layer.file(), layer.name(), layer.position(), layer.rules(), mode, layer.sandbox(),
                layer.network(), layer.directories(), layer.servers(), layer.credentials(), layer.delegates(), layer.identity(),
                layer.profiles(), layer.sockets(), layer.readable());
    }

    /**
     * The profile {@code own} laid over the {@code base} where the base decides how its keys read, as
     * Codex merges them (table by table, a value replacing a value): each server, app or plugin it
     * names that the base has too, and the base's hooks switch where it writes none. What else it
     * leaves is the base's to read and cite.
     */
    private static YMap laidOver(YMap own, YMap base) {
        Map<String, YEntry> laid = new LinkedHashMap<>(own.entries());
        for (String group : MERGED_GROUPS) {
            if (own.get(group) instanceof YMap named && base.get(group) instanceof YMap baseNamed) {
                Map<String, YEntry> each = new LinkedHashMap<>(named.entries());
                for (YEntry entry : named.entries().values()) {
                    if (entry.value() instanceof YMap table && baseNamed.get(entry.key()) instanceof YMap baseTable) {
                        each.put(entry.key(), new YEntry(entry.key(), entry.keyPosition(), merged(baseTable, table)));
                    }
                }
                laid.put(group, new YEntry(group, laid.get(group).keyPosition(), new YMap(named.position(), each)));
            }
        }
        if (base.get("features") instanceof YMap baseFeatures && HOOK_SWITCHES.stream().anyMatch(key -> baseFeatures.get(key) != null)) {
            YMap features = own.get("features") instanceof YMap written ? written : null;
            if (features == null || HOOK_SWITCHES.stream().noneMatch(key -> features.get(key) != null)) {
                Map<String, YEntry> switches = new LinkedHashMap<>(features == null ? Map.of() : features.entries());
                HOOK_SWITCHES.stream().map(key -> baseFeatures.entries().get(key)).filter(java.util.Objects::nonNull)
                        .forEach(entry -> switches.put(entry.key(), entry));
                laid.put("features", new YEntry("features", Position.START, new YMap(Position.START, switches)));
            }
        }
        return new YMap(own.position(), laid);
    }

    /** Where {@code node} and everything in it, keys included, are written, added to {@code into}. */
    private static Set<Position> positionsIn(YNode node, Set<Position> into) {
        into.add(node.position());
        if (node instanceof YMap map) {
            for (YEntry entry : map.entries().values()) {
                into.add(entry.keyPosition());
                positionsIn(entry.value(), into);
            }
        } else if (node instanceof YList list) {
            list.items().forEach(item -> positionsIn(item, into));
        }
        return into;
    }

    /** The tables of named things a profile may lay keys over one by one. */
    private static final List<String> MERGED_GROUPS = List.of("mcp_servers", "apps", "plugins");

    /** {@code over} laid over {@code base} as Codex merges TOML: tables key by key, any other value replaced. */
    private static YMap merged(YMap base, YMap over) {
        Map<String, YEntry> merged = new LinkedHashMap<>(base.entries());
        for (YEntry entry : over.entries().values()) {
            YEntry under = merged.get(entry.key());
            merged.put(entry.key(), under != null && under.value() instanceof YMap a && entry.value() instanceof YMap b
                    ? new YEntry(entry.key(), entry.keyPosition(), merged(a, b)) : entry);
        }
        return new YMap(over.position(), merged);
    }

    /**
     * The profiles of {@code [profiles.NAME]}. One that sets its own reviewer or policy gets the mode
     * the two make, the top level's {@code policy} or {@code reviewer} standing in for the one it
     * leaves out.
     */
    private static List<RuntimeProfile> profiles(Reading reading, YMap root, Located<ApprovalMode> topPolicy, Located<Boolean> reviewer) {
        List<RuntimeProfile> profiles = new ArrayList<>();
        YMap all = reading.map(root, "profiles");
        if (all != null) {
            for (YEntry entry : all.entries().values()) {
                YMap profile = reading.map(entry.value(), "[profiles." + entry.key() + "]");
                if (profile != null) {
                    Located<Boolean> own = reading.word(profile, "approvals_reviewer", REVIEWERS);
                    Located<ApprovalMode> policy = policy(reading, profile);
                    // A profile that sets neither inherits the top level's mode, reviewer and all.
                    Located<ApprovalMode> mode = own == null ? (policy == null ? null : reviewed(policy, reviewer))
                            : reviewed(policy != null ? policy : topPolicy, own);
                    profiles.add(new RuntimeProfile(entry.key(), entry.keyPosition(), mode, reading.word(profile, "sandbox_mode", SANDBOXES), false));
                }
            }
        }
        return profiles;
    }

    /**
     * {@code approval_policy}: a word, or a {@code granular} table, which like {@code on-request}
     * runs commands in the sandbox unasked and sends each request to go beyond it to the reviewer
     * (a category set to false is refused rather than asked, which lets nothing more run).
     */
    private static Located<ApprovalMode> policy(Reading reading, YMap table) {
        if (table.get("approval_policy") instanceof YMap policy) {
            if (policy.get("granular") instanceof YMap) {
                return new Located<>(ApprovalMode.ASK_ON_REQUEST, policy.get("granular").position());
            }
            reading.problem(policy.position(), "'approval_policy' must be one of " + String.join(", ", POLICIES.keySet())
                    + ", or a table { granular = { ... } }");
            return null;
        }
        return reading.word(table, "approval_policy", POLICIES);
    }

    /**
     * The mode a policy makes with an automated reviewer: requests to approve go to a reviewer agent,
     * not a person, under on-request and granular (and on-failure, which Codex now reads as
     * on-request, and no policy written, which is Codex's on-request); under untrusted and never the
     * reviewer is not asked. Cited at the reviewer.
     */
    private static Located<ApprovalMode> reviewed(Located<ApprovalMode> policy, Located<Boolean> reviewer) {
        if (reviewer == null) {
            return policy;
        }
        if (policy == null) {
            // No policy written is Codex's default, on-request: the reviewer written decides who answers.
            return new Located<>(reviewer.value() ? ApprovalMode.CLASSIFIER : ApprovalMode.ASK_ON_REQUEST, reviewer.position());
        }
        boolean asks = policy.value() == ApprovalMode.ASK_ON_REQUEST || policy.value() == ApprovalMode.ASK_ON_FAILURE;
        return asks && reviewer.value() ? new Located<>(ApprovalMode.CLASSIFIER, reviewer.position()) : policy;
    }

    /** The sandbox a permission profile makes, the network it opens and the folders it lets commands write. */
    private record PermissionProfile(Located<Sandbox> sandbox, Located<Boolean> network, List<Located<String>> writable) {
    }

    /**
     * The permission profile {@code default_permissions} names: a built-in one, or one of
     * {@code [permissions.NAME]}, read with the profile it {@code extends}: its {@code filesystem}
     * paths set to {@code write} (a folder, {@code ":root"} for the whole disk, or the scoped tables
     * of {@code ":workspace_roots"} and of a folder), and the network its {@code network.enabled}
     * opens, which Codex keeps apart from the files: a profile that reads only but reaches the
     * network is read as a sandbox the network opens (not read-only), so that the network counts.
     */
    private static PermissionProfile permissions(Reading reading, YMap root) {
        Located<String> name = reading.text(root, "default_permissions");
        if (name == null) {
            return null;
        }
        YMap defined = reading.map(root, "permissions");
        Located<String> current = name;
        List<Located<String>> writable = new ArrayList<>();
        Position workspace = null;
        List<Located<String>> workspaceRoots = new ArrayList<>();
        Located<Boolean> network = null;
        Located<Sandbox> base = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (current != null) {
            Sandbox builtIn = BUILT_IN_PERMISSIONS.get(current.value());
            if (builtIn != null) {
                base = new Located<>(builtIn, current.position());
                break;
            }
            if (!seen.add(current.value())) {
                reading.problem(current.position(), "the permission profile '" + current.value() + "' extends itself, through the profiles it"
                        + " extends");
                return null;
            }
            YMap profile = defined != null && defined.get(current.value()) instanceof YMap m ? m : null;
            if (profile == null) {
                reading.problem(current.position(), "'" + current.value() + "' is no built-in permission profile (" + String.join(", ",
                        new java.util.TreeSet<>(BUILT_IN_PERMISSIONS.keySet())) + ") and no [permissions." + current.value() + "] the file defines");
                return null;
            }
            for (YEntry key : profile.entries().values()) {
                if (!PROFILE_KEYS.contains(key.key())) {
                    reading.problem(key.keyPosition(), "[permissions." + current.value() + "] takes no '" + key.key() + "'; it takes "
                            + String.join(", ", PROFILE_KEYS));
                }
            }
            YMap filesystem = reading.map(profile, "filesystem");
            if (filesystem != null) {
                workspace = writablePaths(reading, filesystem, "", writable, workspace);
            }
            // Folders added to the workspace: written as the workspace is, where it is writable.
            YMap roots = reading.map(profile, "workspace_roots");
            if (roots != null) {
                for (YEntry folder : roots.entries().values()) {
                    Located<Boolean> added = reading.bool(roots, folder.key());
                    if (added != null && added.value()) {
                        workspaceRoots.add(new Located<>(folder.key(), folder.keyPosition()));
                    }
                }
            }
            YMap net = reading.map(profile, "network");
            Located<Boolean> enabled = net == null ? null : reading.bool(net, "enabled");
            if (network == null && enabled != null) {
                network = enabled;
            }
            current = reading.text(profile, "extends");
        }
        boolean workspaceWritable = workspace != null || base != null && base.value() != Sandbox.READ_ONLY;
        if (workspaceWritable) {
            writable.addAll(workspaceRoots);
        }
        Located<Sandbox> sandbox;
        if (base != null && base.value() == Sandbox.FULL_ACCESS) {
            sandbox = base;
        } else if (base != null && base.value() == Sandbox.WORKSPACE_WRITE) {
            sandbox = base;
        } else if (!writable.isEmpty()) {
            sandbox = new Located<>(Sandbox.WORKSPACE_WRITE, writable.get(0).position());
        } else if (workspace != null) {
            sandbox = new Located<>(Sandbox.WORKSPACE_WRITE, workspace);
        } else if (network != null && network.value()) {
            sandbox = new Located<>(Sandbox.WORKSPACE_WRITE, network.position());
        } else {
            sandbox = new Located<>(Sandbox.READ_ONLY, base != null ? base.position() : name.position());
        }
        return new PermissionProfile(sandbox, network, writable);
    }

    /** Codex's names for the disk's root and the workspace in a profile's filesystem table. */
    private static final String ROOT = ":root";
    private static final String WORKSPACE_ROOTS = ":workspace_roots";
    /** What every command needs to start (system libraries), and the temporary folders. */
    private static final String MINIMAL = ":minimal";
    private static final List<String> TEMPORARY = List.of(":tmpdir", ":slash_tmp");
    /** Every name Codex gives a place in a profile's filesystem table. */
    private static final List<String> SPECIAL_PATHS = List.of(ROOT, MINIMAL, WORKSPACE_ROOTS, ":tmpdir", ":slash_tmp");
    /** The keys of a [permissions.NAME] table. */
    private static final List<String> PROFILE_KEYS = List.of("description", "extends", "workspace_roots", "filesystem", "network");

    /**
     * The paths under {@code table} set to {@code write}, each added to {@code writable} under
     * {@code prefix} (a folder, or the disk's root for {@code ":root"}); a path in the workspace
     * ({@code ":workspace_roots"}) writes the workspace, returned as where that is written. Another
     * access word, or a name Codex gives no meaning here, is a problem at its line.
     */
    private static Position writablePaths(Reading reading, YMap table, String prefix, List<Located<String>> writable, Position workspace) {
        for (YEntry entry : table.entries().values()) {
            String key = entry.key();
            if (key.equals("glob_scan_max_depth")) {
                continue;
            }
            boolean inWorkspace = prefix.equals(WORKSPACE_ROOTS) || key.equals(WORKSPACE_ROOTS);
            // Writing what every command needs to start (the system's own files) is read as writing the disk.
            String path = key.equals(ROOT) || key.equals(MINIMAL) ? "/" : key.equals(WORKSPACE_ROOTS) ? WORKSPACE_ROOTS
                    : prefix.isEmpty() ? key : prefix.equals(WORKSPACE_ROOTS) ? WORKSPACE_ROOTS : prefix.endsWith("/") ? prefix + key : prefix + "/" + key;
            if (key.startsWith(":") && !SPECIAL_PATHS.contains(key)) {
                reading.problem(entry.keyPosition(), "'" + key + "' is no path Codex names in a permission profile (" + String.join(", ",
                        SPECIAL_PATHS) + ", or a folder)");
            } else if (TEMPORARY.contains(key) || key.equals(MINIMAL) && !(entry.value() instanceof YScalar w && w.text().equals("write"))) {
                continue; // the temporary folders, and reading what every command needs to start: nothing an agent is granted by
            } else if (entry.value() instanceof YMap nested) {
                workspace = writablePaths(reading, nested, path, writable, workspace);
            } else if (entry.value() instanceof YScalar access && access.type() == YScalar.Type.STRING
                    && List.of("read", "write", "deny").contains(access.text())) {
                if (access.text().equals("write")) {
                    if (inWorkspace) {
                        workspace = workspace != null ? workspace : entry.keyPosition();
                    } else {
                        writable.add(new Located<>(path, entry.keyPosition()));
                    }
                }
            } else {
                reading.problem(entry.keyPosition(), "the access to '" + key + "' must be read, write or deny, or a table of paths");
            }
        }
        return workspace;
    }

    /**
     * The approval modes a server's tools may set for themselves ({@code default_tools_approval_mode},
     * {@code [mcp_servers.NAME.tools.TOOL] approval_mode}). Only {@code prompt} asks before every call.
     * {@code approve} never asks. Under {@code auto} (the default) and {@code writes}, whether Codex
     * asks depends on the annotations the server itself announces for the tool (readOnlyHint,
     * destructiveHint, openWorldHint) and on the Codex release: openai/codex at 002500f2 runs a tool
     * of a server of the file that announces none without asking, whatever approval_policy says, and
     * later releases skip the prompt for a tool the server calls read-only. Neither is in the file, so
     * those tools are read as running unasked.
     */
    private static final Map<String, Decision> TOOL_APPROVALS = new LinkedHashMap<>();

    static {
        TOOL_APPROVALS.put("auto", Decision.ALLOW);
        TOOL_APPROVALS.put("prompt", Decision.ASK);
        TOOL_APPROVALS.put("writes", Decision.ALLOW);
        TOOL_APPROVALS.put("approve", Decision.ALLOW);
    }

    /** The keys of {@code [features]} that turn hooks on or off: {@code hooks}, and the older {@code codex_hooks} it wins over. */
    private static final List<String> HOOK_SWITCHES = List.of("hooks", "codex_hooks");

    /**
     * Whether {@code [features] hooks = false}, or its older name {@code codex_hooks}, turns every hook
     * off (they are on by default), and no profile of the file turns them back on: Codex lays a
     * profile's own {@code [profiles.NAME.features]} over the top level's, and a profile the file
     * defines can be started with ({@code codex -p NAME}).
     */
    private static boolean hooksOff(Reading reading, YMap root) {
        Located<Boolean> top = hooksSwitch(reading, root);
        return top != null && !top.value() && !aProfileTurnsOn(reading, root, CodexConfigReader::hooksSwitch);
    }

    /** What {@code table}'s {@code [features]} says of hooks, {@code hooks} winning over {@code codex_hooks}; null when it says nothing. */
    private static Located<Boolean> hooksSwitch(Reading reading, YMap table) {
        YMap features = reading.map(table, "features");
        if (features == null) {
            return null;
        }
        Located<Boolean> hooks = reading.bool(features, HOOK_SWITCHES.get(0));
        return hooks != null ? hooks : reading.bool(features, HOOK_SWITCHES.get(1));
    }

    /** Whether {@code [features] plugins = false} turns every plugin off, its servers and hooks with it, and no profile turns them on. */
    private static boolean pluginsOff(Reading reading, YMap root) {
        Located<Boolean> top = pluginsSwitch(reading, root);
        return top != null && !top.value() && !aProfileTurnsOn(reading, root, CodexConfigReader::pluginsSwitch);
    }

    private static Located<Boolean> pluginsSwitch(Reading reading, YMap table) {
        YMap features = reading.map(table, "features");
        return features == null ? null : reading.bool(features, "plugins");
    }

    /** Whether a {@code [profiles.NAME]} of {@code root} turns on, in its own features, what {@code feature} reads. */
    private static boolean aProfileTurnsOn(Reading reading, YMap root, BiFunction<Reading, YMap, Located<Boolean>> feature) {
        if (!(root.get("profiles") instanceof YMap profiles)) {
            return false;
        }
        return profiles.entries().values().stream().map(YEntry::value).filter(YMap.class::isInstance)
                .map(profile -> feature.apply(reading, (YMap) profile)).anyMatch(on -> on != null && on.value());
    }

    /** How an app's tools are approved ({@code default_tools_approval_mode}, a tool's {@code approval_mode}). */
    private static final Map<String, Decision> APP_APPROVALS = new LinkedHashMap<>();

    static {
        APP_APPROVALS.put("auto", Decision.ALLOW);
        APP_APPROVALS.put("prompt", Decision.ASK);
        APP_APPROVALS.put("approve", Decision.ALLOW);
    }

    /**
     * The apps (connectors) of {@code [apps.ID]}, each read as an MCP server of its own name, as
     * {@link #server} reads one: the app's tools by its default mode, a tool by its own, a tool
     * {@code enabled = false} refused. An app Codex does not surface ({@code enabled = false}, or
     * {@code [apps._default] enabled = false} and the app not enabling itself) makes no rule; with
     * {@code default_tools_enabled = false} only the tools it enables run. Where the app sends its
     * prompts to the reviewer agent ({@code approvals_reviewer = "auto_review"}), no person is
     * asked: a tool that would prompt runs on the agent's word, cited at that setting.
     */
    private static void apps(Reading reading, YMap apps, List<RuntimeRule> rules) {
        YMap defaults = reading.map(apps, "_default");
        Located<Boolean> allEnabled = defaults == null ? null : reading.bool(defaults, "enabled");
        for (YEntry entry : apps.entries().values()) {
            if (entry.key().equals("_default")) {
                continue;
            }
            YMap app = reading.map(entry.value(), "[apps." + entry.key() + "]");
            if (app == null) {
                continue;
            }
            Located<Boolean> enabled = reading.bool(app, "enabled");
            Located<Boolean> reviewer = reading.word(app, "approvals_reviewer", REVIEWERS);
            Located<Decision> byDefault = reading.word(app, "default_tools_approval_mode", APP_APPROVALS);
            Located<Boolean> toolsEnabled = reading.bool(app, "default_tools_enabled");
            YMap tools = reading.map(app, "tools");
            boolean surfaced = enabled != null ? enabled.value() : allEnabled == null || allEnabled.value();
            if (!surfaced) {
                continue;
            }
            String name = entry.key();
            if (toolsEnabled == null || toolsEnabled.value()) {
                rules.add(appRule(RuntimeRule.mcpTool(name, null), byDefault, entry.keyPosition(), reviewer));
            }
            if (tools != null) {
                for (YEntry tool : tools.entries().values()) {
                    YMap settings = reading.map(tool.value(), "[apps." + name + ".tools." + tool.key() + "]");
                    if (settings == null) {
                        continue;
                    }
                    Located<Decision> mode = reading.word(settings, "approval_mode", APP_APPROVALS);
                    Located<Boolean> on = reading.bool(settings, "enabled");
                    String written = RuntimeRule.mcpTool(name, tool.key());
                    if (on != null && !on.value()) {
                        rules.add(new RuntimeRule(written, "", Decision.DENY, on.position()));
                    } else if (mode != null || on != null && (toolsEnabled != null && !toolsEnabled.value())) {
                        rules.add(appRule(written, mode != null ? mode : byDefault, on != null ? on.position() : tool.keyPosition(), reviewer));
                    }
                }
            }
        }
    }

    /** The rule for an app's tool or tools: its mode (auto when none is written), the reviewer agent answering what would prompt. */
    private static RuntimeRule appRule(String tool, Located<Decision> mode, Position written, Located<Boolean> reviewer) {
        Decision decision = mode == null ? Decision.ALLOW : mode.value();
        Position at = mode == null ? written : mode.position();
        if (decision == Decision.ASK && reviewer != null && reviewer.value()) {
            return new RuntimeRule(tool, "", Decision.ALLOW, reviewer.position());
        }
        return new RuntimeRule(tool, "", decision, at);
    }

    private static McpServer server(Reading reading, YEntry entry, YMap server, List<RuntimeRule> rules) {
        String name = entry.key();
        approvals(reading, entry, server, "[mcp_servers." + name + "]", rules);
        List<Credential> credentials = McpServerFields.handedTo(reading, server, List.of("env", "http_headers"), false);
        for (YEntry header : reading.textEntries(server, "env_http_headers")) {
            credentials.add(new Credential(header.key(), CredentialSource.ENVIRONMENT, ((YScalar) header.value()).text(), header.keyPosition()));
        }
        for (Located<String> variable : reading.texts(server, "env_vars")) {
            if (Credentials.isCredentialVariable(variable.value())) {
                credentials.add(new Credential(variable.value(), CredentialSource.ENVIRONMENT, variable.value(), variable.position()));
            }
        }
        Located<String> bearer = reading.text(server, "bearer_token_env_var");
        if (bearer != null) {
            credentials.add(new Credential("bearer_token_env_var", CredentialSource.ENVIRONMENT, bearer.value(), bearer.position()));
        }
        return new McpServer(name, entry.keyPosition(), reading.bool(server, "enabled"), McpServerFields.transport(reading, server, "[mcp_servers." + name + "]"),
                reading.texts(server, "enabled_tools"), credentials, ServerSwitches.of(server, List.of("env"), List.of("http_headers"), List.of("env_vars")));
    }

    /**
     * The servers plugins contribute ({@code [plugins.P.mcp_servers.S]}): their transport is in the
     * plugin's manifest, their approvals in this file, read as a server's. A plugin or server
     * {@code enabled = false} starts none; a server the file does not name starts with the
     * {@code auto} mode, which no file shows. A plugin also packages hooks, in files no
     * configuration holds: with {@code hooks} on, each plugin switched on is read as a
     * PermissionRequest hook over every tool, which may answer any approval in the person's place.
     */
    private static void plugins(Reading reading, YMap plugins, boolean hooks, List<RuntimeRule> rules) {
        for (YEntry plugin : plugins.entries().values()) {
            YMap table = reading.map(plugin.value(), "[plugins." + plugin.key() + "]");
            Located<Boolean> enabled = table == null ? null : reading.bool(table, "enabled");
            if (table != null && hooks && (enabled == null || enabled.value())) {
                rules.add(new RuntimeRule("*", "", Decision.PERMISSION_REQUEST_HOOK, enabled != null ? enabled.position() : plugin.keyPosition()));
            }
            YMap servers = table == null || enabled != null && !enabled.value() ? null : reading.map(table, "mcp_servers");
            if (servers == null) {
                continue;
            }
            for (YEntry entry : servers.entries().values()) {
                String what = "[plugins." + plugin.key() + ".mcp_servers." + entry.key() + "]";
                YMap server = reading.map(entry.value(), what);
                Located<Boolean> on = server == null ? null : reading.bool(server, "enabled");
                if (server != null && (on == null || on.value())) {
                    approvals(reading, entry, server, what, rules);
                }
            }
        }
    }

    /** The rules a server's table ({@code what}) makes of its tools: refused, exposed, and each one's approval mode or the server's. */
    private static void approvals(Reading reading, YEntry entry, YMap server, String what, List<RuntimeRule> rules) {
        String name = entry.key();
        for (Located<String> tool : reading.texts(server, "disabled_tools")) {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, tool.value()), "", Decision.DENY, tool.position()));
        }
        Located<Decision> byDefault = reading.word(server, "default_tools_approval_mode", TOOL_APPROVALS);
        Map<String, Located<Decision>> own = new LinkedHashMap<>();
        YMap tools = reading.map(server, "tools");
        if (tools != null) {
            for (YEntry tool : tools.entries().values()) {
                YMap settings = reading.map(tool.value(), what.substring(0, what.length() - 1) + ".tools." + tool.key() + "]");
                Located<Decision> mode = settings == null ? null : reading.word(settings, "approval_mode", TOOL_APPROVALS);
                if (mode != null) {
                    own.put(tool.key(), mode);
                }
            }
        }
        if (server.get("enabled_tools") != null) {
            // Only the tools listed are exposed: each is decided by its own mode, else the server's, cited where that is written.
            for (Located<String> tool : reading.texts(server, "enabled_tools")) {
                Located<Decision> mode = own.getOrDefault(tool.value(), byDefault);
                rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, tool.value()), "", mode == null ? Decision.ALLOW : mode.value(),
                        mode == null ? tool.position() : mode.position()));
            }
        } else {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, null), "", byDefault == null ? Decision.ALLOW : byDefault.value(),
                    byDefault == null ? entry.keyPosition() : byDefault.position()));
            own.forEach((tool, mode) -> rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, tool), "", mode.value(), mode.position())));
        }
    }
}
