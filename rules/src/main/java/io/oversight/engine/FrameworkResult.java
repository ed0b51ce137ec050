package io.oversight.engine;

import io.oversight.catalog.Attestation;
import io.oversight.catalog.Framework;
import java.util.List;

/**
 * A framework's coverage: whether it applies (and where it would, when it does not:
 * {@code elsewhere}, such as "applies only in EU, or where governance.incidentResponse.regimes
 * lists gdpr"; null when it applies), each clause's status, and two shares: of the assessed
 * clauses, how many are met ({@link #score()}); of the clauses that bind or may bind today, how
 * many were assessed at all ({@link #assessedShare()}). {@code stateUnnamed}: a US state's law for a
 * deployment that lists the United States but no state, which may apply (see {@link Framework#mayApplyInAState}).
 */
public record FrameworkResult(Framework framework, boolean applicable, String elsewhere, List<ClauseResult> clauses,
                              List<Attestation> attestations, boolean stateUnnamed) {

    public FrameworkResult {
        clauses = List.copyOf(clauses);
        attestations = List.copyOf(attestations);
    }

    public long count(ClauseStatus status) {
        return clauses.stream().filter(c -> c.status() == status).count();
    }

    /** Whether the framework applies by jurisdiction, yet none of its clauses binds the deployment (GDPR with no personal data). */
    public boolean noClauseApplies() {
        return applicable && !stateUnnamed && !clauses.isEmpty() && count(ClauseStatus.NOT_APPLICABLE) == clauses.size();
    }

    /**
     * Why whether a state's law binds is undetermined, for a deployment that lists the United States but no state:
     * {@code metadata.jurisdictions lists US but not US-TX}; null for any other framework.
     */
    public String unnamedState() {
        return stateUnnamed ? "metadata.jurisdictions lists " + Framework.UNITED_STATES + " but not " + String.join(" or ", framework.jurisdictions())
                : null;
    }

    /**
     * Whether the framework may apply where the deployment is, but whether it binds it the file
     * leaves open: a state's law where the file names no state, or a framework every clause of
     * which is undetermined (NIS2 when the file does not say whether the organization is an entity
     * NIS2 names).
     */
    public boolean whetherItBindsUndetermined() {
        return stateUnnamed || applicable && !clauses.isEmpty() && count(ClauseStatus.UNDETERMINED) == clauses.size();
    }

    /** Clauses met or with a gap. */
    public long assessed() {
        return clauses.stream().filter(ClauseResult::scored).count();
    }

    /** Clauses that bind or may bind the deployment today. */
    public long due() {
        return clauses.stream().filter(c -> c.status().due()).count();
    }

    /** The share of assessed clauses that are met, or null when none was assessed. */
    public Double score() {
        return share(count(ClauseStatus.MET), assessed());
    }

    /** The share of the clauses due today that a rule assessed, or null when none is due. */
    public Double assessedShare() {
        return share(assessed(), due());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
