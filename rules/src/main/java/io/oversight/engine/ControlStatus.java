package io.oversight.engine;

import java.util.Locale;

/**
 * The outcome of one control: {@code PASS} (its rule examined what the deployment holds of its
 * subjects and found nothing wrong), {@code FAIL} (an unwaived finding), {@code WAIVED} (findings,
 * all waived), {@code NOTHING_TO_CHECK} (no finding, but the deployment holds none of the subjects
 * its rule examines, so nothing was looked at) or {@code NOT_EVALUATED} (no rule implements it
 * yet, or it was not selected).
 */
public enum ControlStatus {
    PASS, FAIL, WAIVED, NOTHING_TO_CHECK, NOT_EVALUATED;

    /** The status as reports write it ({@code not-evaluated}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
