package io.oversight.engine;

import io.oversight.catalog.Attestation;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Control;
import io.oversight.catalog.Framework;
import io.oversight.catalog.Reference;
import io.oversight.catalog.SubjectClass;
import io.oversight.catalog.UseCase;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.EuAiActRoute;
import io.oversight.deployment.model.IncidentRegime;
import io.oversight.deployment.model.RiskTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns control results into clause statuses. A control still fires where a clause does not
 * apply (it is good practice); applicability only changes the clause's status and the shares.
 * A clause is met only when a control behind it had a subject to examine that the clause binds
 * (see {@link Subjects}) and none of its findings is open; a clause that depends on a risk tier,
 * or on incident regimes, the file leaves out is undetermined rather than met or not applicable.
 */
final class CoverageStep {

    /** Agents named in a reason before the rest are counted. */
    private static final int NAMED = 3;

    private final Catalog catalog;
    private final Deployment deployment;
    private final LocalDate asOf;
    private final Set<String> evaluated;
    /** The high-risk agents in document order, each with its route (null when neither stated nor shown by a use). */
    private final List<HighRiskAgent> highRiskAgents;
    /** Agents whose tier the file leaves out, and those classified limited or minimal beside an Annex III use (RM-02): either may be high-risk. */
    private final List<String> unclassifiedAgents;
    private final List<String> contestedAgents;
    private final Subjects subjects;
    /** The uses the catalog classes as Annex III areas: an agent used in one is high-risk by the Annex III route. */
    private final Set<String> annexIIIUses;
    /** The clauses (framework and clause) some control's reference narrows to some of its violations. */
    private final Set<Reference> narrowedClauses;
    /** The frameworks of the incident regimes the organization declares: it says they bind it, wherever it operates. */
    private final Set<String> declaredFrameworks;

    CoverageStep(Catalog catalog, Deployment deployment, LocalDate asOf, Set<String> evaluated) {
        this.catalog = catalog;
        this.narrowedClauses = catalog.controls().stream().flatMap(c -> c.references().stream()).filter(Reference::narrowed)
                .map(r -> new Reference(r.framework(), r.clause(), null)).collect(Collectors.toUnmodifiableSet());
        this.deployment = deployment;
        this.asOf = asOf;
        this.evaluated = evaluated;
        this.annexIIIUses = catalog.useCases().stream().filter(UseCase::highRisk).map(UseCase::id).collect(Collectors.toSet());
        this.highRiskAgents = deployment.agents().stream().filter(a -> a.riskTier() == RiskTier.HIGH)
                .map(a -> new HighRiskAgent(a.id(), routeOf(a))).toList();
        this.unclassifiedAgents = deployment.agents().stream().filter(a -> a.riskTier() == null).map(Agent::id).toList();
        this.contestedAgents = deployment.agents().stream()
                .filter(a -> (a.riskTier() == RiskTier.LIMITED || a.riskTier() == RiskTier.MINIMAL) && a.useCases().stream().anyMatch(annexIIIUses::contains))
                .map(Agent::id).toList();
        this.subjects = new Subjects(deployment, catalog.useCases().stream().collect(Collectors.toMap(UseCase::id, u -> u)));
        List<IncidentRegime> regimes = deployment.incidentRegimes();
        this.declaredFrameworks = regimes == null ? Set.of() : regimes.stream().map(CoverageStep::frameworkOf).collect(Collectors.toSet());
    }

    /**
     * Whether the deployment holds a subject {@code control}'s rule examines: only then can a
     * control without findings be said to pass. One the file leaves unstated (whether the
     * organization is a NIS2 entity) does not count: the rule had nothing to look at.
     */
    boolean hasSubject(Control control) {
        return control.appliesTo().stream().anyMatch(subjects::holds);
    }

    /**
     * The framework whose clause sets a regime's deadlines. The IR control of a declared regime
     * judges the organization against that framework whatever its jurisdictions, so declaring the
     * regime makes the framework apply: a finding never cites a framework the coverage calls
     * not applicable.
     */
    private static String frameworkOf(IncidentRegime regime) {
        return switch (regime) {
            case NIS2 -> "nis2";
            case GDPR -> "gdpr";
            case DORA -> "dora";
        };
    }

    List<FrameworkResult> cover(List<Finding> findings) {
        OpenFindings open = new OpenFindings(findings);
        List<FrameworkResult> results = new ArrayList<>();
        for (Framework framework : catalog.frameworks()) {
            List<String> jurisdictions = deployment.metadata().jurisdictions();
            // A state's law where the file lists the United States but no state may bind it: judged, and what binds today undetermined.
            boolean stateUnnamed = framework.mayApplyInAState(jurisdictions) && !declaredFrameworks.contains(framework.id());
            boolean applicable = framework.appliesIn(jurisdictions) || declaredFrameworks.contains(framework.id()) || stateUnnamed;
            String elsewhere = "applies only in " + String.join(", ", framework.jurisdictions())
                    + Arrays.stream(IncidentRegime.values()).filter(r -> frameworkOf(r).equals(framework.id()))
                    .map(r -> ", or where governance.incidentResponse.regimes lists " + r.word()).collect(Collectors.joining());
            List<ClauseResult> clauses = new ArrayList<>();
            for (Clause clause : framework.clauses()) {
                ClauseResult result = applicable ? roleAssumed(framework, clause(framework, clause, open))
                        : new ClauseResult(clause, ClauseStatus.NOT_APPLICABLE, controlsOf(framework, clause), List.of(),
                        "the framework " + elsewhere);
                clauses.add(stateUnnamed ? inAnUnnamedState(framework, result) : result);
            }
            // An attestation is due only for a clause that binds, or may bind, this deployment today: not for a state's law
            // whose state the file does not name, which no one can sign for without knowing where the deployment operates.
            List<Attestation> attestations = stateUnnamed ? List.of() : framework.attestations().stream()
                    .filter(a -> clauses.stream().anyMatch(c -> c.clause().id().equals(a.clause()) && c.status().due()))
                    .toList();
            results.add(new FrameworkResult(framework, applicable, applicable ? null : elsewhere, clauses, attestations, stateUnnamed));
        }
        return results;
    }

    /**
     * {@code result}, a clause of a state's law judged for a deployment that lists the United States
     * but no state: what would bind today is undetermined (its findings kept, as an upcoming clause
     * keeps those that would breach it), as is a clause of the agents that decide about people there,
     * whose rules run only under the state's code; an upcoming one binds then only if the deployment
     * operates in the state. Where in the United States it operates the file does not say.
     */
    private ClauseResult inAnUnnamedState(Framework framework, ClauseResult result) {
        String state = String.join(" or ", framework.jurisdictions());
        String unnamed = "metadata.jurisdictions lists " + Framework.UNITED_STATES + " but no state";
        if (result.status() == ClauseStatus.UPCOMING) {
            return new ClauseResult(result.clause(), ClauseStatus.UPCOMING, result.controls(), result.findings(), result.reason()
                    + ", if the deployment operates in " + state + " (" + unnamed + ")", result.appliesFrom());
        }
        boolean decidersThere = result.status() == ClauseStatus.NOT_APPLICABLE && subjects.holds(SubjectClass.DECISION_AGENTS)
                && examined(result.controls()).stream().anyMatch(STATE_DECISION_AGENTS::contains);
        boolean bindsToday = result.status().scored() || result.status() == ClauseStatus.NOT_ASSESSED
                || result.status() == ClauseStatus.NEEDS_ATTESTATION || decidersThere;
        if (!bindsToday) {
            return result;
        }
        return new ClauseResult(result.clause(), ClauseStatus.UNDETERMINED, result.controls(), result.findings(), "it binds in " + state
                + (decidersThere ? " the agents that decide about people, which its rules judge only there," : " only,") + " and " + unnamed
                + ": list " + state + " where the deployment operates there" + (result.status().broken() ? "; if it does, its findings are gaps of it" : ""),
                result.appliesFrom());
    }

    /** The agents that decide about people as a state's law binds them, which the rules find only under that state's code. */
    private static final Set<SubjectClass> STATE_DECISION_AGENTS = Set.of(SubjectClass.CALIFORNIA_DECISION_AGENTS, SubjectClass.COLORADO_DECISION_AGENTS);

    /**
     * What the deployment lacks of all that {@code controls} examine, when it holds none of it and
     * states enough to tell; null when it holds some, leaves some unstated, or they examine nothing.
     */
    private String absentSubjects(List<String> controls) {
        List<SubjectClass> examined = examined(controls);
        if (examined.isEmpty() || examined.stream().anyMatch(kind -> subjects.holds(kind) || subjects.unstated(kind).isPresent())) {
            return null;
        }
        return absences(examined);
    }

    /** How the deployment lacks each kind of subject: "no user-facing agent; no checkpoint". */
    private static String absences(List<SubjectClass> examined) {
        return examined.stream().map(SubjectClass::absence).collect(Collectors.joining("; "));
    }

    /**
     * {@code result}, saying so when it settles (met, gap, an attestation due) an EU law's provider's or
     * deployer's duty of an organization whose roles the file leaves out, taken as both by the
     * format's default (law review: Art. 73,
     * a provider's duty, was a gap with nothing telling the reader the role had been assumed).
     */
    private ClauseResult roleAssumed(Framework framework, ClauseResult result) {
        boolean settled = result.status() == ClauseStatus.MET || result.status() == ClauseStatus.GAP || result.status() == ClauseStatus.NEEDS_ATTESTATION;
        if (deployment.metadata().euAiActRolesStated() || !framework.jurisdictions().contains("EU") || !result.clause().bindsByRole() || !settled) {
            return result;
        }
        String assumed = "metadata.euAiActRoles is not stated, so the organization is taken to be provider and deployer both and this "
                + result.clause().duty() + "'s duty binds it";
        return new ClauseResult(result.clause(), result.status(), result.controls(), result.findings(),
                result.reason() == null || result.reason().isEmpty() ? assumed : result.reason() + "; " + assumed, result.appliesFrom());
    }

    private ClauseResult clause(Framework framework, Clause clause, OpenFindings open) {
        List<String> controls = controlsOf(framework, clause);
        if (clause.bindsStatesOnly()) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "it binds Member States, not the organization");
        }
        if (clause.bindsGovernment()) {
            // metadata.publicSector says a public body or a private entity providing public services: it cannot tell a government.
            Boolean stated = deployment.metadata().publicSector();
            boolean publicSector = Boolean.TRUE.equals(stated);
            boolean government = "government".equals(clause.duty());
            String holder = government ? "duty holder: it binds government entities" : "duty holder: it binds government agencies and health-care providers";
            // Only a file that says it is not public sector is outside; one that says nothing may be a government (law review).
            if (Boolean.FALSE.equals(stated) && government) {
                return result(clause, ClauseStatus.NOT_APPLICABLE, controls, holder + ", and metadata.publicSector is false");
            }
            // Whoever holds the duty, a deployment with nothing of the kind its controls examine cannot breach it.
            String absent = absentSubjects(controls);
            if (absent != null) {
                return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "nothing to check: " + absent + ", whoever holds the duty");
            }
            if (clause.appliesFrom() != null && clause.appliesFrom().isAfter(asOf)) {
                // Not yet in force: when it will bind is known, whom it binds the file cannot say.
                return new ClauseResult(clause, ClauseStatus.UPCOMING, controls, open.fingerprints(controls, null, onlyBreaking(framework, clause)),
                        "applies from " + clause.appliesFrom() + "; " + holder + ", which the file cannot settle");
            }
            return result(clause, ClauseStatus.UNDETERMINED, controls, holder + (publicSector
                    ? "; metadata.publicSector is true, which also covers private entities providing public services, and the file cannot say"
                    + " which the organization is" + (government ? "" : ", nor whether it provides health care")
                    : government ? "; metadata.publicSector is not stated: declare it"
                    : "; metadata.publicSector is not true, and the file cannot say whether the organization provides health care"));
        }
        if (!clause.bindsRoles(deployment.metadata().euAiActRoles().stream().map(EuAiActRole::word).toList())) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "a " + clause.duty() + " duty, and the organization is not a "
                    + clause.duty() + " of these agents");
        }
        // A clause narrower than its controls binds only its own kind of agent: their findings about others are not its gaps.
        Set<String> narrowed = clause.appliesTo() == null ? null : subjects.agentsOf(clause.appliesTo());
        if (narrowed != null && narrowed.isEmpty()) {
            // Unless an agent leaves out what would make it one: Art. 50(2) had been not applicable beside an agent of no use cases.
            Optional<String> unstated = subjects.unstated(clause.appliesTo());
            return unstated.isPresent() ? result(clause, ClauseStatus.UNDETERMINED, controls, unstated.get())
                    : result(clause, ClauseStatus.NOT_APPLICABLE, controls, "nothing it binds: " + clause.appliesTo().absence());
        }
        List<HighRiskAgent> highRisk = narrowed == null ? highRiskAgents : highRiskAgents.stream().filter(a -> narrowed.contains(a.id())).toList();
        if (clause.isHighRiskOnly() && !highRisk.isEmpty()) {
            return highRisk(framework, clause, controls, open, highRisk);
        }
        if (clause.isHighRiskOnly() && !highRiskAgents.isEmpty() && tiersSettled()) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "nothing it binds among the high-risk agents: "
                    + clause.appliesTo().absence());
        }
        boolean riskUnknown = clause.isHighRiskOnly();
        if (riskUnknown && tiersSettled()) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "binds high-risk systems only, and no agent is riskTier: high");
        }
        if (examined(controls).equals(List.of(SubjectClass.CALIFORNIA_DECISION_AGENTS))) {
            return californiaAssessment(framework, clause, controls, open, narrowed);
        }
        if (clause.appliesFrom() != null && clause.appliesFrom().isAfter(asOf)) {
            if (riskUnknown) {
                // It will bind the agents that may be high-risk, if they are: their findings would breach it.
                Set<String> mayBeHighRisk = new HashSet<>(unclassifiedAgents);
                mayBeHighRisk.addAll(contestedAgents);
                if (narrowed != null) {
                    mayBeHighRisk.retainAll(narrowed);
                }
                List<String> wouldBreach = open.fingerprints(controls, mayBeHighRisk, onlyBreaking(framework, clause));
                return new ClauseResult(clause, ClauseStatus.UPCOMING, controls, wouldBreach, "applies from " + clause.appliesFrom() + "; whether it will bind is undetermined: it binds high-risk systems only, and "
                        + unclassified());
            }
            return upcoming(framework, clause, controls, open, narrowed, narrowed, clause.appliesFrom(), "applies from " + clause.appliesFrom());
        }
        if (riskUnknown) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, "binds high-risk systems only, and " + unclassified());
        }
        return assessed(framework, clause, controls, open, narrowed, List.of());
    }

    /**
     * A clause whose controls examine the agents that decide about people in California: their risk
     * assessment is due from the clause's date, or a later day each agent's decisions.since may set.
     * Judged on the agents it binds today; upcoming, from the first of those days, when it binds none
     * yet, with the open findings about the agents it will bind.
     */
    private ClauseResult californiaAssessment(Framework framework, Clause clause, List<String> controls, OpenFindings open, Set<String> narrowed) {
        Map<LocalDate, List<String>> later = new TreeMap<>();
        Set<String> bound = new HashSet<>();
        Set<String> deciding = subjects.agentsOf(SubjectClass.CALIFORNIA_DECISION_AGENTS);
        for (Agent agent : deployment.agents()) {
            if (!deciding.contains(agent.id()) || narrowed != null && !narrowed.contains(agent.id())) {
                continue;
            }
            LocalDate own = PeopleDecisions.californiaAssessmentDueFrom(agent);
            LocalDate from = clause.appliesFrom() == null || own != null && own.isAfter(clause.appliesFrom()) ? own : clause.appliesFrom();
            if (from != null && from.isAfter(asOf)) {
                later.computeIfAbsent(from, d -> new ArrayList<>()).add(agent.id());
            } else {
                bound.add(agent.id());
            }
        }
        if (later.isEmpty()) {
            return assessed(framework, clause, controls, open, narrowed, List.of());
        }
        String due = later.entrySet().stream().map(e -> "due for " + named(e.getValue()) + " from " + e.getKey())
                .collect(Collectors.joining("; "));
        Set<String> waiting = later.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        if (bound.isEmpty()) {
            return upcoming(framework, clause, controls, open, waiting, waiting, later.keySet().iterator().next(), due);
        }
        ClauseResult today = assessed(framework, clause, controls, open, bound, List.of());
        if (today.status() != ClauseStatus.MET) {
            return today;
        }
        int wouldBreach = open.fingerprints(controls, waiting, onlyBreaking(framework, clause)).size();
        return new ClauseResult(clause, ClauseStatus.MET, controls, List.of(), "met for the agents it binds today; " + due
                + (wouldBreach == 0 ? "" : ", and " + wouldBreach + (wouldBreach == 1 ? " open finding" : " open findings") + " about "
                + (waiting.size() == 1 ? "it" : "them") + " would make it a gap then"));
    }

    /**
     * A high-risk clause where some agent is riskTier: high. It binds each such agent from the date
     * of its route (Annex III or Annex I), or, for a clause that binds Annex III systems only, no
     * agent on the Annex I route at all; on the as-of date it is judged on the agents it already
     * binds, upcoming when it binds none yet, and undetermined where a route the file does not state
     * would decide whether it binds today.
     */
    private ClauseResult highRisk(Framework framework, Clause clause, List<String> controls, OpenFindings open, List<HighRiskAgent> highRisk) {
        List<String> bound = new ArrayList<>();
        List<String> routeUnknown = new ArrayList<>();
        List<String> annexI = new ArrayList<>();
        Map<LocalDate, List<String>> pending = new TreeMap<>();
        Map<LocalDate, String> pendingRoute = new HashMap<>();
        boolean routed = clause.annexIFrom() != null || clause.bindsAnnexIIIOnly();
        boolean annexIIIInForce = clause.appliesFrom() == null || !clause.appliesFrom().isAfter(asOf);
        boolean annexIInForce = clause.annexIFrom() != null && !clause.annexIFrom().isAfter(asOf);
        // Worded once: a fleet has thousands of high-risk agents, and the clauses of a framework dozens.
        String unrouted = clause.bindsAnnexIIIOnly() ? "no euAiAct.route: only if under Annex III"
                : "no euAiAct.route: Annex III, or from " + clause.annexIFrom() + " under Annex I";
        for (HighRiskAgent agent : highRisk) {
            EuAiActRoute route = agent.route();
            if (route == EuAiActRoute.ANNEX_I && clause.bindsAnnexIIIOnly()) {
                annexI.add(agent.id());
                continue;
            }
            LocalDate from = clause.appliesFrom(route == EuAiActRoute.ANNEX_I);
            boolean decidedByRoute = routed && route == null;
            if (decidedByRoute && annexIIIInForce && !annexIInForce) {
                routeUnknown.add(agent.id());
            } else if (from != null && from.isAfter(asOf)) {
                pending.computeIfAbsent(from, d -> new ArrayList<>()).add(agent.id());
                String label = !decidedByRoute ? (route == EuAiActRoute.ANNEX_I ? "Annex I" : "Annex III") : unrouted;
                pendingRoute.merge(from, label, (a, b) -> a.equals(b) || a.contains(b) ? a : a + "; " + b);
            } else {
                bound.add(agent.id());
            }
        }
        if (bound.isEmpty() && routeUnknown.isEmpty() && pending.isEmpty()) {
            return annexIOnly(clause, controls, annexI);
        }
        String leftOut = annexI.isEmpty() ? "" : "binds Annex III systems only, and " + onAnnexI(annexI);
        if (bound.isEmpty() && routeUnknown.isEmpty()) {
            List<String> parts = new ArrayList<>();
            pending.forEach((date, agents) -> parts.add(date + (routed ? " for " + named(agents) + " (" + pendingRoute.get(date) + ")" : "")));
            LocalDate first = pending.keySet().iterator().next();
            String reason = "applies from " + String.join("; from ", parts) + (leftOut.isEmpty() ? "" : "; it " + leftOut)
                    + (tiersSettled() ? "" : "; whether it will bind more is undetermined: " + unclassified());
            Set<String> later = pending.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            return upcoming(framework, clause, controls, open, later, Set.copyOf(pending.get(first)), first, reason);
        }
        if (bound.isEmpty()) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, routeReason(clause, routeUnknown));
        }
        return assessed(framework, clause, controls, open, Set.copyOf(bound), routeUnknown);
    }

    /**
     * A clause that binds Annex III systems only, where every high-risk agent is on the Annex I
     * route: not applicable, unless an agent without a risk tier may yet be an Annex III system.
     */
    private ClauseResult annexIOnly(Clause clause, List<String> controls, List<String> annexI) {
        if (tiersSettled()) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "binds Annex III systems only, and " + onAnnexI(annexI));
        }
        String undetermined = "binds Annex III systems only, " + onAnnexI(annexI) + ", and " + unclassified();
        if (clause.appliesFrom() != null && clause.appliesFrom().isAfter(asOf)) {
            return result(clause, ClauseStatus.UPCOMING, controls, "applies from " + clause.appliesFrom()
                    + "; whether it will bind is undetermined: it " + undetermined);
        }
        return result(clause, ClauseStatus.UNDETERMINED, controls, undetermined);
    }

    /**
     * The status of a clause that binds today, judged on the findings and subjects of every agent, or
     * of the agents in {@code among} when it binds only those (a high-risk clause, or one narrower
     * than its controls); {@code routeUnknown} are high-risk agents it may or may not bind yet.
     */
    private ClauseResult assessed(Framework framework, Clause clause, List<String> controls, OpenFindings open,
                                  Set<String> among, List<String> routeUnknown) {
        if (controls.isEmpty()) {
            boolean attested = framework.attestations().stream().anyMatch(a -> a.clause().equals(clause.id()));
            return attested ? result(clause, ClauseStatus.NEEDS_ATTESTATION, controls, "no field of the deployment format can show it; a human confirms it")
                    : result(clause, ClauseStatus.NOT_ASSESSED, controls, "no rule can judge it from a deployment description");
        }
        Reference onlyBreaking = onlyBreaking(framework, clause);
        List<String> gaps = open.fingerprints(controls, among, onlyBreaking);
        if (!gaps.isEmpty()) {
            return new ClauseResult(clause, ClauseStatus.GAP, controls, gaps, null);
        }
        List<String> accepted = open.waivedFingerprints(controls, among, onlyBreaking);
        if (!accepted.isEmpty()) {
            return new ClauseResult(clause, ClauseStatus.RISK_ACCEPTED, controls, accepted,
                    "not met: every finding against it is waived, its risk accepted until the waiver expires");
        }
        List<String> unevaluated = controls.stream().filter(c -> !evaluated.contains(c)).toList();
        if (!unevaluated.isEmpty()) {
            return result(clause, ClauseStatus.NOT_EVALUATED, controls, "not evaluated: " + String.join(", ", unevaluated));
        }
        List<SubjectClass> examined = examined(controls);
        if (examined.stream().noneMatch(kind -> among == null ? subjects.holds(kind) : subjects.holdsAmong(kind, among))) {
            List<String> unstated = examined.stream().map(subjects::unstated).flatMap(Optional::stream).distinct().toList();
            if (!unstated.isEmpty()) {
                return result(clause, ClauseStatus.UNDETERMINED, controls, String.join("; ", unstated));
            }
            String amongHighRisk = clause.isHighRiskOnly() ? " among the high-risk agents" : "";
            String absences = absences(examined);
            // An agent that advises is still bound by a clause on overseeing or stopping it, a deployment without a freeze by one
            // on change control: the rules judge only what their subjects are, so the clause is not assessed, not inapplicable.
            String unjudged = examined.stream().map(SubjectClass::unjudged).filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining("; "));
            if (!unjudged.isEmpty() && !deployment.agents().isEmpty()) {
                return result(clause, ClauseStatus.NOT_ASSESSED, controls, "nothing its controls judge" + amongHighRisk + ": " + absences
                        + "; " + unjudged);
            }
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "nothing to check" + amongHighRisk + ": " + absences);
        }
        // Met for the agents it examined; those that leave out what would make them subjects may not be.
        List<String> unstated = among == null ? examined.stream().map(subjects::unstated).flatMap(Optional::stream).distinct().toList() : List.of();
        if (!unstated.isEmpty()) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, "met for the agents it examined, but " + String.join("; ", unstated));
        }
        if (clause.isHighRiskOnly() && !tiersSettled()) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, "met for the high-risk agents, but " + unclassified());
        }
        if (!routeUnknown.isEmpty()) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, "met for the high-risk agents it binds, but " + routeReason(clause, routeUnknown));
        }
        // Its controls found nothing wrong, but what they cannot see a person has still to confirm.
        List<String> attestations = framework.attestations().stream().filter(a -> a.clause().equals(clause.id())).map(Attestation::id).toList();
        if (!attestations.isEmpty()) {
            return result(clause, ClauseStatus.NEEDS_ATTESTATION, controls, "its controls found nothing wrong, but part of it no field can show: "
                    + String.join(", ", attestations) + (attestations.size() == 1 ? " needs" : " need") + " a person to confirm it");
        }
        return new ClauseResult(clause, ClauseStatus.MET, controls, List.of(), onlyBreaking == null ? null
                : unbroken(framework, clause, controls, open, among));
    }

    /**
     * Why a clause is met beside controls of it that fail, or null when none does: their findings
     * are of what its reference leaves out ("for deploy and update, the verbs that change a
     * configuration"). A met clause beside a failing control had said nothing of why.
     */
    private String unbroken(Framework framework, Clause clause, List<String> controls, OpenFindings open, Set<String> among) {
        List<String> failing = controls.stream().filter(c -> !open.fingerprints(List.of(c), among, null).isEmpty()).toList();
        if (failing.isEmpty()) {
            return null;
        }
        String note = failing.stream().flatMap(c -> catalog.control(c).stream()).flatMap(c -> c.references().stream())
                .filter(r -> r.framework().equals(framework.id()) && r.clause().equals(clause.id()) && r.narrowed() && r.note() != null)
                .map(Reference::note).findFirst().map(n -> " (" + n + ")").orElse("");
        return "met: the open findings of " + String.join(" and ", failing) + " do not break it" + note;
    }

    /**
     * A clause that will bind the agents in {@code later} (null: any agent), those in {@code first}
     * from {@code from}: upcoming, with the open findings about those that would make it a gap on
     * that day; unless its controls have nothing to examine among them, so that once in force it
     * would be judged not applicable: it is not applicable today either.
     */
    private ClauseResult upcoming(Framework framework, Clause clause, List<String> controls, OpenFindings open, Set<String> later,
                                  Set<String> first, LocalDate from, String reason) {
        List<String> wouldBreach = open.fingerprints(controls, first, onlyBreaking(framework, clause));
        if (wouldBreach.isEmpty() && !controls.isEmpty()) {
            ClauseResult inForce = assessed(framework, clause, controls, open, later, List.of());
            if (inForce.status() == ClauseStatus.NOT_APPLICABLE) {
                return inForce;
            }
        }
        return new ClauseResult(clause, ClauseStatus.UPCOMING, controls, wouldBreach, reason, from);
    }

    private List<SubjectClass> examined(List<String> controls) {
        return controls.stream().flatMap(c -> catalog.control(c).orElseThrow().appliesTo().stream()).distinct().toList();
    }

    /** The route of a high-risk agent: as the file states it, else Annex III when one of its uses is an Annex III area, else unknown (null). */
    private record HighRiskAgent(String id, EuAiActRoute route) {
    }

    private EuAiActRoute routeOf(Agent agent) {
        if (agent.euAiActRoute() != null) {
            return agent.euAiActRoute();
        }
        return agent.useCases().stream().anyMatch(annexIIIUses::contains) ? EuAiActRoute.ANNEX_III : null;
    }

    /** Why a clause's binding today depends on routes the file leaves out. */
    private String routeReason(Clause clause, List<String> agents) {
        if (clause.bindsAnnexIIIOnly()) {
            return "it binds Annex III systems only, and " + named(agents) + (agents.size() == 1 ? " states" : " state")
                    + " no euAiAct.route and no Annex III use";
        }
        return "it binds " + named(agents) + " from " + clause.appliesFrom() + " under Annex III or from " + clause.annexIFrom()
                + " under Annex I, and " + (agents.size() == 1 ? "it states" : "they state") + " no euAiAct.route and no Annex III use";
    }

    /** High-risk agents on the Annex I route, as a reason names them: "agent a is on the Annex I route". */
    private static String onAnnexI(List<String> agents) {
        return named(agents) + (agents.size() == 1 ? " is" : " are") + " on the Annex I route";
    }

    /** Agents as a reason names them: "agent a", "agents a, b, c and 2 more". */
    static String named(List<String> agents) {
        List<String> shown = agents.subList(0, Math.min(NAMED, agents.size()));
        String more = agents.size() > NAMED ? " and " + (agents.size() - NAMED) + " more" : "";
        return (agents.size() == 1 ? "agent " : "agents ") + String.join(", ", shown) + more;
    }

    private static ClauseResult result(Clause clause, ClauseStatus status, List<String> controls, String reason) {
        return new ClauseResult(clause, status, controls, List.of(), reason);
    }

    /** Whether every agent's tier settles whether it is high-risk. */
    private boolean tiersSettled() {
        return unclassifiedAgents.isEmpty() && contestedAgents.isEmpty();
    }

    /**
     * The agents that may be high-risk though not classified so, as a reason names them: "agent a has
     * no riskTier", "agent b is classified limited or minimal but used in an Annex III area".
     */
    private String unclassified() {
        List<String> parts = new ArrayList<>();
        if (!unclassifiedAgents.isEmpty()) {
            parts.add(named(unclassifiedAgents) + (unclassifiedAgents.size() == 1 ? " has" : " have") + " no riskTier");
        }
        if (!contestedAgents.isEmpty()) {
            parts.add(named(contestedAgents) + (contestedAgents.size() == 1 ? " is" : " are")
                    + " classified limited or minimal but used in an Annex III area (RM-02)");
        }
        return String.join(", and ", parts);
    }

    /**
     * The clause, when a control's reference narrows which of its violations break it, so that
     * only the findings whose references hold it are gaps in it; else null: every finding of its
     * controls is.
     */
    private Reference onlyBreaking(Framework framework, Clause clause) {
        Reference key = new Reference(framework.id(), clause.id(), null);
        return narrowedClauses.contains(key) ? key : null;
    }

    private List<String> controlsOf(Framework framework, Clause clause) {
        List<String> ids = new ArrayList<>();
        for (Control control : catalog.controls()) {
            for (Reference ref : control.references()) {
                if (ref.framework().equals(framework.id()) && ref.clause().equals(clause.id()) && !ids.contains(control.id())) {
                    ids.add(control.id());
                }
            }
        }
        return ids;
    }
}
