package io.oversight.engine.facts;

import java.time.LocalDate;

/** The as-of date: every "within N days" is measured from it. */
public record AssessmentDate(LocalDate date) {

    /**
     * Whether {@code day} is at most {@code days} before the as-of date; never true for a missing
     * date, nor for one after the as-of date: a test or review dated later has not happened yet,
     * and a mistyped year (2062 for 2026) must not stay recent for ever.
     */
    public boolean within(LocalDate day, int days) {
        return day != null && !day.isBefore(date.minusDays(days)) && !day.isAfter(date);
    }

    /**
     * Whether {@code day} is set and not after the as-of date: an assessment of any age counts as
     * done, one dated later has not been done yet.
     */
    public boolean reached(LocalDate day) {
        return day != null && !day.isAfter(date);
    }

    /** Whether {@code day} is after the as-of date. */
    public boolean precedes(LocalDate day) {
        return day != null && day.isAfter(date);
    }
}
