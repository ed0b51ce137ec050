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
 * every other list: directories, servers, hooks) combine; the mode, each variable and
 * {@code disableAllHooks} (which switches off the hooks of both) come from the local file when it
 * sets them, else from the shared one; the sandbox is merged key by key ({@link ClaudeCodeSandbox}).
 * Each value keeps the file it was written in.
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

    /**
     * The settings Claude Code applies from {@code named}, the file the deployment names, and
     * {@code sibling}, the other of the pair, each as read by {@link ClaudeCodeSettingsReader#layer},
     * with {@code moreHooks} of the project's markdown, which the pair's disableAllHooks turns off too.
     */
    static RuntimeConfiguration combined(ClaudeCodeSettingsReader.Layer named, ClaudeCodeSettingsReader.Layer sibling,
                                         List<RuntimeRule> moreHooks) {
        RuntimeConfiguration other = inItsFile(sibling.settings());
        ClaudeCodeSandbox otherSandbox = sibling.sandbox().in(other.file());
        boolean namedIsLocal = Path.of(named.settings().file()).getFileName().toString().equals(LOCAL);
        RuntimeConfiguration local = namedIsLocal ? named.settings() : other;
        RuntimeConfiguration shared = namedIsLocal ? other : named.settings();
        ClaudeCodeSandbox sandbox = namedIsLocal ? named.sandbox().over(otherSandbox) : otherSandbox.over(named.sandbox());
        Set<String> overridden = local.credentials().stream().map(Credential::name).collect(Collectors.toSet());
        ClaudeCodeSettingsReader.Layer localLayer = namedIsLocal ? named : sibling;
        ClaudeCodeSettingsReader.Layer deciding = localLayer.hooksOff() != null ? localLayer : namedIsLocal ? sibling : named;
        List<RuntimeRule> hooks = deciding.switchesHooksOff() ? List.of()
                : both(both(named.hooks(), sibling.hooks().stream().map(r -> r.in(other.file())).toList()), moreHooks);
        RuntimeConfiguration settings = named.settings();
        return sandbox.appliedTo(new RuntimeConfiguration(settings.kind(), settings.file(), settings.name(), settings.position(),
                both(both(settings.rules(), other.rules()), hooks),
                local.mode() != null ? local.mode() : shared.mode(),
                null, null,
                both(settings.directories(), other.directories()),
                both(settings.servers(), other.servers()),
                // A variable both files set is the local file's.
                both(local.credentials(), shared.credentials().stream().filter(c -> !overridden.contains(c.name())).toList()),
                List.of(), null, List.of()));
    }

    /**
     * {@code settings} (a layer's, which holds no sandbox) with every value it cites marked as
     * written in its file, as a value of the other file of a pair is.
     */
    private static RuntimeConfiguration inItsFile(RuntimeConfiguration settings) {
        String file = settings.file();
        Located<ApprovalMode> mode = settings.mode() == null ? null : settings.mode().in(file);
        return new RuntimeConfiguration(settings.kind(), file, settings.name(), settings.position(),
                settings.rules().stream().map(r -> r.in(file)).toList(), mode, null, null,
                settings.directories().stream().map(d -> d.in(file)).toList(),
                settings.servers(),
                settings.credentials().stream().map(c -> c.in(file)).toList(),
                settings.delegates(), settings.identity(), settings.profiles());
    }

    private static <T> List<T> both(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
