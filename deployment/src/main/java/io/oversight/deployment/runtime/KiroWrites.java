package io.oversight.deployment.runtime;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What Kiro's file-writing tool reaches besides the project's code when it runs unasked on every
 * path: its {@code fs_write} allows any path once allowed (Kiro CLI's {@code fs_write.rs}), so the
 * agent can rewrite its own agent file ({@code .kiro/agents/}) to allow itself the shell, and the
 * repository's {@code .git/config}, whose commands the next git command runs. Each is a rule of its
 * own, cited where the write is allowed, which the tools table judges as it judges Claude Code's and
 * Gemini CLI's edits of their settings.
 */
final class KiroWrites {

    static final String TOOL = "fs_write";

    /** A path glob that covers every path of the project: none, {@code *}, {@code **}, {@code ./**}, {@code .}. */
    private static final Pattern EVERY_PATH = Pattern.compile("|\\.|(\\./)?\\*+(/\\*+)*");

    private static final List<String> OWN_FILES = List.of(".kiro/agents/", OwnFiles.GIT_CONFIG);

    private KiroWrites() {
    }

    /** The rules for the files {@code fs_write} allowed on {@code path} (null or empty: every path) reaches, cited at {@code at}. */
    static List<RuntimeRule> reached(String path, Located<?> at) {
        if (path != null && !EVERY_PATH.matcher(path.strip()).matches()) {
            return List.of();
        }
        return OWN_FILES.stream().map(file -> new RuntimeRule(TOOL, file, Decision.ALLOW, at.position())).toList();
    }
}
