package io.oversight.engine;

import java.util.Locale;

/**
 * The status of one clause on the as-of date. Declared in the order reports list them: the
 * assessed statuses first, then those in force that no rule settled, then those outside the
 * deployment's obligations today.
 */
public enum ClauseStatus {
    /** A control behind it examined at least one subject the clause binds, and none failed. */
    MET,
    GAP,
    /**
     * Every finding against it is waived: a rule found it not met, and an approver accepted the
     * risk for a time. Scored as not met, since a waiver accepts a gap rather than closing it.
     */
    RISK_ACCEPTED,
    /** No rule can judge it and no attestation stands in: it counts against coverage. */
    NOT_ASSESSED,
    /** Whether it binds depends on a fact the file lacks, such as an unclassified agent's risk tier. */
    UNDETERMINED,
    /** No field of the format can prove it; a human confirms it. */
    NEEDS_ATTESTATION,
    /** A control behind it was not run. */
    NOT_EVALUATED,
    /** Applies from a later date. */
    UPCOMING,
    NOT_APPLICABLE;

    /** The status as reports write it ({@code needs-attestation}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a rule found the clause not met: a gap, or a gap whose findings are all waived. */
    public boolean broken() {
        return this == GAP || this == RISK_ACCEPTED;
    }

    /** Whether a rule settled the clause, so that it counts in the share of assessed clauses met. */
    public boolean scored() {
        return this == MET || this == GAP || this == RISK_ACCEPTED;
    }

    /**
     * Whether the clause binds, or may bind, the deployment today: the part of a framework that
     * coverage is measured against, and the clauses whose attestations are due.
     */
    public boolean due() {
        return this != UPCOMING && this != NOT_APPLICABLE;
    }

    /** A number of clauses with this status, as the reports' prose writes it: "1 gap", "13 gaps", "3 need attestation". */
    public String counted(long count) {
        String words = switch (this) {
            case GAP -> count == 1 ? "gap" : "gaps";
            case NEEDS_ATTESTATION -> count == 1 ? "needs attestation" : "need attestation";
            case MET, RISK_ACCEPTED, NOT_ASSESSED, UNDETERMINED, NOT_EVALUATED, UPCOMING, NOT_APPLICABLE -> label().replace('-', ' ');
        };
        return count + " " + words;
    }
}
