package io.oversight.deployment.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Claude Code's project settings, which it reads from two files of the same folder: the shared
 * {@code .claude/settings.json} and the personal {@code .claude/settings.local.json}, which takes
 * precedence. Whichever of the two a deployment names, the other applies as well when it exists,
 * so both are judged together, as Claude Code applies them: the permission rules of both (and
 * every other list: directories, sockets, servers) combine; the mode, the sandbox and each
 * variable come from the local file when it sets them, else from the shared one. Each value keeps
 * the file it was written in.
 */
public final class ClaudeCodeScopes {

    private static final String SHARED = "settings.json";
    private static final String LOCAL = "settings.local.json";

    private ClaudeCodeScopes() {
    }

    /** The other file of the pair beside {@code path}, as written; null when {@code path} names neither. */
    public static String sibling(String path) {
        Path named = Path.of(path);
        String name = named.getFileName() == null ? "" : named.getFileName().toString();
        return name.equals(SHARED) ? named.resolveSibling(LOCAL).toString()
                : name.equals(LOCAL) ? named.resolveSibling(SHARED).toString() : null;
    }

    /** The settings Claude Code applies from {@code named}, the file the deployment names, and {@code sibling}, the other of the pair. */
    public static RuntimeConfiguration combined(RuntimeConfiguration named, RuntimeConfiguration sibling) {
        RuntimeConfiguration other = inItsFile(sibling);
        boolean namedIsLocal = Path.of(named.file()).getFileName().toString().equals(LOCAL);
        RuntimeConfiguration local = namedIsLocal ? named : other;
        RuntimeConfiguration shared = namedIsLocal ? other : named;
        Set<String> overridden = local.credentials().stream().map(Credential::name).collect(Collectors.toSet());
        return new RuntimeConfiguration(named.kind(), named.file(), named.name(), named.position(),
                both(named.rules(), other.rules()),
                local.mode() != null ? local.mode() : shared.mode(),
                local.sandbox() != null ? local.sandbox() : shared.sandbox(),
                local.network() != null ? local.network() : shared.network(),
                both(named.directories(), other.directories()),
                both(named.servers(), other.servers()),
                // A variable both files set is the local file's.
                both(local.credentials(), shared.credentials().stream().filter(c -> !overridden.contains(c.name())).toList()),
                List.of(), null, List.of(),
                both(named.sockets(), other.sockets()));
    }

    /** {@code configuration} with every value it cites marked as written in its file, as a value of the other file of a pair is. */
    private static RuntimeConfiguration inItsFile(RuntimeConfiguration configuration) {
        String file = configuration.file();
        return new RuntimeConfiguration(configuration.kind(), file, configuration.name(), configuration.position(),
                configuration.rules().stream().map(r -> r.in(file)).toList(),
                in(configuration.mode(), file), in(configuration.sandbox(), file), in(configuration.network(), file),
                configuration.directories().stream().map(d -> d.in(file)).toList(),
                configuration.servers(),
                configuration.credentials().stream().map(c -> c.in(file)).toList(),
                configuration.delegates(), configuration.identity(), configuration.profiles(),
                configuration.sockets().stream().map(s -> s.in(file)).toList());
    }

    private static <T> Located<T> in(Located<T> value, String file) {
        return value == null ? null : value.in(file);
    }

    private static <T> List<T> both(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
