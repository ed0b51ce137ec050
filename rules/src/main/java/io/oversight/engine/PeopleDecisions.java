package io.oversight.engine;

import io.oversight.deployment.model.Agent;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which agents decide about people, with legal or similarly significant effects, and which of the
 * safeguards the laws on such decisions share they lack. The rules of TR-03 to TR-07 and RM-08 and
 * the coverage of their clauses all take the agents they examine from here, so that they agree.
 */
public final class PeopleDecisions {

    /**
     * Uses where an agent is presumed to make or shape such decisions unless the file says it does
     * not: the consequential decisions of Colorado SB 26-189 that are also EU AI Act Annex III areas.
     */
    private static final Set<String> CONSEQUENTIAL_USES = Set.of("employment", "credit", "insurance-pricing", "education",
            "essential-services");

    /** The CCPA regulations' risk assessments bind processing from this day (§ 7155)... */
    private static final LocalDate CCPA_RISK_ASSESSMENTS_FROM = LocalDate.of(2026, 1, 1);
    /** ...and processing begun before it has until this day for its assessment. */
    private static final LocalDate CCPA_EARLIER_PROCESSING_UNTIL = LocalDate.of(2027, 12, 31);

    private PeopleDecisions() {
    }

    /** Whether {@code agent} makes or materially influences decisions about people: as declared, else presumed from its uses. */
    public static boolean made(Agent agent) {
        Boolean declared = agent.decisions() == null ? null : agent.decisions().aboutPeople();
        return declared != null ? declared : agent.useCases().stream().anyMatch(CONSEQUENTIAL_USES::contains);
    }

    /**
     * The first day California's risk assessment of the agent's part in such decisions is due, from
     * its {@code decisions.since}: after 2027-12-31 for processing begun before 2026, else the day it
     * began, since the assessment comes before it; null when the file does not say when it began.
     */
    static LocalDate californiaAssessmentDueFrom(Agent agent) {
        LocalDate since = since(agent);
        if (since == null) {
            return null;
        }
        return since.isBefore(CCPA_RISK_ASSESSMENTS_FROM) ? CCPA_EARLIER_PROCESSING_UNTIL.plusDays(1) : since;
    }

    /**
     * The last day the agent's assessment may be dated and still be in time (the day before
     * {@link #californiaAssessmentDueFrom}, or that day itself for processing begun since 2026: an
     * assessment of the day the processing begins comes before it); null when the file does not
     * say when it began.
     */
    public static LocalDate californiaAssessmentDueBy(Agent agent) {
        LocalDate since = since(agent);
        if (since == null) {
            return null;
        }
        return since.isBefore(CCPA_RISK_ASSESSMENTS_FROM) ? CCPA_EARLIER_PROCESSING_UNTIL : since;
    }

    /**
     * What a finding of a missing assessment adds about when it is due on {@code asOf}: the day, when
     * {@code decisions.since} puts it later; that it may not be due yet, when the file does not say
     * when the agent began and processing begun before 2026 would still have time; else nothing.
     */
    public static String californiaTiming(Agent agent, LocalDate asOf) {
        LocalDate from = californiaAssessmentDueFrom(agent);
        if (from != null) {
            return from.isAfter(asOf) ? "; it is due by " + californiaAssessmentDueBy(agent) + ", as decisions.since dates its processing" : "";
        }
        return asOf.isAfter(CCPA_EARLIER_PROCESSING_UNTIL) ? ""
                : "; if its processing began before 2026, the assessment is due by 2027-12-31 (decisions.since can say when it began)";
    }

    private static LocalDate since(Agent agent) {
        return agent.decisions() == null ? null : agent.decisions().since();
    }

    /**
     * Whether the file says the agent gives the people concerned {@code safeguard}, one of the keys
     * of {@code decisions}; {@code records}: whether records are kept of its part in each decision;
     * {@code optOut}: whether a person can opt out of the automated processing.
     */
    public static boolean holds(Agent agent, String safeguard) {
        Agent.Decisions d = agent.decisions();
        if (d == null) {
            return false;
        }
        Boolean declared = switch (safeguard) {
            case "notice" -> d.notice();
            case "explanation" -> d.explanation();
            case "humanReview" -> d.humanReview();
            case "appeal" -> d.appeal();
            case "correction" -> d.correction();
            case "records" -> d.records();
            case "optOut" -> d.optOut();
            default -> throw new IllegalArgumentException("not a safeguard of decisions: " + safeguard);
        };
        return Boolean.TRUE.equals(declared);
    }
}
