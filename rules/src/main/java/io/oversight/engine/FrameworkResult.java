package io.oversight.engine;

import io.oversight.catalog.Attestation;
import io.oversight.catalog.Framework;
import java.util.List;

/** A framework's coverage: whether it applies, each clause's status, and the share of scored clauses met. */
public record FrameworkResult(Framework framework, boolean applicable, Double score, List<ClauseResult> clauses,
                              List<Attestation> attestations) {

    public FrameworkResult {
        clauses = List.copyOf(clauses);
        attestations = List.copyOf(attestations);
    }

    public long count(ClauseStatus status) {
        return clauses.stream().filter(c -> c.status() == status).count();
    }
}
