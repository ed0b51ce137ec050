package io.oversight.engine;

import java.util.Locale;

/** Whether a declared waiver applies: {@code ACTIVE}, or void because it {@code EXPIRED} or is {@code SELF_APPROVED}. */
public enum WaiverState {
    ACTIVE, EXPIRED, SELF_APPROVED;

    /** The state as reports write it ({@code self-approved}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
