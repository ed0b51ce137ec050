package io.oversight.deployment.runtime;

import io.oversight.deployment.model.RuntimeTool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folders a runtime adds to its agent's workspace (Claude Code's additionalDirectories and its
 * Bash sandbox's allowWrite, Codex's writable_roots), as ways to act: each is written as the
 * workspace is, so it is a {@code Write(FOLDER/)} tool under the setting that lets that happen
 * unasked, and the tools table says what writing there reaches (a folder of credentials grants);
 * Claude Code's additionalDirectories are also read unasked, a {@code Read(FOLDER/)} tool.
 */
final class AddedFolders {

    private AddedFolders() {
    }

    /** The added folders written unasked under {@code mode}, in {@code sandbox} (Codex's, of the top level or of a profile). */
    static List<RuntimeTool> of(String agentId, RuntimeConfiguration configuration, ApprovalMode mode, Located<Sandbox> sandbox) {
        String writes = writesWithoutAsking(configuration, mode, sandbox);
        List<RuntimeTool> tools = new ArrayList<>();
        if (writes != null) {
            for (Located<String> directory : configuration.directories()) {
                String folder = folder(directory.value());
                if (!refused(configuration, folder, EDIT)) {
                    tools.add(new RuntimeTool(agentId, configuration.kind().word(), "Write(" + asRulePath(folder) + ")", writes,
                            configuration.pathAt(directory.file(), directory.position())));
                }
            }
        }
        return tools;
    }

    /**
     * The added folders the agent reads without anyone being asked: Claude Code reads its
     * additionalDirectories as it reads the workspace, in every mode, so a credentials folder among
     * them ({@code ~/.aws}) hands over the operator's keys even where every edit asks. Each is a
     * {@code Read(FOLDER/)} tool unless a deny or ask rule of Read holds it whole.
     */
    static List<RuntimeTool> read(String agentId, RuntimeConfiguration configuration) {
        List<RuntimeTool> tools = new ArrayList<>();
        for (Located<String> directory : configuration.readable()) {
            String folder = folder(directory.value());
            if (!refused(configuration, folder, READ)) {
                tools.add(new RuntimeTool(agentId, configuration.kind().word(), READ + "(" + asRulePath(folder) + ")", "read:added-directory",
                        configuration.pathAt(directory.file(), directory.position())));
            }
        }
        return tools;
    }

    /**
     * A directory as the tools table reads it, in one spelling for each folder: '/' between names,
     * as on every system, and one at the end, so that {@code ~/.aws/} is the folder and
     * {@code ~/.aws-sam/} is not; no empty or {@code .} names, and each {@code ..} resolved against
     * the name before it, so that {@code /home/dana/./}, {@code /home//dana} and
     * {@code /home/x/../dana} are all {@code /home/dana/}. A {@code ..} cannot climb above the root
     * ({@code /..} is {@code /}); one that climbs above the home folder or the project is kept,
     * since what it reaches depends on where they are: {@code ~/../dana/} may be any home folder,
     * {@code ../} the home folder that holds the project, and the tools table reads them so.
     */
    static String folder(String directory) {
        String path = directory.replace('\\', '/');
        String root;
        if (path.startsWith("/")) {
            root = "/";
        } else if (path.equals("~") || path.startsWith("~/")) {
            root = "~/";
        } else if (DRIVE.matcher(path).lookingAt()) {
            root = path.substring(0, 2) + "/";
        } else {
            root = "";
        }
        Deque<String> names = new ArrayDeque<>();
        for (String name : path.substring(Math.min(root.length(), path.length())).split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!names.isEmpty() && !names.peekLast().equals("..")) {
                    names.removeLast();
                } else if (root.equals("~/") || root.isEmpty()) {
                    names.addLast(name);
                } // else at the root, which '..' does not leave
                continue;
            }
            names.addLast(name);
        }
        String folder = root + String.join("/", names) + (names.isEmpty() ? "" : "/");
        return folder.isEmpty() ? "./" : folder;
    }

    /**
     * {@code folder} as a Claude Code rule writes a path, as the tools table reads it: an absolute one
     * from {@code //} (a single {@code /} starts a path in the project). Written {@code /run/secrets/},
     * an added folder of mounted secrets had matched none of the table's {@code //run/secrets} rows and
     * reached nothing (red team).
     */
    private static String asRulePath(String folder) {
        return folder.startsWith("/") ? "/" + folder : folder;
    }

    /** A Windows drive at the start of a path: {@code C:} alone or before '/'. */
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:(?:/|$)");

    /**
     * Whether a rule that {@link #decides} what {@code tool} (Edit, or Read) does decides every use of
     * it in {@code folder} (Claude Code: deny, then ask, win over a mode): the tool on every path, or
     * a path pattern that holds the folder ({@code Edit(~/.aws/**)}; {@code //} starts an absolute
     * path, while a single {@code /} starts one in the project, which holds no folder added beside it).
     */
    static boolean refused(RuntimeConfiguration configuration, String folder, String tool) {
        for (RuntimeRule rule : configuration.rules()) {
            if (decides(rule, tool)) {
                String specifier = rule.specifier();
                if (EVERY_PATH.contains(specifier)) {
                    return true;
                }
                if (specifier.startsWith("/") && !specifier.startsWith("//") || !specifier.endsWith("/**")) {
                    continue;
                }
                String pattern = specifier.startsWith("//") ? specifier.substring(1) : specifier;
                String root = folder(pattern.substring(0, pattern.length() - 2));
                // Both are spelled alike (folder); a '..' left after the root climbs out of it.
                if (folder.startsWith(root) && !folder.startsWith("../", root.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The setting under which the agent writes in the directories added to its workspace without
     * anyone being asked, or null when a person is asked first: they are written as the workspace
     * is, so a credentials folder among them ({@code ~/.aws}) is rewritten as freely as the code.
     */
    private static String writesWithoutAsking(RuntimeConfiguration configuration, ApprovalMode mode, Located<Sandbox> sandbox) {
        if (configuration.kind() == RuntimeKind.CODEX) {
            // Commands write within the sandbox's writable roots without asking; a read-only sandbox writes none.
            boolean sandboxed = mode != null && mode.runsInSandbox();
            boolean writable = sandbox == null || sandbox.value() != Sandbox.READ_ONLY;
            return sandboxed && writable ? "sandbox:writable-root" : null;
        }
        if (mode == ApprovalMode.ACCEPT_EDITS) {
            return "edit:accept-edits";
        }
        if (mode == ApprovalMode.NEVER_ASK || mode == ApprovalMode.CLASSIFIER) {
            return AgentTools.modeSetting(configuration, mode);
        }
        return configuration.rules().stream()
                .filter(r -> EDITING_TOOLS.contains(r.tool()) && EVERY_PATH.contains(r.specifier()) && !AgentTools.overruled(configuration, r))
                .filter(r -> r.decision() == Decision.ALLOW || r.decision() == Decision.PRE_TOOL_USE_HOOK)
                .map(r -> r.decision().setting()).findFirst().orElse(bashSandboxed(configuration) ? "sandbox:writable-root" : null);
    }

    /**
     * Whether Claude Code runs commands unasked in its Bash sandbox (the reader keeps the sandbox
     * only then), and no deny rule takes the whole shell away ({@code Bash}, or {@code Bash(*)},
     * its equivalent, or every tool, {@code *}). An ask rule of the whole shell takes no command out
     * of the sandbox: Claude Code skips it for the commands that run sandboxed, the sandbox standing
     * in for that prompt.
     */
    static boolean bashSandboxed(RuntimeConfiguration configuration) {
        RuntimeRule shell = new RuntimeRule("Bash", "", Decision.ALLOW, configuration.position());
        return configuration.kind() == RuntimeKind.CLAUDE_CODE && configuration.sandbox() != null
                && configuration.rules().stream().noneMatch(r -> r.decision() == Decision.DENY && AgentTools.covers(r, shell));
    }

    /** Claude Code's tools that write files, whose rules also decide writing in the added directories. */
    static final Set<String> EDITING_TOOLS = Set.of("Edit", "Write", "MultiEdit", "NotebookEdit");

    /**
     * The editing tool whose deny and ask rules keep a file from every editing tool: Claude Code
     * checks each edit against {@code Edit(path)} rules only. A path rule of Write, MultiEdit or
     * NotebookEdit is accepted but never consulted, and a rule of one of them for the whole tool
     * decides that tool alone, while Edit still writes the file.
     */
    static final String EDIT = "Edit";

    /** Claude Code's tool whose deny and ask rules keep a file from every tool that reads files (Read, Grep, Glob). */
    static final String READ = "Read";

    /** Whether {@code rule} is a deny or ask rule of {@link #EDIT}, or of every tool ({@code *}), which decides the edits it matches. */
    static boolean decidesEdits(RuntimeRule rule) {
        return decides(rule, EDIT);
    }

    /** Whether {@code rule} is a deny or ask rule of {@code tool}, or of every tool ({@code *}), which decides the uses of it it matches. */
    static boolean decides(RuntimeRule rule, String tool) {
        return (rule.decision() == Decision.DENY || rule.decision() == Decision.ASK)
                && (rule.tool().equals(tool) || rule.tool().equals(RuntimeProfile.EVERY_TOOL) && rule.specifier().isEmpty());
    }

    /** Specifiers that match every path: Claude Code reads {@code /**} from the settings' folder and {@code **} from the working one. */
    private static final Set<String> EVERY_PATH = Set.of("", "//**");
}
