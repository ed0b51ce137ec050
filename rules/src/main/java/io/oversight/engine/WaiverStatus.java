package io.oversight.engine;

import io.oversight.deployment.model.Waiver;

/**
 * A declared waiver, whether it applies, and for a void one why not. {@code findingsMatched} counts
 * the findings of its control and agent, {@code findingsOutgrown} those it leaves open, as they grew
 * since a baseline run in which it was already in force ({@link Baseline#outgrows}) and no waiver
 * written since covers them.
 */
public record WaiverStatus(Waiver waiver, WaiverState status, int findingsMatched, int findingsWaived, int findingsOutgrown, String reason) {

    public boolean active() {
        return status == WaiverState.ACTIVE;
    }

    /**
     * What became of the findings of a waiver in force that an earlier waiver covers, as every
     * report words it after saying the waiver is in force; null for any other: it is a duplicate,
     * not one that matches no finding.
     */
    public String coveredNote() {
        return active() && findingsMatched > 0 && findingsWaived == 0 && findingsOutgrown == 0
                ? "the " + (findingsMatched == 1 ? "finding it matches is" : findingsMatched + " findings it matches are")
                + " waived by a waiver written before it" : null;
    }

    /** What the waiver left open, as every report words it; null when it left nothing open. */
    public String outgrownNote() {
        return findingsOutgrown == 0 ? null : "in force in the baseline's run, it does not cover " + findingsOutgrown
                + (findingsOutgrown == 1 ? " finding" : " findings") + " new since (not there then, listing more, or more severe):"
                + " a gap that grew after a waiver was approved needs a waiver of its own";
    }
}
