package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import java.util.List;

/**
 * A named set of settings the runtime can be started with (Codex's {@code [profiles.NAME]}), or
 * runs part of its work with (a Claude Code subagent's {@code permissionMode}, for the tools the
 * subagent has); null fields are not set by it. {@code selected} when the file selects it. When it
 * does, the file's top level is a profile too, named {@link #TOP_LEVEL}: the others inherit from
 * it, not from the selected one, so its settings can still be started with.
 *
 * @param tools the tools its settings apply to, as rules are written ({@code Bash}, {@code Bash(git *)});
 *              {@link #EVERY_TOOL} for all of them
 * @param file  where it is written: null for the configuration's own file, or a subagent's markdown
 *              file (a subagent that sets no mode is a profile too: the hooks of its file run under the session's)
 */
public record RuntimeProfile(String name, Position position, Located<ApprovalMode> mode, Located<Sandbox> sandbox, boolean selected,
                             List<String> tools, String file) {

    /** The name of the file's top-level settings as a profile. */
    public static final String TOP_LEVEL = "";

    /** Every tool of the runtime. */
    public static final String EVERY_TOOL = "*";

    /** Settings for every tool of the runtime. */
    public RuntimeProfile(String name, Position position, Located<ApprovalMode> mode, Located<Sandbox> sandbox, boolean selected) {
        this(name, position, mode, sandbox, selected, List.of(EVERY_TOOL), null);
    }

    public RuntimeProfile {
        tools = List.copyOf(tools);
    }

    public boolean topLevel() {
        return name.equals(TOP_LEVEL);
    }
}
