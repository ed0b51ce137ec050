package io.oversight.deployment.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static final String MANAGED = "managed-settings.json";

    /**
     * The folder of drop-ins beside managed settings ({@code managed-settings.d} beside
     * {@code managed-settings.json}), which Claude Code lays over them in name order; null when
     * {@code path} names no managed settings.
     */
    public static String dropInFolder(String path) {
        Path named = Path.of(path);
        return named.getFileName() != null && named.getFileName().toString().equals(MANAGED)
                ? named.resolveSibling("managed-settings.d").toString() : null;
    }

    /**
     * The project's {@code .mcp.json}, beside the {@code .claude} folder of the settings {@code path}
     * names, as written; null when {@code path} names neither file of a project's pair in a
     * {@code .claude} folder ({@link ClaudeCodeProjectServers}).
     */
    public static String projectServers(String path) {
        Path named = Path.of(path).normalize();
        Path folder = named.getParent();
        if (sibling(path) == null || folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(".claude")) {
            return null;
        }
        return folder.getParent() == null ? ".mcp.json" : folder.getParent().resolve(".mcp.json").toString();
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
     * with {@code moreHooks} of the project's markdown, which the pair's disableAllHooks turns off too,
     * and the pair's {@code locks} ({@link #locks}).
     */
    static RuntimeConfiguration combined(ClaudeCodeSettingsReader.Layer named, ClaudeCodeSettingsReader.Layer sibling,
                                         List<RuntimeRule> moreHooks, ClaudeCodeModeLocks locks) {
        boolean namedIsLocal = Path.of(named.settings().file()).getFileName().toString().equals(LOCAL);
        return layered(namedIsLocal ? List.of(sibling, named) : List.of(named, sibling), named, moreHooks, locks);
    }

    /**
     * The settings Claude Code applies from {@code layers}, files it reads together, the lowest
     * precedence first (the shared then the local file of a project; managed-settings.json then its
     * drop-ins of managed-settings.d in name order), {@code named} the one the deployment names:
     * every list (rules, directories, servers, hooks) combines, the named file's first; the mode, each
     * variable and disableAllHooks come from the file of highest precedence that sets them; the sandbox
     * is merged key by key; the session starts in the mode {@code locks}, those of every layer, leave
     * it. Each value keeps the file it was written in.
     */
    static RuntimeConfiguration layered(List<ClaudeCodeSettingsReader.Layer> layers, ClaudeCodeSettingsReader.Layer named,
                                        List<RuntimeRule> moreHooks, ClaudeCodeModeLocks locks) {
        List<RuntimeConfiguration> filed = new ArrayList<>();
        ClaudeCodeSandbox sandbox = null;
        for (ClaudeCodeSettingsReader.Layer layer : layers) {
            RuntimeConfiguration settings = layer == named ? layer.settings() : inItsFile(layer.settings());
            ClaudeCodeSandbox own = layer == named ? layer.sandbox() : layer.sandbox().in(settings.file());
            filed.add(settings);
            sandbox = sandbox == null ? own : own.over(sandbox);
        }
        // The lists read the named file first, then the others by precedence, lowest first.
        List<Integer> order = new ArrayList<>();
        order.add(layers.indexOf(named));
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) != named) {
                order.add(i);
            }
        }
        Located<ApprovalMode> mode = null;
        ClaudeCodeSettingsReader.Layer deciding = null;
        List<Credential> credentials = new ArrayList<>();
        Set<String> overridden = new HashSet<>();
        // A plugin is on or off as the file of highest precedence that names it says.
        Map<String, RuntimeRule> plugins = new LinkedHashMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            String file = filed.get(i).file();
            boolean isNamed = layers.get(i) == named;
            layers.get(i).plugins().forEach((plugin, rule) -> {
                if (!plugins.containsKey(plugin)) {
                    plugins.put(plugin, rule == null || isNamed ? rule : rule.in(file));
                }
            });
            mode = mode != null ? mode : filed.get(i).mode();
            deciding = deciding != null || layers.get(i).hooksOff() == null ? deciding : layers.get(i);
            // A variable several files set is the one of highest precedence.
            filed.get(i).credentials().stream().filter(c -> !overridden.contains(c.name())).forEach(credentials::add);
            filed.get(i).credentials().forEach(c -> overridden.add(c.name()));
        }
        List<RuntimeRule> rules = new ArrayList<>();
        List<RuntimeRule> hooks = new ArrayList<>();
        List<Located<String>> directories = new ArrayList<>();
        List<Located<String>> readable = new ArrayList<>();
        List<McpServer> servers = new ArrayList<>();
        for (int i : order) {
            rules.addAll(filed.get(i).rules());
            String file = filed.get(i).file();
            layers.get(i).hooks().stream().map(r -> layers.get(i) == named ? r : r.in(file)).forEach(hooks::add);
            directories.addAll(filed.get(i).directories());
            readable.addAll(filed.get(i).readable());
            servers.addAll(filed.get(i).servers());
        }
        rules.addAll(ClaudeCodeSettingsReader.enabled(plugins));
        hooks.addAll(moreHooks);
        if (deciding != null && deciding.switchesHooksOff()) {
            hooks.clear();
        }
        rules.addAll(hooks);
        RuntimeConfiguration settings = named.settings();
        return sandbox.appliedTo(new RuntimeConfiguration(settings.kind(), settings.file(), settings.name(), settings.position(),
                rules, locks.starting(mode), null, null, directories, servers, credentials, List.of(), null, List.of(), List.of(), readable));
    }

    /** The modes {@code layers} take away from the session: a lock in any of them holds, the named file's cited first. */
    static ClaudeCodeModeLocks locks(List<ClaudeCodeSettingsReader.Layer> layers, ClaudeCodeSettingsReader.Layer named) {
        ClaudeCodeModeLocks locks = named.locks();
        for (ClaudeCodeSettingsReader.Layer layer : layers) {
            locks = layer == named ? locks : locks.and(layer.locks().in(layer.settings().file()));
        }
        return locks;
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
                settings.servers().stream().map(s -> s.in(file)).toList(),
                settings.credentials().stream().map(c -> c.in(file)).toList(),
                settings.delegates(), settings.identity(), settings.profiles(), List.of(),
                settings.readable().stream().map(d -> d.in(file)).toList());
    }
}
