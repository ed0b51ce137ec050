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
        String other = sibling.file();
        boolean namedIsLocal = Path.of(named.file()).getFileName().toString().equals(LOCAL);
        RuntimeConfiguration local = namedIsLocal ? named : sibling;
        RuntimeConfiguration shared = namedIsLocal ? sibling : named;
        return new RuntimeConfiguration(named.kind(), named.file(), named.name(), named.position(),
                Stream.concat(named.rules().stream(), sibling.rules().stream().map(r -> r.in(other))).toList(),
                first(local, shared, local.mode(), shared.mode(), other),
                first(local, shared, local.sandbox(), shared.sandbox(), other),
                first(local, shared, local.network(), shared.network(), other),
                Stream.concat(named.directories().stream(), sibling.directories().stream().map(d -> d.in(other))).toList(),
                Stream.concat(named.servers().stream(), sibling.servers().stream()).toList(),
                variables(local, shared, other),
                List.of(), null, List.of(),
                Stream.concat(named.sockets().stream(), sibling.sockets().stream().map(s -> s.in(other))).toList());
    }

    /** The local file's value when it sets one, else the shared file's; marked with {@code other}'s name when it comes from there. */
    private static <T> Located<T> first(RuntimeConfiguration local, RuntimeConfiguration shared, Located<T> fromLocal, Located<T> fromShared,
                                        String other) {
        Located<T> value = fromLocal != null ? fromLocal : fromShared;
        RuntimeConfiguration from = fromLocal != null ? local : shared;
        return value == null || !from.file().equals(other) ? value : value.in(other);
    }

    /** The variables of both: one both files set is the local file's. */
    private static List<Credential> variables(RuntimeConfiguration local, RuntimeConfiguration shared, String other) {
        Set<String> overridden = local.credentials().stream().map(Credential::name).collect(Collectors.toSet());
        return Stream.concat(local.credentials().stream().map(c -> local.file().equals(other) ? c.in(other) : c),
                shared.credentials().stream().filter(c -> !overridden.contains(c.name())).map(c -> shared.file().equals(other) ? c.in(other) : c))
                .toList();
    }
}
