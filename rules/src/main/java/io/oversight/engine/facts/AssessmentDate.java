package io.oversight.engine.facts;

import java.time.LocalDate;

/** The as-of date: every "within N days" is measured from it. */
public record AssessmentDate(LocalDate date) {

    /** Whether {@code day} is at most {@code days} before the as-of date; never true for a missing date. */
    public boolean within(LocalDate day, int days) {
        return day != null && !day.isBefore(date.minusDays(days));
    }
}
