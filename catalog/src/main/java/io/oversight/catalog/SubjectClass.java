package io.oversight.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The subjects a control's rule examines, as a control's {@code appliesTo} names them. A clause
 * counts as met only when one of its controls had a subject to examine in the deployment; a
 * control with none leaves its clauses not applicable, and {@link #absence()} says why, unless the
 * clauses bind without such subjects too ({@link #unjudged()}): they are then not assessed.
 */
public enum SubjectClass {
    /** The deployment as a whole: its governance, which every deployment has. */
    DEPLOYMENT("deployment", "nothing"),
    AGENTS("agents", "no agent"),
    /**
     * Agents that act alone (and, below, those of them that hold high-impact or destructive verbs).
     * Clauses about stopping or overseeing a system bind agents that advise or wait for approval
     * too; the rules judge only these, so their absence leaves such a clause unassessed, not
     * inapplicable.
     */
    ACTING_ALONE_AGENTS("acting-alone-agents", "no agent acts alone", Unjudged.OTHER_AGENTS),
    HIGH_RISK_AGENTS("high-risk-agents", "no agent is riskTier: high"),
    ADVISORY_AGENTS("advisory-agents", "no advisory agent"),
    USER_FACING_AGENTS("user-facing-agents", "no user-facing agent"),
    PERSONAL_DATA_AGENTS("personal-data-agents", "no agent handles personal data"),
    AGENTS_WITH_DELEGATION("agents-with-delegation", "no agent delegates to another"),
    /**
     * Agents that state a use case, or the one tier that names a prohibited practice
     * (unacceptable): what a prohibited practice is judged from. Another tier says nothing of what
     * an agent is used for.
     */
    DESCRIBED_AGENTS("described-agents", "no agent states a use case"),
    /** Agents that state both their riskTier and a use case: a classification is judged against the uses. */
    CLASSIFIED_AGENTS_WITH_USES("classified-agents-with-uses", "no agent states both its riskTier and a use case"),
    /**
     * High-risk agents under the EU AI Act (jurisdiction EU, not on the Annex I route) used for credit scoring or insurance pricing, or by a public-sector
     * organization in any Annex III area but critical infrastructure.
     */
    FUNDAMENTAL_RIGHTS_AGENTS("fundamental-rights-agents",
            "no high-risk agent under the EU AI Act scores credit, prices insurance or serves a public-sector"
                    + " organization in an Annex III area other than critical infrastructure"),
    HIGH_IMPACT_AGENTS("high-impact-agents", "no agent holds a high-impact verb"),
    PRODUCTION_HIGH_IMPACT_AGENTS("production-high-impact-agents", "no agent holds a high-impact verb in production"),
    ACTING_ALONE_PRODUCTION_HIGH_IMPACT_AGENTS("acting-alone-production-high-impact-agents",
            "no agent that acts alone holds a high-impact verb in production", Unjudged.OTHER_AGENTS),
    DESTRUCTIVE_AGENTS("destructive-agents", "no agent holds a destructive verb"),
    ACTING_ALONE_DESTRUCTIVE_AGENTS("acting-alone-destructive-agents", "no agent that acts alone holds a destructive verb", Unjudged.OTHER_AGENTS),
    CRITICAL_DESTRUCTIVE_AGENTS("critical-destructive-agents", "no agent holds a destructive verb in a critical environment or a production one of no stated criticality"),
    /**
     * Agents that hold rights their own written entries do not spell out: imported from a policy or
     * manifest, borrowed with someone else's credentials, or reached through a declared role.
     */
    RIGHTS_BEYOND_WRITTEN("rights-beyond-written", "no agent holds rights beyond the entries it writes: none imported, borrowed or reached"
            + " through a role"),
    /**
     * Permissions whose environments can be judged against the agent's job: those of an agent that
     * declares its environments, and production ones (which need a declaration).
     */
    SCOPED_PERMISSIONS("scoped-permissions", "no agent that holds a permission declares its environments or holds one in production"),
    PRODUCTION_PERMISSIONS("production-permissions", "no permission is granted in a production environment"),
    CHECKPOINTS("checkpoints", "no agent has an approval checkpoint"),
    /** Checkpoints of agents that name the runtime configuration they run with ({@code agents[].runtime}). */
    RUNTIME_CHECKPOINTS("runtime-checkpoints", "no agent with an approval checkpoint names the configuration it runs with (runtime)"),
    /**
     * Agents holding a high-impact verb in an environment under a change freeze, the only ones a
     * freeze must stop. The change-control clauses its control cites bind without a freeze too.
     */
    FROZEN_HIGH_IMPACT_AGENTS("frozen-high-impact-agents", "no agent holds a high-impact verb in an environment under a change freeze",
            "no rule judges change control outside a freeze"),
    /**
     * Agents that can change the system where change control watches: a high-impact verb other than
     * send or pay in production or under a change freeze, or a runtime configuration whose tools may
     * reach one. Change-control clauses bind these alone: a gate on sends says nothing of them.
     */
    CHANGE_AGENTS("change-agents", "no agent holds a verb that changes the system (deploy, update, delete, grant, admin, execute or \"*\")"
            + " in production or under a change freeze, nor runs with a runtime configuration whose tools could"),
    /** Production environments where an agent holds delete, admin or "*". */
    AGENT_DELETABLE_ENVIRONMENTS("agent-deletable-environments", "no agent can delete or administer a production environment"),
    /** Roles kept for emergencies ({@code roles[].breakGlass}). */
    BREAK_GLASS_ROLES("break-glass-roles", "no role is marked break-glass"),
    /** Waivers. The clauses on documenting accepted and residual risks bind a deployment that accepts none too. */
    WAIVERS("waivers", "no waiver", "no rule judges how risks that no waiver accepts are recorded"),
    /** Agents that make or materially influence decisions about people, as declared or presumed from their uses. */
    DECISION_AGENTS("decision-agents", "no agent decides about people"),
    /**
     * Agents not used for critical infrastructure alone (Annex III point 2), which EU AI Act Art. 86
     * leaves out of the right to an explanation: every agent but one whose high-risk uses are all that.
     */
    EXPLANATION_DUTY_AGENTS("explanation-duty-agents", "every agent's high-risk uses are critical infrastructure alone"),
    /** Agents that decide about people, in a deployment under California's rules on automated decisions ({@code US-CA}). */
    CALIFORNIA_DECISION_AGENTS("california-decision-agents", "no agent decides about people in a deployment under US-CA"),
    /** Agents that decide about people, in a deployment under the Colorado AI Act ({@code US-CO}). */
    COLORADO_DECISION_AGENTS("colorado-decision-agents", "no agent decides about people in a deployment under US-CO"),
    /** Agents that decide about people and act alone: decisions no person takes, as GDPR Art. 22 means them. */
    SOLE_DECISION_AGENTS("sole-decision-agents", "no agent takes decisions about people on its own"),
    /** Agents used for biometric identification (the use {@code biometric-identification}, Annex III point 1(a)). */
    BIOMETRIC_IDENTIFICATION_AGENTS("biometric-identification-agents", "no agent is used for biometric identification"),
    /** Agents used to generate content (the use {@code content-generation}), whose outputs EU AI Act Art. 50(2) has marked. */
    CONTENT_GENERATING_AGENTS("content-generating-agents", "no agent is used for content generation"),
    /** The deployment, when its organization declares NIS2 among its incident regimes. */
    NIS2_ENTITY("nis2-entity", "the organization does not declare nis2 among its incident regimes"),
    /** The deployment, when it declares gdpr among its incident regimes or an agent handles personal data under EU. */
    GDPR_BREACH_DUTY("gdpr-breach-duty", "no agent handles personal data under EU, and the organization does not declare gdpr"
            + " among its incident regimes"),
    /** The deployment, when its organization declares DORA among its incident regimes. */
    DORA_ENTITY("dora-entity", "the organization does not declare dora among its incident regimes");

    /** Written once for the classes of agents that act alone. */
    private static final class Unjudged {
        static final String OTHER_AGENTS = "no rule judges it for the other agents";
    }

    private final String word;
    private final String absence;
    private final String unjudged;

    SubjectClass(String word, String absence) {
        this(word, absence, null);
    }

    SubjectClass(String word, String absence, String unjudged) {
        this.word = word;
        this.absence = absence;
        this.unjudged = unjudged;
    }

    /** The word the catalog writes, such as {@code user-facing-agents}. */
    @JsonValue
    public String word() {
        return word;
    }

    /** Why a control of this class examined nothing, such as {@code no user-facing agent}. */
    public String absence() {
        return absence;
    }

    /** Whether the subjects of this class are environments, not agents or the deployment. */
    public boolean environments() {
        return this == AGENT_DELETABLE_ENVIRONMENTS;
    }

    /**
     * What no rule judges of a clause whose controls examine this class, when there is none of it
     * ({@code no rule judges it for the other agents}); null for a class that scopes its clauses.
     */
    public String unjudged() {
        return unjudged;
    }

    /** The class written as {@code word}, if it is one. */
    public static Optional<SubjectClass> ofWord(String word) {
        for (SubjectClass c : values()) {
            if (c.word.equals(word)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
