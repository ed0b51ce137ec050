package io.oversight.engine.facts;

/**
 * Why a waiver waives nothing. When several rules void one waiver, the first in declaration order
 * is the reason given.
 */
public enum VoidReason {
    /** Its date has passed. */
    EXPIRED,
    /** Its approver owns the waived agent while the control's default severity is high or critical. */
    SELF_APPROVED
}
