package io.oversight.engine;

import java.util.Locale;

/**
 * Whether a declared waiver applies: {@code ACTIVE}, or void because it {@code EXPIRED}, is
 * {@code SELF_APPROVED}, is approved by the {@code CREDENTIAL_HOLDER} whose credentials the agent
 * uses, or waives a critical control for the whole deployment ({@code DEPLOYMENT_WIDE_CRITICAL}).
 */
public enum WaiverState {
    ACTIVE, EXPIRED, SELF_APPROVED, CREDENTIAL_HOLDER, DEPLOYMENT_WIDE_CRITICAL, NOT_WAIVABLE;

    /** The state as reports write it ({@code self-approved}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
