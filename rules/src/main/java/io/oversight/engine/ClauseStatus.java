package io.oversight.engine;

import java.util.Locale;

/**
 * The status of one clause on the as-of date. Declared in the order reports list them: scored
 * statuses first, then those that wait for a date, a human or a control, then the inapplicable.
 */
public enum ClauseStatus {
    MET,
    GAP,
    /** Applies from a later date. */
    UPCOMING,
    /** No field of the format can prove it; a human confirms it. */
    NEEDS_ATTESTATION,
    /** A control behind it was not run. */
    NOT_EVALUATED,
    NOT_APPLICABLE;

    /** The status as reports write it ({@code needs-attestation}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the clause counts towards the framework's score (applicable and in force). */
    public boolean scored() {
        return this == MET || this == GAP;
    }

    /** Whether the clause binds the deployment today, so that an attestation of it is due. */
    public boolean due() {
        return this != UPCOMING && this != NOT_APPLICABLE;
    }
}
