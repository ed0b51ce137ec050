package io.oversight.engine.facts;

import io.oversight.engine.WaiverState;

/**
 * Why a waiver waives nothing. When several rules void one waiver, the first in declaration order
 * is the reason given.
 */
public enum VoidReason {
    /** Its date has passed. */
    EXPIRED(WaiverState.EXPIRED),
    /** Its approver owns the waived agent while the control's default severity is high or critical. */
    SELF_APPROVED(WaiverState.SELF_APPROVED),
    /** Its approver is the person whose credentials the waived agent acts with. */
    CREDENTIAL_HOLDER(WaiverState.CREDENTIAL_HOLDER),
    /** It names no agent, for a control that can report a critical finding. */
    DEPLOYMENT_WIDE_CRITICAL(WaiverState.DEPLOYMENT_WIDE_CRITICAL),
    /** It waives the control that judges waivers, whose findings say which waivers do not hold, or forbidden practices. */
    NOT_WAIVABLE(WaiverState.NOT_WAIVABLE);

    private final WaiverState state;

    VoidReason(WaiverState state) {
        this.state = state;
    }

    /** The state a waiver void for this reason is reported in. */
    public WaiverState state() {
        return state;
    }
}
