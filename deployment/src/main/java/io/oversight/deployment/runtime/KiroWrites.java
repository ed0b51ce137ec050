package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Glob;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What Kiro's file-writing tool reaches besides the project's code where it runs unasked: the
 * agent's own agent files ({@code .kiro/agents/}, and the user's in {@code ~/.kiro/agents/}),
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

    /** Each file a write may reach, by the name its rule is written with, and a file inside it to match paths against. */
    private static final Map<String, String> OWN_FILES = Map.of(".kiro/agents/", ".kiro/agents/agent.json", OwnFiles.GIT_CONFIG,
            OwnFiles.GIT_CONFIG, "~/.kiro/agents/", "~/.kiro/agents/agent.json", "~/.bashrc", "~/.bashrc");

    /** The order the rules are written in. */
    private static final List<String> ORDER = List.of(".kiro/agents/", OwnFiles.GIT_CONFIG, "~/.kiro/agents/", "~/.bashrc");

    private KiroWrites() {
    }

    /** The rules for the files {@code fs_write} allowed on {@code path} (null or empty: every path) reaches, cited at {@code at}. */
    static List<RuntimeRule> reached(String path, Located<?> at) {
        String where = where(path == null ? "" : path.strip());
        return ORDER.stream().filter(file -> allows(where, OWN_FILES.get(file)))
                .map(file -> new RuntimeRule(TOOL, file, Decision.ALLOW, at.position())).toList();
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

    /** Whether a write allowed on {@code where}, itself and everything under it, reaches {@code file} (from the project, or {@code ~/...}). */
    private static boolean allows(String where, String file) {
        boolean homeFile = file.startsWith("~/");
        if (where.startsWith("/")) {
            // From the root: the home folder and the project lie somewhere below it, but where is not in the file. A folder
            // two names deep or less (/, /home/dana, /Users/dana, /work) may hold either, as may one that starts with a wildcard.
            String folder = where.substring(1).replaceAll("(/?\\*+)+$", "");
            return folder.isEmpty() || folder.startsWith("*") || folder.split("/").length <= 2;
        }
        if (where.equals("~") || where.startsWith("~/")) {
            return homeFile && (where.equals("~") || covers(where, file));
        }
        return !homeFile && (where.isEmpty() || covers(where, file));
    }

    private static boolean covers(String pattern, String file) {
        return Glob.exact(pattern).matches(file) || Glob.exact(pattern + "/**").matches(file);
    }
}
