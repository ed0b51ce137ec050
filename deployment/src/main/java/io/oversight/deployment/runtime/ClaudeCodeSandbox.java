package io.oversight.deployment.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Claude Code's Bash sandbox as one settings file writes it, each key kept apart: Claude Code
 * merges its settings files key by key (a key of the file of higher precedence wins, lists add up),
 * so one file may enable the sandbox and another open its network. {@link #appliedTo} turns the
 * keys, once merged, into the configuration's sandbox: with {@code autoAllowBashIfSandboxed} (its
 * default) commands run in it unasked, writing where it lets them and reaching the hosts it allows,
 * those of {@code network.allowedDomains} and of every {@code WebFetch(domain:…)} allow rule, which
 * Claude Code adds to the sandbox's hosts. With {@code filesystem.disabled} ({@code filesystemOff})
 * they write anywhere, as if the root were among {@code filesystem.allowWrite}.
 */
record ClaudeCodeSandbox(Located<Boolean> enabled, Located<Boolean> autoAllow, List<Located<String>> domains,
                         Located<Boolean> allSockets, List<Located<String>> sockets, List<Located<String>> allowWrite,
                         Located<Boolean> filesystemOff) {

    /** A file that writes no key of the sandbox. */
    static final ClaudeCodeSandbox NONE = new ClaudeCodeSandbox(null, null, List.of(), null, List.of(), List.of(), null);

    /** The folder that holds every other, which commands write when the sandbox keeps no filesystem apart. */
    private static final String ROOT = "/";

    /** The prefix of a WebFetch rule's specifier that names a host: {@code WebFetch(domain:*.amazonaws.com)}. */
    private static final String DOMAIN = "domain:";

    ClaudeCodeSandbox {
        domains = List.copyOf(domains);
        sockets = List.copyOf(sockets);
        allowWrite = List.copyOf(allowWrite);
    }

    /** The same keys, written in {@code file}. */
    ClaudeCodeSandbox in(String file) {
        return new ClaudeCodeSandbox(in(enabled, file), in(autoAllow, file), in(domains, file), in(allSockets, file), in(sockets, file),
                in(allowWrite, file), in(filesystemOff, file));
    }

    /** These keys over those of {@code lower}, a file of lower precedence: a key set here wins, and lists add up, lower's first. */
    ClaudeCodeSandbox over(ClaudeCodeSandbox lower) {
        return new ClaudeCodeSandbox(enabled != null ? enabled : lower.enabled, autoAllow != null ? autoAllow : lower.autoAllow,
                both(lower.domains, domains), allSockets != null ? allSockets : lower.allSockets, both(lower.sockets, sockets),
                both(lower.allowWrite, allowWrite), filesystemOff != null ? filesystemOff : lower.filesystemOff);
    }

    /**
     * {@code settings} (read without a sandbox) with the sandbox these keys make: none unless it is
     * enabled and runs commands unasked; then the network when a host is allowed, cited at the first,
     * the Unix sockets it opens and the folders it writes (the root, cited at {@code filesystem.disabled},
     * when it keeps no filesystem apart). The hosts of {@code WebFetch(domain:…)}
     * allow rules count as Claude Code adds them, whatever other rules say of WebFetch itself.
     */
    RuntimeConfiguration appliedTo(RuntimeConfiguration settings) {
        if (enabled == null || !enabled.value() || autoAllow != null && !autoAllow.value()) {
            return settings;
        }
        Located<Boolean> at = autoAllow != null ? autoAllow : enabled;
        Located<Sandbox> sandbox = new Located<>(Sandbox.WORKSPACE_WRITE, at.position(), at.file());
        List<Located<String>> hosts = new ArrayList<>(domains);
        settings.rules().stream()
                .filter(r -> r.decision() == Decision.ALLOW && r.tool().equals("WebFetch") && r.specifier().startsWith(DOMAIN))
                .forEach(r -> hosts.add(new Located<>(r.specifier().substring(DOMAIN.length()), r.position(), r.file())));
        Located<Boolean> network = hosts.isEmpty() ? null : new Located<>(true, hosts.get(0).position(), hosts.get(0).file());
        // A Unix socket leads to the process behind it, outside the sandbox (Docker's runs a container as root).
        List<Located<String>> opened = allSockets != null && allSockets.value()
                ? List.of(new Located<>(RuntimeConfiguration.EVERY_SOCKET, allSockets.position(), allSockets.file())) : sockets;
        List<Located<String>> written = filesystemOff != null && filesystemOff.value()
                ? both(allowWrite, List.of(new Located<>(ROOT, filesystemOff.position(), filesystemOff.file()))) : allowWrite;
        return new RuntimeConfiguration(settings.kind(), settings.file(), settings.name(), settings.position(), settings.rules(),
                settings.mode(), sandbox, network, both(settings.directories(), written), settings.servers(), settings.credentials(),
                settings.delegates(), settings.identity(), settings.profiles(), opened, settings.readable());
    }

    private static <T> Located<T> in(Located<T> value, String file) {
        return value == null ? null : value.in(file);
    }

    private static List<Located<String>> in(List<Located<String>> values, String file) {
        return values.stream().map(v -> v.in(file)).toList();
    }

    private static <T> List<T> both(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
