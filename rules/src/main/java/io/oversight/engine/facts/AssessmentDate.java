package io.oversight.engine.facts;

import java.time.LocalDate;

/** The as-of date: every "within N days" is measured from it. */
public record AssessmentDate(LocalDate date) {

    /** Whether {@code day} is at most {@code days} before the as-of date; never true for a missing date. */
    public boolean within(LocalDate day, int days) {
        return day != null && !day.isBefore(date.minusDays(days));
    }

    /** Whether {@code day} lies before the as-of date (an expiry date that has passed). */
    public boolean passed(LocalDate day) {
        return day != null && day.isBefore(date);
    }
}
