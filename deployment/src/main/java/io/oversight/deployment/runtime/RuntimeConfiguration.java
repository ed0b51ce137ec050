package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.SourceMap;
import java.util.List;

/**
 * What one agent's runtime configuration says, in terms common to every format: which tools run
 * without approval, which ask and which are refused; the mode for the rest; the sandbox; the MCP
 * servers with the credentials handed to them; the agents it delegates to; and the identity it
 * acts as. A setting the file does not write is null (the runtime's default then applies, see
 * docs/agent-runtimes.md). Every value keeps where it was written in {@code file}.
 *
 * @param name        the agent within the file: the Agent's {@code namespace/name}, the template's logical ID; null for the
 *                    formats that configure one agent
 * @param directories directories beyond the workspace the agent may use (Claude Code's additionalDirectories, Codex's writable_roots)
 * @param profiles    alternative settings the runtime can be started with; the others already hold the active profile's
 * @param sockets     Unix sockets the sandbox lets commands reach unasked (Claude Code's allowUnixSockets; {@code *} for
 *                    allowAllUnixSockets): the process behind each acts outside the sandbox
 * @param readable    directories beyond the workspace the agent reads without asking, in every mode (Claude Code's
 *                    additionalDirectories), whatever it may write there
 */
public record RuntimeConfiguration(
        RuntimeKind kind,
        String file,
        String name,
        Position position,
        List<RuntimeRule> rules,
        Located<ApprovalMode> mode,
        Located<Sandbox> sandbox,
        Located<Boolean> network,
        List<Located<String>> directories,
        List<McpServer> servers,
        List<Credential> credentials,
        List<Delegate> delegates,
        RuntimeIdentity identity,
        List<RuntimeProfile> profiles,
        List<Located<String>> sockets,
        List<Located<String>> readable) {

    /** Every Unix socket: Claude Code's {@code allowAllUnixSockets}. */
    public static final String EVERY_SOCKET = "*";

    /** A configuration whose sandbox, if any, reaches no Unix socket, and that adds no folder it reads unasked. */
    public RuntimeConfiguration(RuntimeKind kind, String file, String name, Position position, List<RuntimeRule> rules,
                                Located<ApprovalMode> mode, Located<Sandbox> sandbox, Located<Boolean> network,
                                List<Located<String>> directories, List<McpServer> servers, List<Credential> credentials,
                                List<Delegate> delegates, RuntimeIdentity identity, List<RuntimeProfile> profiles) {
        this(kind, file, name, position, rules, mode, sandbox, network, directories, servers, credentials, delegates, identity, profiles,
                List.of(), List.of());
    }

    /** This configuration with {@code rules} in place of its own. */
    RuntimeConfiguration withRules(List<RuntimeRule> rules) {
        return new RuntimeConfiguration(kind, file, name, position, rules, mode, sandbox, network, directories, servers, credentials,
                delegates, identity, profiles, sockets, readable);
    }

    /** This configuration with {@code mode} in place of its own. */
    RuntimeConfiguration withMode(Located<ApprovalMode> mode) {
        return new RuntimeConfiguration(kind, file, name, position, rules, mode, sandbox, network, directories, servers, credentials,
                delegates, identity, profiles, sockets, readable);
    }

    /** This configuration with {@code more} servers after its own. */
    RuntimeConfiguration plusServers(List<McpServer> more) {
        return more.isEmpty() ? this : new RuntimeConfiguration(kind, file, name, position, rules, mode, sandbox, network, directories,
                java.util.stream.Stream.concat(servers.stream(), more.stream()).toList(), credentials, delegates, identity, profiles, sockets,
                readable);
    }

    /** This configuration with {@code more} rules after its own. */
    public RuntimeConfiguration plusRules(List<RuntimeRule> more) {
        return more.isEmpty() ? this : new RuntimeConfiguration(kind, file, name, position,
                java.util.stream.Stream.concat(rules.stream(), more.stream()).toList(), mode, sandbox, network, directories, servers,
                credentials, delegates, identity, profiles, sockets, readable);
    }

    /**
     * This configuration with the Codex profile file {@code file} ({@code NAME.config.toml}, read as
     * {@code layer}) as a profile named {@code name} that can be chosen: the mode and sandbox it sets,
     * and the rules it adds (servers, apps, hooks), all cited in it, and the servers it turns on that
     * the configuration turns off. Its rules count as the configuration's: the profile can be
     * started with.
     */
    public RuntimeConfiguration plusProfileFile(String name, String file, RuntimeConfiguration layer) {
        RuntimeProfile profile = new RuntimeProfile(name, Position.START, layer.mode() == null ? null : layer.mode().in(file),
                layer.sandbox() == null ? null : layer.sandbox().in(file), false, List.of(RuntimeProfile.EVERY_TOOL), file);
        // A server the base turns off and the profile turns on starts when the profile is chosen; the credentials the profile
        // hands a server (its args or env laid over the base's) are the server's when the profile is chosen, cited in the profile;
        // and so is a server only the profile defines, with what it is handed.
        List<McpServer> started = java.util.stream.Stream.concat(servers.stream().map(s -> {
            McpServer over = layer.servers().stream().filter(l -> l.name().equals(s.name())).findFirst().orElse(null);
            if (over == null) {
                return s;
            }
            List<Credential> handed = new java.util.ArrayList<>(s.credentials());
            over.credentials().stream().filter(c -> !s.credentials().contains(c)).map(c -> c.in(file)).forEach(handed::add);
            Located<Boolean> enabled = !s.isEnabled() && over.isEnabled() && over.enabled() != null ? over.enabled().in(file) : s.enabled();
            // Limited when chosen only if the profile's line keeps the switch: one that drops it starts the server whole.
            return new McpServer(s.name(), s.position(), enabled, s.transport(), s.tools(), handed, over.limit() == null ? null : s.limit());
        }), layer.servers().stream().filter(l -> servers.stream().noneMatch(s -> s.name().equals(l.name()))).map(l -> l.in(file))).toList();
        return new RuntimeConfiguration(kind, this.file, this.name, position, rules, mode, sandbox, network, directories, started, credentials,
                delegates, identity, profiles, sockets, readable).plusProfiles(List.of(profile))
                .plusRules(layer.rules().stream().map(r -> r.file() == null ? r.in(file) : r).toList());
    }

    /** This configuration with {@code more} profiles after its own. */
    public RuntimeConfiguration plusProfiles(List<RuntimeProfile> more) {
        return more.isEmpty() ? this : new RuntimeConfiguration(kind, file, name, position, rules, mode, sandbox, network, directories,
                servers, credentials, delegates, identity, java.util.stream.Stream.concat(profiles.stream(), more.stream()).toList(), sockets, readable);
    }

    /** The evidence path of {@code at} in {@code written}, the file a value was written in: null for this configuration's own. */
    public String pathAt(String written, Position at) {
        return SourceMap.pathAt(written == null ? file : written, at);
    }

    public RuntimeConfiguration {
        sockets = List.copyOf(sockets);
        readable = List.copyOf(readable);
        rules = List.copyOf(rules);
        directories = List.copyOf(directories);
        servers = List.copyOf(servers);
        credentials = List.copyOf(credentials);
        delegates = List.copyOf(delegates);
        profiles = List.copyOf(profiles);
    }
}
