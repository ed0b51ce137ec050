package io.oversight.engine;

import io.oversight.catalog.Clause;
import java.util.List;

/**
 * The status of one clause for one deployment on the as-of date: {@code met}, {@code gap},
 * {@code upcoming} (applies from a later date), {@code needs-attestation} (no field of the format
 * can prove it), {@code not-applicable}, or {@code not-evaluated} (a control behind it was not run).
 * {@code findings} are the fingerprints of the open findings that make it a gap.
 */
public record ClauseResult(Clause clause, String status, List<String> controls, List<String> findings, String reason) {

    public ClauseResult {
        controls = List.copyOf(controls);
        findings = List.copyOf(findings);
    }

    /** Whether the clause counts towards the framework's score (applicable and in force). */
    public boolean scored() {
        return status.equals("met") || status.equals("gap");
    }
}
