package io.oversight.engine;

import io.oversight.deployment.model.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which agents decide about people, with legal or similarly significant effects, and which of the
 * safeguards the laws on such decisions share they lack. TR-03's rule and the coverage of its
 * clauses both decide it here, and TR-04 and RM-08 take the agents they examine from it.
 */
public final class PeopleDecisions {

    /**
     * Uses where an agent is presumed to make or shape such decisions unless the file says it does
     * not: the consequential decisions of Colorado SB 26-189 that are also EU AI Act Annex III areas.
     */
    private static final Set<String> CONSEQUENTIAL_USES = Set.of("employment", "credit", "insurance-pricing", "education",
            "essential-services");

    private PeopleDecisions() {
    }

    /** Whether {@code agent} makes or materially influences decisions about people: as declared, else presumed from its uses. */
    public static boolean made(Agent agent) {
        Boolean declared = agent.decisions() == null ? null : agent.decisions().aboutPeople();
        return declared != null ? declared : agent.useCases().stream().anyMatch(CONSEQUENTIAL_USES::contains);
    }

    /** Whether the file says records are kept of the agent's part in each such decision ({@code decisions.records: true}). */
    public static boolean recorded(Agent agent) {
        return agent.decisions() != null && Boolean.TRUE.equals(agent.decisions().records());
    }

    /** The keys of {@code decisions} that are not true, in the format's order: notice, explanation, humanReview, appeal, correction. */
    public static List<String> missingSafeguards(Agent agent) {
        Agent.Decisions d = agent.decisions();
        List<String> missing = new ArrayList<>();
        if (d == null || !Boolean.TRUE.equals(d.notice())) {
            missing.add("notice");
        }
        if (d == null || !Boolean.TRUE.equals(d.explanation())) {
            missing.add("explanation");
        }
        if (d == null || !Boolean.TRUE.equals(d.humanReview())) {
            missing.add("humanReview");
        }
        if (d == null || !Boolean.TRUE.equals(d.appeal())) {
            missing.add("appeal");
        }
        if (d == null || !Boolean.TRUE.equals(d.correction())) {
            missing.add("correction");
        }
        return missing;
    }
}
