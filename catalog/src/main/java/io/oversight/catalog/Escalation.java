package io.oversight.catalog;

import java.time.LocalDate;

/**
 * A severity other than its control's default, taken when the rule reporting a violation names
 * the condition {@code when} (such as {@code critical-environment}). {@code reason} completes the
 * severity into prose: "critical" and "in a critical environment".
 *
 * <p>An escalation a law makes names that law's {@code framework}: it holds once a clause of that
 * framework the control cites binds, {@code from} that day on (null: already in force), so a
 * finding is not rated by a duty the law has not yet imposed. The catalog's loader works out
 * {@code from} from the clauses' dates; it is never written.
 */
public record Escalation(String when, Severity severity, String reason, String framework, LocalDate from) {

    /** An escalation no law's date holds back. */
    public Escalation(String when, Severity severity, String reason) {
        this(when, severity, reason, null, null);
    }

    /** Whether the escalation holds on {@code asOf}. */
    public boolean holdsOn(LocalDate asOf) {
        return from == null || !asOf.isBefore(from);
    }

    /** The escalation as a reader sees it: "critical in a critical environment", "high when EU applies, from 2027-12-02". */
    public String describe() {
        return severity.label() + " " + reason + (from == null ? "" : ", from " + from);
    }

    /** The same escalation, holding from {@code day}. */
    Escalation from(LocalDate day) {
        return new Escalation(when, severity, reason, framework, day);
    }
}
