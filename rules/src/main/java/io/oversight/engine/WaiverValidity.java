package io.oversight.engine;

import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.facts.VoidReason;
import java.time.LocalDate;

/**
 * When a declared waiver waives nothing, and how that is said. A waiver is void once it has
 * expired, or when the owner of the waived agent approved it for a control whose default severity
 * is high or critical: nobody accepts a serious risk of their own alone. The rules behind AC-06
 * ({@code derive.drl}), the waiver statuses of an assessment and {@code oversight waivers lint}
 * all decide it here.
 */
public final class WaiverValidity {

    /** How many days ahead an expiry is announced. */
    public static final int EXPIRY_NOTICE_DAYS = 30;

    private WaiverValidity() {
    }

    /** Whether {@code waiver} expired before {@code asOf}. */
    public static boolean expired(Waiver waiver, LocalDate asOf) {
        return waiver.expires() != null && waiver.expires().isBefore(asOf);
    }

    /** Whether {@code waiver} is still in time on {@code asOf} but expires within {@link #EXPIRY_NOTICE_DAYS}. */
    public static boolean expiresSoon(Waiver waiver, LocalDate asOf) {
        return waiver.expires() != null && !expired(waiver, asOf) && !waiver.expires().isAfter(asOf.plusDays(EXPIRY_NOTICE_DAYS));
    }

    /**
     * Whether {@code waiver} is approved by {@code agentOwner}, the owner of the agent it waives,
     * for a control whose default severity {@code controlSeverity} is high or critical.
     */
    public static boolean selfApproved(Waiver waiver, String agentOwner, Severity controlSeverity) {
        return waiver.agent() != null && waiver.approvedBy() != null && waiver.approvedBy().equals(agentOwner)
                && controlSeverity.atLeast(Severity.HIGH);
    }

    /** What became of an expired waiver: {@code expired on 2026-10-31; its findings count again}. */
    public static String expiryNote(Waiver waiver) {
        return "expired on " + waiver.expires() + "; its findings count again";
    }

    /** Why a waiver void for {@code reason} waives nothing, as an assessment reports it. */
    static String explanation(VoidReason reason, Waiver waiver) {
        return switch (reason) {
            case EXPIRED -> expiryNote(waiver);
            case SELF_APPROVED -> "approved by the waived agent's own owner, who may not accept a high or critical risk alone";
        };
    }
}
