package io.oversight.engine;

import io.oversight.catalog.Clause;
import java.time.LocalDate;
import java.util.List;

/**
 * The status of one clause for one deployment on the as-of date, and why.
 * {@code findings} are the fingerprints of the open findings that make it a gap, or for an upcoming
 * clause those that would make it one on {@code appliesFrom}, or of the waived findings behind a
 * risk accepted; {@code appliesFrom}
 * is the date from which the clause binds this deployment: the clause's own, or for a high-risk
 * clause whose date depends on its agents' routes, the earliest that applies to one of them.
 */
public record ClauseResult(Clause clause, ClauseStatus status, List<String> controls, List<String> findings, String reason,
                           LocalDate appliesFrom) {

    public ClauseResult {
        controls = List.copyOf(controls);
        findings = List.copyOf(findings);
    }

    /** A result bound from the clause's own date. */
    public ClauseResult(Clause clause, ClauseStatus status, List<String> controls, List<String> findings, String reason) {
        this(clause, status, controls, findings, reason, clause.appliesFrom());
    }

    /** Whether the clause counts towards the framework's score (applicable and in force). */
    public boolean scored() {
        return status.scored();
    }
}
