package io.oversight.deployment.runtime;

import io.oversight.catalog.action.Glob;
import io.oversight.deployment.model.RuntimeTool;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files that configure a Claude Code agent itself, as a rule of an editing tool reaches them:
 * a rule whose path pattern can match one ({@code Edit(**}{@code /settings.local.json)}, {@code Edit(/**)},
 * {@code Edit} on every path) lets the agent rewrite its own permissions or add an MCP server that
 * runs any command, as {@code Edit(.claude/settings.local.json)} does. The same holds for the files
 * that name commands git or the shell runs (a repository's .git/config and hooks, the user's
 * .gitconfig, shell startup files and .npmrc): writing one makes the next git, shell or npm command
 * run whatever the agent wrote, which a git rule the agent may run unasked then does without anyone
 * being asked. Such a rule is also a {@code TOOL(FILE)} tool for each kind, cited at the rule's line
 * under its setting, and the tools table says what writing that file reaches (a grant; every verb);
 * a rule that names the file as written is judged as it is.
 */
final class OwnFiles {

    /** The project's files, from its folder: its settings, shared and local, and its MCP servers. */
    private static final List<String> PROJECT = List.of(".claude/settings.json", ".claude/settings.local.json", ".mcp.json");

    /** The user's: their settings, and the file that holds their MCP servers. */
    private static final List<String> HOME = List.of("~/.claude/settings.json", "~/.claude.json");

    /** The repository's git configuration, whose commands the next git command runs: an own file of every runtime that writes files. */
    static final String GIT_CONFIG = ".git/config";

    /**
     * Files that name commands others run: git's configuration (core.fsmonitor, core.hooksPath,
     * diff.external, aliases) and hooks, the repository's and the user's; the shell's startup files;
     * npm's configuration (script-shell, node-options). A hook stands for the folder of hooks.
     */
    private static final List<String> COMMANDS = List.of(GIT_CONFIG, ".git/hooks/pre-commit", "~/.gitconfig", "~/.config/git/config",
            "~/.bashrc", "~/.bash_profile", "~/.zshrc", "~/.profile", "~/.npmrc", "~/.zshenv", "~/.zprofile", "~/.bash_login");

    /** Each kind of file, reported once: what writing the first one reached gives is the table's to say. */
    private static final List<List<String>> KINDS = List.of(Stream.concat(PROJECT.stream(), HOME.stream()).toList(), COMMANDS);

    /** The folder of the project's settings, from which Claude Code also reads a pattern that starts with one '/'. */
    private static final String SETTINGS_FOLDER = ".claude/";

    private OwnFiles() {
    }

    /**
     * The tools for the first file of each kind that {@code rule} (one the runtime lets run
     * unasked) can write and no deny or ask rule keeps; none when it writes none.
     */
    static List<RuntimeTool> reached(String agentId, RuntimeConfiguration configuration, RuntimeRule rule) {
        if (configuration.kind() != RuntimeKind.CLAUDE_CODE || !AddedFolders.EDITING_TOOLS.contains(rule.tool())
                || rule.decision() == Decision.DENY || rule.decision() == Decision.ASK) {
            return List.of();
        }
        String written = rule.specifier().startsWith("./") ? rule.specifier().substring(2) : rule.specifier();
        return KINDS.stream()
                .flatMap(files -> files.stream()
                        .filter(file -> !file.equals(written) && matches(rule.specifier(), file) && !refused(configuration, file))
                        .limit(1))
                .map(file -> new RuntimeTool(agentId, configuration.kind().word(), rule.tool() + "(" + file + ")", rule.decision().setting(),
                        configuration.pathAt(rule.file(), rule.position())))
                .toList();
    }

    /**
     * Whether a rule that {@link AddedFolders#decidesEdits decides edits} matches {@code file}: it
     * decides the edit, whatever allows it. One with no path, of every tool among them, matches every file.
     */
    private static boolean refused(RuntimeConfiguration configuration, String file) {
        return configuration.rules().stream().anyMatch(r -> AddedFolders.decidesEdits(r) && matches(r.specifier(), file));
    }

    /**
     * Whether the path pattern {@code specifier} (as Claude Code reads it: {@code //} from the root,
     * {@code ~/} from the home folder, one {@code /} from the settings' project or folder, else from
     * the project, at any depth when the pattern has no '/'; none, every path, the home folder's too) can
     * match {@code file} (one of {@link #KINDS}: from the project, or from the home folder after
     * {@code ~/}). A wildcard is taken to cross '/', so a pattern matches at least what Claude Code
     * matches with it. An absolute pattern counts when it starts with a wildcard at the root
     * ({@code //**}): where the project lies is not known.
     */
    static boolean matches(String specifier, String file) {
        boolean home = file.startsWith("~/");
        if (specifier.isEmpty()) {
            return true; // the tool on every path, as //** is
        }
        String pattern = specifier.endsWith("/") ? specifier + "**" : specifier;
        if (pattern.startsWith("//")) {
            // Its first name a wildcard, which takes in whatever folders lie above the project or the home folder.
            return pattern.startsWith("//*") && glob(pattern.substring(1)).matches("/" + (home ? file.substring(2) : file));
        }
        if (pattern.startsWith("~/")) {
            return home && glob(pattern).matches(file);
        }
        if (home) {
            return false;
        }
        if (pattern.startsWith("/")) {
            String rest = pattern.substring(1);
            return glob(rest).matches(file) || file.startsWith(SETTINGS_FOLDER) && glob(rest).matches(file.substring(SETTINGS_FOLDER.length()));
        }
        String relative = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        boolean anyDepth = relative.indexOf('/') < 0 || relative.indexOf('/') == relative.length() - 1;
        return glob(relative).matches(file) || anyDepth && glob("**/" + relative).matches(file);
    }

    private static Glob glob(String pattern) {
        return Glob.exact(pattern);
    }
}
