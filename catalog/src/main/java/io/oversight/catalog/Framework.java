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

    /** The United States as a deployment lists it without a state; the states are US-CO, US-CA, US-TX. */
    public static final String UNITED_STATES = "US";

    /** How a US state's code starts. */
    private static final String US_STATE = UNITED_STATES + "-";

    /**
     * Whether the framework is a US state's law that may bind a deployment listing {@code deploymentJurisdictions}:
     * they name the United States and no state at all, so whether it operates in the framework's state the file does
     * not say. A list that names states names those it operates in.
     */
    public boolean mayApplyInAState(List<String> deploymentJurisdictions) {
        return !jurisdictions.isEmpty() && jurisdictions.stream().allMatch(j -> j.startsWith(US_STATE))
                && deploymentJurisdictions.contains(UNITED_STATES) && deploymentJurisdictions.stream().noneMatch(j -> j.startsWith(US_STATE));
    }
}
