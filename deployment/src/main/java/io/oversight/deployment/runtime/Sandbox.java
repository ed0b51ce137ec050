package io.oversight.deployment.runtime;

/** What the operating-system sandbox lets the agent's commands touch (Codex's {@code sandbox_mode}). */
public enum Sandbox {
    /** Commands read any file and write none. */
    READ_ONLY,
    /** Commands write inside the workspace (and the roots added to it) only. */
    WORKSPACE_WRITE,
    /** No sandbox: commands run with the operator's full rights. */
    FULL_ACCESS
}
