package io.oversight.catalog;

import java.time.LocalDate;

/**
 * A severity other than its control's default, taken when the rule reporting a violation names
 * the condition {@code when} (such as {@code critical-environment}). {@code reason} completes the
 * severity into prose: "critical" and "in a critical environment".
 *
 * <p>An escalation a law makes names that law's {@code framework}: it holds once a clause of that
 * framework the control cites binds, {@code from} that day on (null: already in force), so a
 * finding is not rated by a duty the law has not yet imposed; for an agent that is high-risk as a
 * product under Annex I of the EU AI Act, whose high-risk duties bind later, from
 * {@code fromAnnexI} (null: the same day). The catalog's loader works out both days from the
 * clauses' dates; they are never written.
 */
public record Escalation(String when, Severity severity, String reason, String framework, LocalDate from, LocalDate fromAnnexI) {

    /** Whether the escalation holds on {@code asOf}, for a subject on the Annex I route or not. */
    public boolean holdsOn(LocalDate asOf, boolean annexI) {
        LocalDate day = annexI && fromAnnexI != null ? fromAnnexI : from;
        return day == null || !asOf.isBefore(day);
    }

    /** The escalation as a reader sees it: "critical in a critical environment", "high when EU applies, from 2027-12-02". */
    public String describe() {
        return severity.label() + " " + reason + (from == null ? "" : ", from " + from)
                + (fromAnnexI == null || fromAnnexI.equals(from) ? "" : " (" + fromAnnexI + " under Annex I)");
    }

    /** The same escalation, holding from {@code day}, and from {@code annexIDay} on the Annex I route. */
    Escalation holdingFrom(LocalDate day, LocalDate annexIDay) {
        return new Escalation(when, severity, reason, framework, day, annexIDay);
    }
}
