package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OpenAI Codex CLI's config.toml: {@code approval_policy}, {@code sandbox_mode},
 * {@code [sandbox_workspace_write]} (network access, writable roots), the profiles and the one
 * {@code profile} selects, and the {@code [mcp_servers.NAME]} tables with the credentials they
 * pass, and the approval mode a server or one of its tools sets for itself
 * ({@code default_tools_approval_mode}, {@code [mcp_servers.NAME.tools.TOOL] approval_mode}), and
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
        POLICIES.put("never", ApprovalMode.NEVER_ASK);
        SANDBOXES.put("read-only", Sandbox.READ_ONLY);
        SANDBOXES.put("workspace-write", Sandbox.WORKSPACE_WRITE);
        SANDBOXES.put("danger-full-access", Sandbox.FULL_ACCESS);
    }

    private final InputLimits limits;

    CodexConfigReader(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        YMap root = Reading.parsed("TOML", RuntimeKind.CODEX, () -> TomlTreeReader.read(file, text, limits.maxDepth()));
        Located<ApprovalMode> mode = reading.word(root, "approval_policy", POLICIES);
        Located<Sandbox> sandbox = reading.word(root, "sandbox_mode", SANDBOXES);
        Located<Boolean> network = null;
        List<Located<String>> directories = List.of();
        YMap workspaceWrite = reading.map(root, "sandbox_workspace_write");
        if (workspaceWrite != null) {
            network = reading.bool(workspaceWrite, "network_access");
            directories = reading.texts(workspaceWrite, "writable_roots");
        }
        List<RuntimeProfile> profiles = profiles(reading, root);
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

    private static List<RuntimeProfile> profiles(Reading reading, YMap root) {
        List<RuntimeProfile> profiles = new ArrayList<>();
        YMap all = reading.map(root, "profiles");
        if (all != null) {
            for (YEntry entry : all.entries().values()) {
                YMap profile = reading.map(entry.value(), "[profiles." + entry.key() + "]");
                if (profile != null) {
                    profiles.add(new RuntimeProfile(entry.key(), entry.keyPosition(), reading.word(profile, "approval_policy", POLICIES),
                            reading.word(profile, "sandbox_mode", SANDBOXES), false));
                }
            }
        }
        return profiles;
    }

    /**
     * A server's or a tool's own approval mode, which stands whatever approval_policy says: "approve"
     * runs the tool without asking, "prompt" asks. Other modes ("auto") leave it to the policy.
     */
    private static void approval(Located<String> mode, String tool, List<RuntimeRule> rules) {
        if (mode != null && mode.value().equals("approve")) {
            rules.add(new RuntimeRule(tool, "", Decision.ALLOW, mode.position()));
        } else if (mode != null && mode.value().equals("prompt")) {
            rules.add(new RuntimeRule(tool, "", Decision.ASK, mode.position()));
        }
    }

    private static McpServer server(Reading reading, YEntry entry, YMap server, List<RuntimeRule> rules) {
        String name = entry.key();
        for (Located<String> tool : reading.texts(server, "disabled_tools")) {
            rules.add(new RuntimeRule(RuntimeRule.mcpTool(name, tool.value()), "", Decision.DENY, tool.position()));
        }
        approval(reading.text(server, "default_tools_approval_mode"), RuntimeRule.mcpTool(name, null), rules);
        YMap tools = reading.map(server, "tools");
        if (tools != null) {
            for (YEntry tool : tools.entries().values()) {
                YMap settings = reading.map(tool.value(), "[mcp_servers." + name + ".tools." + tool.key() + "]");
                if (settings != null) {
                    approval(reading.text(settings, "approval_mode"), RuntimeRule.mcpTool(name, tool.key()), rules);
                }
            }
        }
        List<Credential> credentials = new ArrayList<>(McpServerFields.credentials(reading, server, List.of("env", "http_headers")));
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
                reading.texts(server, "enabled_tools"), credentials);
    }
}
