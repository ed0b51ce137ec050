package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Glob;
import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.RuntimeTool;
import io.oversight.deployment.model.ServerLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each way a runtime configuration lets its agent act, for the rules: every rule of the
 * configuration (and the agent's own settings, or git's and the shell's, it lets the agent edit, {@link OwnFiles}), the mode for the tools no rule decides (the runtime's default when the file sets
 * none), and a sandbox that lets commands reach beyond the workspace without asking (the network, a
 * Unix socket such as Docker's). Whether each
 * is gated, and by whom, is not decided here but by the catalog's {@code runtime-gates.yaml}.
 */
public final class AgentTools {

    private AgentTools() {
    }

    public static List<RuntimeTool> of(String agentId, RuntimeConfiguration configuration) {
        String kind = configuration.kind().word();
        List<RuntimeTool> tools = new ArrayList<>();
        ApprovalMode mode = configuration.mode() != null ? configuration.mode().value() : defaultMode(configuration.kind());
        for (RuntimeRule rule : configuration.rules()) {
            boolean unanswerable = rule.decision() == Decision.PERMISSION_REQUEST_HOOK && !answerable(configuration, rule, mode);
            if (!disabledServer(configuration, rule.tool()) && !overruled(configuration, rule) && !unanswerable) {
                tools.add(new RuntimeTool(agentId, kind, rule.written(), rule.decision().setting(), configuration.pathAt(rule.file(), rule.position()),
                        executor(configuration, rule.tool()), limitOf(configuration, rule.tool())));
                tools.addAll(OwnFiles.reached(agentId, configuration, rule));
                tools.addAll(CredentialFiles.reached(agentId, configuration, rule));
            }
        }
        if (mode != null) {
            String at = configuration.mode() != null ? at(configuration, configuration.mode()) : configuration.pathAt(null, configuration.position());
            if (mode == ApprovalMode.PLAN_CLASSIFIER) {
                tools.addAll(planning(agentId, configuration, "*", at));
            } else {
                tools.add(new RuntimeTool(agentId, kind, "*", modeSetting(configuration, mode), at));
            }
        }
        boolean sandboxed = mode != null && mode.runsInSandbox();
        if (sandboxed && configuration.sandbox() != null && configuration.sandbox().value() == Sandbox.FULL_ACCESS) {
            tools.add(new RuntimeTool(agentId, kind, "*", "sandbox:" + word(Sandbox.FULL_ACCESS), at(configuration, configuration.sandbox())));
        } else if (sandboxed && networkOpen(configuration, configuration.sandbox())) {
            tools.add(new RuntimeTool(agentId, kind, "*", "sandbox:network", at(configuration, configuration.network())));
        } else if (AddedFolders.bashSandboxed(configuration) && configuration.network() != null && configuration.network().value()) {
            tools.add(new RuntimeTool(agentId, kind, "Bash", "sandbox:network", at(configuration, configuration.network())));
        }
        // A sandbox keeps writes and the network in, not reads: a command it runs unasked prints any file the operator can
        // read, the credential files among them (cat ~/.aws/credentials), as Kiro's autoAllowReadonly does (red team).
        // Codex's untrusted asks before every command but those it knows as safe (cat, grep, head, sed -n), which it runs
        // unasked whatever the sandbox (exec_policy's render_decision_for_unmatched_command): they read as well (red team).
        boolean safeCommandsUnasked = configuration.kind() == RuntimeKind.CODEX && mode == ApprovalMode.ASK;
        boolean readsInSandbox = sandboxed && (configuration.sandbox() == null || configuration.sandbox().value() != Sandbox.FULL_ACCESS)
                || AddedFolders.bashSandboxed(configuration) || safeCommandsUnasked;
        if (readsInSandbox && !AddedFolders.refused(configuration, "/", AddedFolders.READ)) {
            Located<?> where = !safeCommandsUnasked && configuration.sandbox() != null ? configuration.sandbox() : configuration.mode();
            tools.add(new RuntimeTool(agentId, kind, AddedFolders.READ, "sandbox:read",
                    where != null ? at(configuration, where) : configuration.pathAt(null, configuration.position())));
        }
        if (AddedFolders.bashSandboxed(configuration)) {
            for (Located<String> socket : configuration.sockets()) {
                String which = socket.value().equals(RuntimeConfiguration.EVERY_SOCKET) ? "every Unix socket" : "the Unix socket " + socket.value();
                tools.add(new RuntimeTool(agentId, kind, "Bash via " + which, "sandbox:unix-socket", at(configuration, socket)));
            }
        }
        tools.addAll(AddedFolders.of(agentId, configuration, mode, configuration.sandbox()));
        tools.addAll(AddedFolders.read(agentId, configuration));
        ApprovalMode inherited = configuration.profiles().stream().filter(RuntimeProfile::topLevel).findFirst()
                .map(p -> p.mode() != null ? p.mode().value() : defaultMode(configuration.kind())).orElse(mode);
        for (RuntimeProfile profile : configuration.profiles()) {
            if (!profile.selected()) {
                selectable(agentId, configuration, profile, inherited, tools);
            }
        }
        tools.addAll(unnamedServers(agentId, configuration, tools));
        // A profile that can be chosen may reach what the top level already does: each way to act once.
        return tools.stream().distinct().toList();
    }

    /**
     * A way to act for every tool of a server that acts with credentials of its own and that no rule
     * names, where a mode, a rule of every tool ({@code *}, {@code mcp__*}) or a hook over every tool
     * decides it: the setting that lets every tool run lets that server's run, whatever they do.
     */
    private static List<RuntimeTool> unnamedServers(String agentId, RuntimeConfiguration configuration, List<RuntimeTool> tools) {
        List<RuntimeTool> reached = new ArrayList<>();
        for (McpServer server : configuration.servers()) {
            String whole = RuntimeRule.mcpTool(toolName(server.name()), null);
            String executor = executor(configuration, whole);
            if (executor == null || !server.isEnabled() || configuration.rules().stream().anyMatch(r -> ofServer(r.tool(), server))) {
                continue;
            }
            for (RuntimeTool every : tools) {
                if (every.executor() == null && (every.tool().equals("*") || every.tool().equals(RuntimeRule.mcpTool("*", null)))) {
                    reached.add(new RuntimeTool(agentId, every.kind(), whole, every.setting(), every.evidencePath(), executor, limitOf(configuration, whole)));
                }
            }
        }
        return reached;
    }

    /**
     * The switch the server {@code tool} belongs to is started with that keeps tools from it
     * ({@code --read-only}), or null: the weakest of its definitions', none when one has none. The
     * Claude Code settings' names of .mcp.json servers ({@code enabledMcpjsonServers}) only turn on
     * what .mcp.json defines.
     */
    private static ServerLimit limitOf(RuntimeConfiguration configuration, String tool) {
        ServerLimit limit = null;
        for (McpServer server : configuration.servers()) {
            if (!ofServer(tool, server) || ClaudeCodeSettingsReader.IN_PROJECT_FILE.equals(server.transport())) {
                continue;
            }
            if (server.limit() == null) {
                return null;
            }
            limit = limit == null || server.limit().value().compareTo(limit) > 0 ? server.limit().value() : limit;
        }
        return limit;
    }

    /** A server's name as its tools' names carry it: Claude Code writes each character but letters, digits, '_' and '-' as '_'. */
    private static String toolName(String server) {
        return server.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Whether {@code tool} is {@code server} as a whole or one of its tools, by the name its tools carry. */
    private static boolean ofServer(String tool, McpServer server) {
        String whole = RuntimeRule.mcpTool(toolName(server.name()), null);
        return tool.equals(whole) || tool.startsWith(whole + "__");
    }

    /**
     * Whether {@code tool}, of a server written as a pattern ({@code named}: Kiro's {@code @git*}/TOOL,
     * {@code @*}/TOOL), may run on {@code server}, with the server's credentials. Every server's every
     * tool ({@code mcp__*}) is each server's one by one instead ({@link #unnamedServers}).
     */
    private static boolean ofServers(String tool, String named, McpServer server) {
        return named.indexOf('*') >= 0 && !tool.equals(RuntimeRule.mcpTool(RuntimeRule.EVERY_SERVER, null))
                && Glob.exact(named).matches(toolName(server.name()));
    }

    /**
     * Whether commands reach the network from the sandbox: Codex applies
     * {@code [sandbox_workspace_write] network_access} only to a workspace-write sandbox (or the
     * default one, which the file does not settle), not to a read-only one.
     */
    private static boolean networkOpen(RuntimeConfiguration configuration, Located<Sandbox> sandbox) {
        return configuration.network() != null && configuration.network().value()
                && (configuration.kind() != RuntimeKind.CODEX || sandbox == null || sandbox.value() != Sandbox.READ_ONLY);
    }

    /**
     * A profile the file defines but does not select can be chosen when the runtime starts
     * ({@code codex -p NAME}), and a Claude Code subagent runs its tools with its own mode: the mode
     * and sandbox it would run with count too, for its tools, located where it sets them; a setting
     * it leaves out is the top level's ({@code inherited}).
     */
    private static void selectable(String agentId, RuntimeConfiguration configuration, RuntimeProfile profile, ApprovalMode inherited,
                                   List<RuntimeTool> tools) {
        String kind = configuration.kind().word();
        String file = configuration.file();
        if (profile.mode() != null) {
            for (String tool : profile.tools()) {
                if (denied(configuration, tool)) {
                    continue; // a deny rule refuses the tool in every mode, bypassPermissions too
                }
                if (profile.mode().value() == ApprovalMode.PLAN_CLASSIFIER) {
                    tools.addAll(planning(agentId, configuration, tool, at(configuration, profile.mode())));
                } else {
                    tools.add(new RuntimeTool(agentId, kind, tool, "mode:" + word(profile.mode().value()), at(configuration, profile.mode())));
                }
            }
            ApprovalMode own = profile.mode().value();
            if (configuration.kind() == RuntimeKind.CLAUDE_CODE && own.editsUnasked() && profile.tools().stream().anyMatch(AgentTools::edits)) {
                tools.addAll(AddedFolders.of(agentId, configuration, own, configuration.sandbox())); // a subagent edits the folders added to the workspace too
            }
        }
        ApprovalMode mode = profile.mode() != null ? profile.mode().value() : inherited;
        boolean sandboxed = mode != null && mode.runsInSandbox();
        if (sandboxed && profile.sandbox() != null && profile.sandbox().value() == Sandbox.FULL_ACCESS) {
            tools.add(new RuntimeTool(agentId, kind, "*", "sandbox:" + word(Sandbox.FULL_ACCESS), at(configuration, profile.sandbox())));
        } else if (configuration.kind() == RuntimeKind.CODEX && profile.sandbox() != null) {
            // A profile that writes keeps the top level's [sandbox_workspace_write]: its network and writable roots.
            if (sandboxed && networkOpen(configuration, profile.sandbox())) {
                tools.add(new RuntimeTool(agentId, kind, "*", "sandbox:network", at(configuration, configuration.network())));
            }
            tools.addAll(AddedFolders.of(agentId, configuration, mode, profile.sandbox()));
        }
    }

    /**
     * Whether the PermissionRequest hook {@code rule} ever has a prompt to answer: a mode that refuses
     * whatever would ask shows none. A hook in a subagent's front matter runs under the subagent's
     * mode, its own or else the session's ({@code session}); a hook of the settings also answers the
     * prompts of a subagent whose own mode asks, for the tools it has, while the session's refuses.
     */
    private static boolean answerable(RuntimeConfiguration configuration, RuntimeRule rule, ApprovalMode session) {
        Optional<RuntimeProfile> subagent = rule.file() == null ? Optional.empty()
                : configuration.profiles().stream().filter(p -> rule.file().equals(p.file())).findFirst();
        if (subagent.isPresent()) {
            ApprovalMode own = subagent.get().mode() != null ? subagent.get().mode().value() : session;
            return own == null || !own.refusesWhatWouldAsk();
        }
        return session == null || !session.refusesWhatWouldAsk() || configuration.profiles().stream()
                .anyMatch(p -> p.file() != null && p.mode() != null && !p.mode().value().refusesWhatWouldAsk()
                        && p.tools().stream().anyMatch(tool -> reaches(tool, rule.tool())));
    }

    /**
     * Whether {@code written}, a subagent's tool as a rule writes it, reaches calls of {@code tool}:
     * every tool, the tool itself or a use of it ({@code Bash(git *)} of {@code Bash}), or the whole
     * MCP server it belongs to ({@code mcp__github} of {@code mcp__github__delete_repo}).
     */
    private static boolean reaches(String written, String tool) {
        return written.equals(RuntimeProfile.EVERY_TOOL) || tool.equals(RuntimeProfile.EVERY_TOOL) || written.equals(tool)
                || written.startsWith(tool + "(") || tool.startsWith(written + "__");
    }

    /** Whether a deny rule of the configuration refuses every call of {@code tool}, as a rule writes it. */
    private static boolean denied(RuntimeConfiguration configuration, String tool) {
        return ClaudeCodeSettingsReader.rule(tool, Decision.ALLOW, configuration.position(), null)
                .map(rule -> configuration.rules().stream().anyMatch(other -> other.decision() == Decision.DENY
                        && covers(other, rule, configuration.kind() == RuntimeKind.CLAUDE_CODE)))
                .orElse(false);
    }

    /**
     * The ways {@code tool} acts in plan mode with the auto-mode classifier: shell commands approved by
     * the classifier, unless a deny rule refuses the shell, every other tool waiting for the plan as
     * in plan mode.
     */
    private static List<RuntimeTool> planning(String agentId, RuntimeConfiguration configuration, String tool, String at) {
        String kind = configuration.kind().word();
        String classifier = "mode:" + word(ApprovalMode.PLAN_CLASSIFIER);
        String plan = "mode:" + word(ApprovalMode.PLAN);
        boolean shellRefused = denied(configuration, SHELL);
        if (tool.equals(RuntimeProfile.EVERY_TOOL)) {
            return shellRefused ? List.of(new RuntimeTool(agentId, kind, tool, plan, at))
                    : List.of(new RuntimeTool(agentId, kind, tool, plan, at), new RuntimeTool(agentId, kind, SHELL, classifier, at));
        }
        boolean shell = tool.equals(SHELL) || tool.startsWith(SHELL + "(");
        return List.of(new RuntimeTool(agentId, kind, tool, shell && !shellRefused ? classifier : plan, at));
    }

    /** Claude Code's shell tool, whose commands plan mode with auto lets the classifier approve. */
    private static final String SHELL = "Bash";

    /** Whether a tool, as a rule writes it, edits files: an editing tool, whatever its path, or every tool. */
    private static boolean edits(String tool) {
        return tool.equals(RuntimeProfile.EVERY_TOOL) || AddedFolders.EDITING_TOOLS.contains(tool.replaceFirst("\\(.*", ""));
    }

    /**
     * The setting of {@code mode}, the session's mode under {@code configuration}: Claude Code's
     * built-in auto mode has a word of its own, since no file writes it.
     */
    static String modeSetting(RuntimeConfiguration configuration, ApprovalMode mode) {
        boolean builtIn = configuration.mode() == null && configuration.kind() == RuntimeKind.CLAUDE_CODE && mode == ClaudeCodeModeLocks.BUILT_IN;
        return builtIn ? "mode:built-in-auto" : "mode:" + word(mode);
    }

    /**
     * The mode a runtime applies when its file sets none: Claude Code's built-in mode
     * ({@link ClaudeCodeModeLocks#BUILT_IN}: auto, unless a lock takes it away, which the reader
     * has then written as the session's mode), Codex runs {@code on-request}, an MCP client asks
     * before a tool no rule approves; kagent and Bedrock list every tool with its own decision.
     */
    private static ApprovalMode defaultMode(RuntimeKind kind) {
        return switch (kind) {
            case CLAUDE_CODE -> ClaudeCodeModeLocks.BUILT_IN;
            case MCP_CLIENT -> ApprovalMode.ASK;
            case CODEX -> ApprovalMode.ASK_ON_REQUEST;
            case KAGENT, BEDROCK_AGENT -> null;
        };
    }

    /**
     * Whether another rule of the configuration decides every call {@code rule} matches: deny wins
     * over every other rule, and an ask rule over a PreToolUse hook, whose approval does not skip
     * the ask rules, and in Claude Code over an allow rule, since it checks deny, then ask, then
     * allow rules (its documented order; a skill's allowed-tools are allow rules too), as of Codex's
     * command rules the strictest decides. A rule
     * narrower than {@code rule} ({@code allow: Bash(aws:*)}, {@code deny: Bash(aws iam:*)}) leaves
     * it standing, since what the rest of it reaches is judged by its name.
     */
    static boolean overruled(RuntimeConfiguration configuration, RuntimeRule rule) {
        // Claude Code's ask rules take precedence over its allow rules, and of Codex's command rules the strictest decides.
        boolean askBeforeAllow = rule.decision() == Decision.ALLOW && (configuration.kind() == RuntimeKind.CLAUDE_CODE
                || configuration.kind() == RuntimeKind.CODEX && rule.tool().equals("Bash"));
        return rule.decision() != Decision.DENY && configuration.rules().stream().anyMatch(other -> (other.decision() == Decision.DENY
                || other.decision() == Decision.ASK && (rule.decision() == Decision.PRE_TOOL_USE_HOOK || askBeforeAllow))
                && covers(other, rule, configuration.kind() == RuntimeKind.CLAUDE_CODE));
    }

    /**
     * Whether {@code deny} matches every call {@code rule} matches: every tool ({@code *}), every MCP
     * server's tools ({@code mcp__*}), the same tool with no specifier or the same one, every tool of
     * an MCP server, or a command prefix ({@code aws:*}, or {@code aws *}, which Claude Code reads
     * alike) that the rule's command starts with as a whole word.
     */
    static boolean covers(RuntimeRule deny, RuntimeRule rule) {
        return covers(deny, rule, false);
    }

    /**
     * {@link #covers(RuntimeRule, RuntimeRule)}, and where the runtime matches tool names as globs
     * ({@code globs}: Claude Code documents {@code mcp__aws__*} as every tool of the server), a tool
     * name written as one that matches every name the rule's does. Roo Code and Gemini CLI match
     * names exactly: their {@code delete_*} refuses no tool.
     */
    static boolean covers(RuntimeRule deny, RuntimeRule rule, boolean globs) {
        if (deny.specifier().isEmpty() && deny.tool().startsWith("mcp__") && rule.tool().startsWith(deny.tool() + "__")) {
            return true;
        }
        if (globs && deny.specifier().isEmpty() && deny.tool().indexOf('*') >= 0) {
            // A whole server (mcp__aws) is every tool of it, as mcp__aws__* writes it.
            boolean wholeServer = rule.tool().startsWith("mcp__") && rule.tool().indexOf("__", "mcp__".length()) < 0;
            if (Glob.exact(deny.tool()).covers(Glob.exact(wholeServer ? rule.tool() + "__*" : rule.tool()))) {
                return true;
            }
        }
        // Every tool, or every MCP server's tools.
        String everyServer = RuntimeRule.mcpTool(RuntimeRule.EVERY_SERVER, null);
        if (deny.specifier().isEmpty() && (deny.tool().equals("*") || deny.tool().equals(everyServer) && rule.tool().startsWith("mcp__"))) {
            return true;
        }
        if (!deny.tool().equals(rule.tool())) {
            return false;
        }
        if (deny.specifier().isEmpty() || deny.specifier().equals("*") || deny.specifier().equals(rule.specifier())) {
            return true;
        }
        String denied = RuntimeRule.prefixed(deny.specifier());
        if (denied == null || rule.specifier().isEmpty()) {
            return false;
        }
        String prefix = RuntimeRule.prefixed(rule.specifier());
        String command = prefix != null ? prefix : rule.specifier();
        return command.equals(denied) || command.startsWith(denied + " ");
    }

    /**
     * What runs {@code tool} with credentials of its own, or null when the agent's identity does: kagent
     * runs an MCP tool in its server's pod, under the server's service account; a Bedrock action
     * group's function runs in its Lambda function (or the application that takes control back),
     * under that executor's role; an MCP server reached by URL (or through the mcp-remote proxy) acts
     * with whatever credentials it holds, and a local one started with credentials of its own (a
     * token in its environment or arguments) with those, and so may one no file read defines. Any
     * other local (command-line) server runs in the agent's session, with its credentials.
     */
    static String executor(RuntimeConfiguration configuration, String tool) {
        if (configuration.kind() == RuntimeKind.BEDROCK_AGENT) {
            return tool.startsWith("AMAZON.") ? null
                    : "the action group's executor (its Lambda function or the application that takes control back) with a role of its own";
        }
        String named = RuntimeGates.mcpServer(tool);
        if (named == null) {
            return null;
        }
        boolean defined = false;
        for (McpServer server : configuration.servers()) {
            if (!ofServer(tool, server) && !ofServers(tool, named, server)) {
                continue;
            }
            // A server may be named twice (approved in the settings, defined in .mcp.json): any of its definitions decides.
            defined = true;
            if (configuration.kind() == RuntimeKind.KAGENT) {
                return "the MCP server '" + server.name() + "' in its own pod with its own service account";
            }
            String transport = server.transport() == null ? "" : server.transport().toLowerCase(Locale.ROOT);
            // mcp-remote is a local proxy to a remote server: the calls are the remote server's.
            String limited = server.limit() == null ? "" : ", " + server.limit().value().words();
            if (transport.startsWith("https://") || transport.startsWith("http://") || transport.contains("mcp-remote")) {
                return "the remote MCP server '" + server.name() + "' (" + server.transport() + ") with the credentials it holds" + limited;
            }
            if (!server.credentials().isEmpty()) {
                return "the MCP server '" + server.name() + "' started with credentials of its own ("
                        + server.credentials().stream().map(Credential::name).distinct().collect(Collectors.joining(" and ")) + ")" + limited;
            }
        }
        if (defined) {
            return null;
        }
        // A server no file read defines (Claude Code's user scope, ~/.claude.json, which `claude mcp add` writes) may be
        // remote or hold credentials of its own: nothing read shows that the agent's identity bounds it.
        return configuration.kind() == RuntimeKind.KAGENT || named.isEmpty() || named.contains("*") ? null
                : "the MCP server '" + named + "', which no file read defines, with whatever credentials it holds";
    }

    /**
     * Whether {@code tool} belongs to an MCP server the configuration does not start. Claude Code's
     * {@code disabledMcpjsonServers} is not such a server: it refuses only the definition in the
     * project's .mcp.json, and a server of the same name the user adds ({@code claude mcp add},
     * ~/.claude.json), which no file Oversight reads shows, still starts with the allow rules
     * approving its tools. So those rules stand.
     */
    private static boolean disabledServer(RuntimeConfiguration configuration, String tool) {
        return configuration.kind() != RuntimeKind.CLAUDE_CODE && configuration.servers().stream().filter(s -> !s.isEnabled())
                .anyMatch(s -> ofServer(tool, s));
    }

    /** Where {@code value} was written, as evidence: in the configuration's file or, when settings of two files are combined, the other. */
    private static String at(RuntimeConfiguration configuration, Located<?> value) {
        return configuration.pathAt(value.file(), value.position());
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
