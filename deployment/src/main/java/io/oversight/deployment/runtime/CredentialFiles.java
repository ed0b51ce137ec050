package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Glob;
import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.deployment.model.RuntimeTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The credential files of the user's home folder, as a rule of a file tool whose path is a pattern
 * reaches them (Claude Code's, Kiro's and Amazon Q's allowedPaths, Cursor's): {@code Read(~/.a*}{@code /**)} reads {@code ~/.aws/credentials} as
 * {@code Read(~/.aws/**)} does, while the tools table's rows match the rule's text
 * ({@code *(*}{@code /.aws/*)}). Such a rule, when what it reaches as written hands out nothing, is
 * also a {@code TOOL(PATH)} tool for the first credential path of the table
 * ({@link RuntimeGates#homeCredentials}) it can match that no deny or ask rule of the tool keeps
 * and whose reach hands something out, cited at the rule's line.
 */
final class CredentialFiles {

    /** The tools on files whose rules take path patterns: Claude Code's, and Kiro's, Amazon Q's and Cursor's (read as MCP clients). */
    private static final Map<RuntimeKind, Set<String>> FILE_TOOLS = Map.of(RuntimeKind.CLAUDE_CODE, Set.of("Read", "Edit", "Write", "MultiEdit"),
            RuntimeKind.MCP_CLIENT, Set.of("fs_read", "read", "fs_write", "write", "Read", "Write"));

    private CredentialFiles() {
    }

    /** The tool for the first credential path {@code rule} (one the runtime lets run unasked) reaches by a pattern; none else. */
    static List<RuntimeTool> reached(String agentId, RuntimeConfiguration configuration, RuntimeRule rule) {
        if (!FILE_TOOLS.getOrDefault(configuration.kind(), Set.of()).contains(rule.tool()) || !pattern(rule.specifier())
                || rule.decision() == Decision.DENY || rule.decision() == Decision.ASK) {
            return List.of();
        }
        RuntimeGates gates = RuntimeGates.builtIn();
        String kind = configuration.kind().word();
        if (handsOut(gates, kind, rule.written())) {
            return List.of();
        }
        String home = fromHome(rule);
        if (home == null) {
            return List.of();
        }
        // A class of characters ([a]) stands for one of them: taken as any one, the pattern matches at least what it does.
        Glob allowed = Glob.exact(home.replaceAll("\\[[^]]*]", "?"));
        // Claude Code keeps a file from every reading tool by Read's deny and ask rules, from every editing tool by Edit's; the others by their own.
        String keeper = configuration.kind() != RuntimeKind.CLAUDE_CODE ? rule.tool()
                : rule.tool().equals(AddedFolders.READ) ? AddedFolders.READ : AddedFolders.EDIT;
        List<Glob> keeping = keeping(configuration, keeper);
        return gates.homeCredentials().stream()
                .filter(path -> allowed.intersects(Glob.exact(path)) && keeping.stream().noneMatch(k -> k.covers(Glob.exact(path))))
                .map(path -> rule.tool() + "(" + path + ")")
                .filter(tool -> handsOut(gates, kind, tool))
                .limit(1)
                .map(tool -> new RuntimeTool(agentId, kind, tool, rule.decision().setting(), configuration.pathAt(rule.file(), rule.position())))
                .toList();
    }

    /** The rule's path from the home folder ({@code ~/...}, also when written from the root as /home/NAME/ or /Users/NAME/), or null. */
    private static String fromHome(RuntimeRule rule) {
        String written = rule.tool() + "(" + rule.specifier() + ")";
        String read = RuntimeGates.fromHome(written);
        String path = (read != null ? read : written).substring(rule.tool().length() + 1);
        path = path.substring(0, path.length() - 1);
        return path.startsWith("~/") ? (path.endsWith("/") ? path + "**" : path) : null;
    }

    /** What the deny and ask rules of {@code tool} keep, as home patterns: every path ({@code **}) for a rule on every path. */
    private static List<Glob> keeping(RuntimeConfiguration configuration, String tool) {
        List<Glob> keeping = new ArrayList<>();
        for (RuntimeRule r : configuration.rules()) {
            if (!AddedFolders.decides(r, tool)) {
                continue;
            }
            String home = r.specifier().isEmpty() || r.specifier().equals("//**") ? "**" : fromHome(r);
            if (home != null) {
                keeping.add(Glob.exact(home));
            }
        }
        return keeping;
    }

    /** Whether a path holds a wildcard: one written as a path is judged as written. */
    private static boolean pattern(String specifier) {
        return specifier.indexOf('*') >= 0 || specifier.indexOf('?') >= 0 || specifier.indexOf('[') >= 0;
    }

    /** Whether {@code tool} hands something out (a grant, or every verb). */
    private static boolean handsOut(RuntimeGates gates, String kind, String tool) {
        Set<Verb> verbs = gates.reach(kind, tool).verbs();
        return verbs.contains(Verb.GRANT) || verbs.contains(Verb.ALL);
    }
}
