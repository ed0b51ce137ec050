package io.oversight.deployment.runtime;

/**
 * The settings that take a permission mode away from every Claude Code session, whichever settings
 * file writes them (code.claude.com/docs/en/settings-reference): {@code disableAutoMode} (at the top
 * level or under {@code permissions}) and {@code permissions.disableBypassPermissionsMode}, each
 * {@code "disable"}. A session that would start in the mode taken away starts in Manual
 * ({@code default}) instead, and a subagent's {@code permissionMode} of that mode is ignored (the
 * settings reference says so of bypassPermissions; auto mode, taken away, is not there to run in).
 * Each lock is where it is written; null when no file writes it. {@code planAuto} is
 * {@code useAutoModeDuringPlan}, the file of highest precedence's that sets it: whether plan mode
 * lets the auto-mode classifier approve shell commands (on unless set false, and unless auto mode
 * is taken away).
 */
record ClaudeCodeModeLocks(Located<Boolean> auto, Located<Boolean> bypass, Located<Boolean> planAuto) {

    static final ClaudeCodeModeLocks NONE = new ClaudeCodeModeLocks(null, null, null);

    /**
     * The mode a session starts in when no settings file sets {@code permissions.defaultMode} and
     * nothing takes auto mode away: Claude Code v2.1.283 and later start interactive terminal and VS
     * Code sessions in auto mode, where a classifier model approves each action. {@code claude -p}
     * starts in Manual where it fetches feature flags, but the file does not say how the agent is run.
     */
    static final ApprovalMode BUILT_IN = ApprovalMode.CLASSIFIER;

    /** These locks, as written in {@code file}, another file of the settings read together. */
    ClaudeCodeModeLocks in(String file) {
        return new ClaudeCodeModeLocks(auto == null ? null : auto.in(file), bypass == null ? null : bypass.in(file),
                planAuto == null ? null : planAuto.in(file));
    }

    /** These locks and {@code other}'s: a lock in any file holds; where both write one, this one is cited. */
    ClaudeCodeModeLocks and(ClaudeCodeModeLocks other) {
        return new ClaudeCodeModeLocks(auto != null ? auto : other.auto, bypass != null ? bypass : other.bypass,
                planAuto != null ? planAuto : other.planAuto);
    }

    /** The lock that takes {@code mode} away (auto mode's, bypassPermissions'), or null when none does. */
    private Located<Boolean> lockOf(ApprovalMode mode) {
        return mode == ApprovalMode.CLASSIFIER ? auto : mode == ApprovalMode.NEVER_ASK ? bypass : null;
    }

    /** Whether these locks take {@code mode} away from every session and subagent. */
    boolean takesAway(ApprovalMode mode) {
        return lockOf(mode) != null;
    }

    /**
     * The mode a session starts in whose settings set {@code mode} (null: none): Manual, cited at the
     * lock, where the lock takes away the mode it would start in (auto, set or built in; bypass),
     * else {@code mode} itself, null where none is set and the built-in mode applies.
     */
    Located<ApprovalMode> starting(Located<ApprovalMode> mode) {
        Located<Boolean> lock = lockOf(mode == null ? BUILT_IN : mode.value());
        return lock == null ? planning(mode) : new Located<>(ApprovalMode.ASK, lock.position(), lock.file());
    }

    /**
     * {@code mode} as it runs: plan mode with the auto-mode classifier approving shell commands
     * where auto mode is there to run in (Claude Code's permission-modes documentation; its changelog
     * for v2.1.218: "plan mode with auto"), cited where plan is set. Availability also depends on the account
     * and model, which no file shows: read as available, as the built-in auto mode is.
     */
    Located<ApprovalMode> planning(Located<ApprovalMode> mode) {
        boolean classifier = mode != null && mode.value() == ApprovalMode.PLAN && auto == null && (planAuto == null || planAuto.value());
        return classifier ? new Located<>(ApprovalMode.PLAN_CLASSIFIER, mode.position(), mode.file()) : mode;
    }
}
