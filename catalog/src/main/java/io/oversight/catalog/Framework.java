package io.oversight.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A regulation or standard. It applies to a deployment when {@code jurisdictions} is empty (good
 * practice everywhere) or shares a jurisdiction with the deployment.
 */
public record Framework(String id, String title, String citation, String url, List<String> jurisdictions,
                        LocalDate effective, List<Clause> clauses, List<Attestation> attestations) {

    public Framework {
        jurisdictions = jurisdictions == null ? List.of() : List.copyOf(jurisdictions);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
    }

    public Optional<Clause> clause(String clauseId) {
        return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
    }

    public boolean appliesIn(List<String> deploymentJurisdictions) {
        return jurisdictions.isEmpty() || jurisdictions.stream().anyMatch(deploymentJurisdictions::contains);
    }
}
