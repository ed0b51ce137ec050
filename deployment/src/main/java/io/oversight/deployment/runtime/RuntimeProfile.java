package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/**
 * A named set of settings the runtime can be started with (Codex's {@code [profiles.NAME]}); null
 * fields are not set by it. {@code selected} when the file selects it. When it does, the file's
 * top level is a profile too, named {@link #TOP_LEVEL}: the others inherit from it, not from the
 * selected one, so its settings can still be started with.
 */
public record RuntimeProfile(String name, Position position, Located<ApprovalMode> mode, Located<Sandbox> sandbox, boolean selected) {

    /** The name of the file's top-level settings as a profile. */
    public static final String TOP_LEVEL = "";

    public boolean topLevel() {
        return name.equals(TOP_LEVEL);
    }
}
