package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Glob;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What Kiro's file-writing tool reaches besides the project's code where it runs unasked: the
 * agent's own agent files ({@code .kiro/agents/}, and the user's in {@code ~/.kiro/agents/}; Amazon
 * Q's, whose CLI Kiro's grew from, in {@code .amazonq/cli-agents/} and {@code ~/.aws/amazonq/cli-agents/}),
 * with which it allows itself the shell, the repository's {@code .git/config}, whose commands the
 * next git command runs, and the user's shell startup files. Kiro CLI's {@code fs_write} allows a
 * path and everything under it, its {@code *} crossing '/', after expanding {@code ~} and
 * variables and resolving {@code ..} against the working folder ({@code util/paths.rs},
 * {@code fs_write.rs}): {@code ~/**}, {@code ./}, {@code .kiro} and {@code src/..} each reach them.
 * Each file reached is a rule of its own, cited where the write is allowed, which the tools table
 * judges as it judges Claude Code's and Gemini CLI's edits of their settings.
 */
final class KiroWrites {

    static final String TOOL = "fs_write";

    /** Kiro CLI's name of the same tool. */
    static final String KIRO_TOOL = "write";

    /** Whether {@code tool} is the file-writing tool, by either name. */
    static boolean writes(String tool) {
        return tool.equals(TOOL) || tool.equals(KIRO_TOOL);
    }

    /** A file a write may reach: the name its rule is written with, and a file inside it that paths are matched against. */
    private record OwnFile(String name, String inside) {

        boolean home() {
            return name.startsWith("~/");
        }
    }

    private static final List<OwnFile> OWN_FILES = List.of(new OwnFile(".kiro/agents/", ".kiro/agents/agent.json"),
            new OwnFile(".amazonq/cli-agents/", ".amazonq/cli-agents/agent.json"), new OwnFile(OwnFiles.GIT_CONFIG, OwnFiles.GIT_CONFIG),
            new OwnFile("~/.kiro/agents/", "~/.kiro/agents/agent.json"), new OwnFile("~/.aws/amazonq/cli-agents/", "~/.aws/amazonq/cli-agents/agent.json"),
            new OwnFile("~/.bashrc", "~/.bashrc"));

    private KiroWrites() {
    }

    /** The rules for the files {@code fs_write} allowed on {@code path} (null or empty: every path) reaches, cited at {@code at}. */
    static List<RuntimeRule> reached(String path, Located<?> at) {
        String where = where(path == null ? "" : path.strip());
        return OWN_FILES.stream().filter(file -> allows(where, file))
                .map(file -> new RuntimeRule(TOOL, file.name(), Decision.ALLOW, at.position())).toList();
    }

    /**
     * {@code path} as Kiro resolves it: from the project ({@code ""} for the project itself), from the
     * home folder ({@code ~} or {@code ~/...}), or from the root ({@code /...}); a variable other than
     * HOME and PWD, whose value is not in the file, as the root, which holds every file.
     */
    private static String where(String path) {
        String expanded = path.replaceFirst("^\\$\\{?HOME}?(?=/|$)", "~").replaceFirst("^\\$\\{?PWD}?(?=/|$)", ".");
        if (expanded.startsWith("$")) {
            return "/**";
        }
        boolean home = expanded.equals("~") || expanded.startsWith("~/");
        boolean root = expanded.startsWith("/");
        Deque<String> names = new ArrayDeque<>();
        for (String name : (home ? expanded.substring(1) : expanded).split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..") && !names.isEmpty() && !names.peekLast().contains("*")) {
                names.removeLast();
            } else if (name.equals("..")) {
                return "/**"; // above the project or the home folder: where that is, the file does not say
            } else {
                names.addLast(name);
            }
        }
        String joined = String.join("/", names);
        return home ? (joined.isEmpty() ? "~" : "~/" + joined) : root ? "/" + joined : joined;
    }

    /**
     * Whether a write allowed on {@code where}, itself and everything under it, reaches {@code file}.
     * Where the project lies is not in the file: the home folder and a visible folder of it
     * ({@code ~/platform}, {@code /home/dana/platform}) may hold it, as may a folder at most one name
     * below the root ({@code /work}); those reach the project's own files.
     */
    private static boolean allows(String where, OwnFile file) {
        if (where.startsWith("/")) {
            String folder = where.substring(1).replaceAll("(/?\\*+)+$", "");
            String[] names = folder.isEmpty() ? new String[0] : folder.split("/");
            boolean holdsHome = names.length == 0 || folder.startsWith("*") || names.length <= 2 && HOMES.contains(names[0])
                    || names.length == 1 && names[0].equals("root");
            boolean mayHoldProject = holdsHome || names.length <= 1 || HOMES.contains(names[0]);
            return file.home() ? holdsHome : mayHoldProject;
        }
        if (where.equals("~") || where.startsWith("~/")) {
            if (file.home()) {
                return where.equals("~") || covers(where, file.inside());
            }
            String first = where.equals("~") ? "" : where.substring(2).split("/")[0];
            return !first.startsWith("."); // a visible folder of the home folder may be the project, a dot folder is a tool's
        }
        return !file.home() && (where.isEmpty() || covers(where, file.inside()));
    }

    /** The folders that hold people's home folders. */
    private static final java.util.Set<String> HOMES = java.util.Set.of("home", "Users");

    private static boolean covers(String pattern, String file) {
        return Glob.exact(pattern).matches(file) || Glob.exact(pattern + "/**").matches(file);
    }
}
