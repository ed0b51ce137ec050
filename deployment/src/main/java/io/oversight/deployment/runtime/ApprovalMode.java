package io.oversight.deployment.runtime;

/**
 * How a runtime treats the actions no rule decides: the baseline a coding agent's session runs
 * with. Each constant names the runtime settings that select it.
 */
public enum ApprovalMode {
    /** Asks before anything but reads: Claude Code's {@code default} ({@code manual}), Codex's {@code untrusted}. */
    ASK,
    /** File edits run without asking, other actions ask: Claude Code's {@code acceptEdits}. */
    ACCEPT_EDITS,
    /** Nothing that changes anything runs until a plan is approved: Claude Code's {@code plan} where auto mode is not available. */
    PLAN,
    /**
     * Claude Code's {@code plan} where auto mode is available: while Claude plans, the auto-mode
     * classifier, not a person, approves the shell commands it cannot prove read-only
     * ({@code useAutoModeDuringPlan}, on unless set false); other tools wait for the plan as in {@link #PLAN}.
     */
    PLAN_CLASSIFIER,
    /** Whatever would ask is refused instead; only allowed actions run: Claude Code's {@code dontAsk}. */
    DENY_UNLISTED,
    /**
     * A model, not a person, approves each action: Claude Code's {@code auto}; Codex's
     * {@code on-request} (or granular) with {@code approvals_reviewer = "auto_review"}.
     */
    CLASSIFIER,
    /** Runs inside its sandbox without asking and asks to go beyond it when the model requests: Codex's {@code on-request}. */
    ASK_ON_REQUEST,
    /** Runs inside its sandbox without asking and asks to retry outside it after a failure: Codex's {@code on-failure}. */
    ASK_ON_FAILURE,
    /**
     * Runs inside its sandbox without asking and refuses whatever would go beyond it, asking no one:
     * Codex's {@code never} ("failures are returned to the model, never escalated"), whose sandbox
     * holds unless it is danger-full-access.
     */
    SANDBOX_ONLY,
    /** Never asks: Claude Code's {@code bypassPermissions}. */
    NEVER_ASK;

    /** Whether file edits run unasked: acceptEdits, and the modes that run everything unasked or by a model's leave. */
    public boolean editsUnasked() {
        return this == ACCEPT_EDITS || this == NEVER_ASK || this == CLASSIFIER;
    }

    /** Whether commands run unasked inside the sandbox, so what the sandbox lets them reach runs unasked too. */
    public boolean runsInSandbox() {
        return this == ASK_ON_REQUEST || this == ASK_ON_FAILURE || this == SANDBOX_ONLY;
    }

    /** Whether whatever would ask a person is refused instead, so no prompt is ever shown (nor answered by a hook). */
    public boolean refusesWhatWouldAsk() {
        return this == DENY_UNLISTED || this == SANDBOX_ONLY;
    }
}
