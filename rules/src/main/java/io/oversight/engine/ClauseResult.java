package io.oversight.engine;

import io.oversight.catalog.Clause;
import java.util.List;

/**
 * The status of one clause for one deployment on the as-of date, and why.
 * {@code findings} are the fingerprints of the open findings that make it a gap.
 */
public record ClauseResult(Clause clause, ClauseStatus status, List<String> controls, List<String> findings, String reason) {

    public ClauseResult {
        controls = List.copyOf(controls);
        findings = List.copyOf(findings);
    }

    /** Whether the clause counts towards the framework's score (applicable and in force). */
    public boolean scored() {
        return status.scored();
    }
}
