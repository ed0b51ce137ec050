package io.oversight.engine;

import java.util.Locale;

/**
 * The outcome of one control: {@code PASS}, {@code FAIL} (an unwaived finding), {@code WAIVED}
 * (findings, all waived) or {@code NOT_EVALUATED} (no rule implements it yet, or it was not selected).
 */
public enum ControlStatus {
    PASS, FAIL, WAIVED, NOT_EVALUATED;

    /** The status as reports write it ({@code not-evaluated}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
