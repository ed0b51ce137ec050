package io.oversight.deployment.runtime;

/** What a runtime does when the agent calls a tool or action a rule matches. */
public enum Decision {
    /** It runs without anyone being asked. */
    ALLOW("allow"),
    /** A person is asked to approve it before it runs. */
    ASK("ask"),
    /** It is refused. */
    DENY("deny"),
    /**
     * A hook the runtime runs before the tool (Claude Code's PreToolUse) may approve it: what the
     * hook decides is a command's or a model's, not the file's. A rule that asks or refuses still holds.
     */
    PRE_TOOL_USE_HOOK("hook:pre-tool-use"),
    /**
     * A hook answers the runtime's request for approval in the person's place (Claude Code's
     * PermissionRequest). Only a rule that refuses still holds.
     */
    PERMISSION_REQUEST_HOOK("hook:permission-request");

    private final String setting;

    Decision(String setting) {
        this.setting = setting;
    }

    /** The setting the catalog's runtime-gates.yaml judges: {@code allow}, {@code hook:pre-tool-use}. */
    public String setting() {
        return setting;
    }
}
