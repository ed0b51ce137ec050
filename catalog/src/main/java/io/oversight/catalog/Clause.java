package io.oversight.catalog;

import java.time.LocalDate;

/**
 * One clause of a framework. {@code duty} ({@code provider}, {@code deployer}, {@code both}, or
 * {@code member-states} for a clause that binds no organization) and {@code highRiskOnly} restrict
 * EU AI Act clauses to the roles and systems they bind; {@code government} marks a clause that binds
 * government entities only, and {@code government-or-health-care} one that binds them and
 * health-care providers, as some US state laws split their duties; {@code note} says what the text was
 * checked against, with an UNVERIFIED mark where it rests on secondary sources. {@code annexIFrom},
 * for a high-risk clause whose date depends on how a system is high-risk, is the date it binds
 * systems under Art. 6(1) and Annex I; {@code appliesFrom} is then the date for Annex III systems.
 * {@code annexIIIOnly} marks a high-risk clause whose text binds the systems of Annex III only (such
 * as Art. 86 or Art. 27(1)): it never binds an Annex I product, so it has no {@code annexIFrom}.
 * {@code appliesTo}, where set, is the only kind of agent the clause binds, narrower than its
 * controls judge: GDPR Art. 22 binds decisions made solely by automated means, not an agent whose
 * output a person decides on; Art. 14(5) binds remote biometric identification only.
 */
public record Clause(String id, String title, String gist, LocalDate appliesFrom, String duty, Boolean highRiskOnly, String note,
                     LocalDate annexIFrom, Boolean annexIIIOnly, SubjectClass appliesTo) {

    /** The words {@code duty} may take. */
    public static final java.util.List<String> DUTIES = java.util.List.of("provider", "deployer", "both", "member-states", "government",
            "government-or-health-care");

    /** Whether the clause binds Member States rather than any organization, as Art. 99's penalties do. */
    public boolean bindsStatesOnly() {
        return "member-states".equals(duty);
    }

    /**
     * The day the clause binds a system on the EU AI Act's Annex I route ({@code annexI}) or another:
     * its Annex I day where it has one, else its day (null: in force from the start).
     */
    public java.time.LocalDate appliesFrom(boolean annexI) {
        return annexI && annexIFrom != null ? annexIFrom : appliesFrom;
    }

    /** Whether the duty is a provider's or a deployer's, which the organization's EU AI Act roles decide. */
    public boolean bindsByRole() {
        return "provider".equals(duty) || "deployer".equals(duty);
    }

    /** Whether the duty is a provider's, a deployer's or both: the organization's role says whether it is among the duty holders. */
    public boolean namesProvidersOrDeployers() {
        return bindsByRole() || "both".equals(duty);
    }

    /**
     * Whether an organization holding these EU AI Act roles ({@code provider}, {@code deployer}) is
     * among the clause's duty holders, as far as roles decide: a clause of any other duty holder, yes.
     */
    public boolean bindsRoles(java.util.Collection<String> roles) {
        return !bindsByRole() || roles.contains(duty);
    }

    /** Whether the clause binds government entities, alone or with health-care providers. */
    public boolean bindsGovernment() {
        return "government".equals(duty) || "government-or-health-care".equals(duty);
    }

    /** Whether the clause's wording or date rests on secondary sources only, as its note says with the mark UNVERIFIED. */
    public boolean unverified() {
        return note != null && note.contains("UNVERIFIED");
    }

    public boolean isHighRiskOnly() {
        return Boolean.TRUE.equals(highRiskOnly);
    }

    /** Whether the clause binds high-risk systems of Annex III only, never those high-risk under Art. 6(1) and Annex I. */
    public boolean bindsAnnexIIIOnly() {
        return Boolean.TRUE.equals(annexIIIOnly);
    }
}
