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
import io.oversight.deployment.model.RiskTier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns control results into clause statuses. A control still fires where a clause does not
 * apply (it is good practice); applicability only changes the clause's status and the shares.
 * A clause is met only when a control behind it had a subject to examine that the clause binds
 * (see {@link Subjects}) and none of its findings is open; a clause that depends on a risk tier
 * the file leaves out is undetermined rather than met or not applicable.
 */
final class CoverageStep {

    /** Agents named in a reason before the rest are counted. */
    private static final int NAMED = 3;

    private final Catalog catalog;
    private final Deployment deployment;
    private final LocalDate asOf;
    private final Set<String> evaluated;
    private final Set<String> highRiskAgents;
    private final List<String> unclassifiedAgents;
    private final Subjects subjects;

    CoverageStep(Catalog catalog, Deployment deployment, LocalDate asOf, Set<String> evaluated) {
        this.catalog = catalog;
        this.deployment = deployment;
        this.asOf = asOf;
        this.evaluated = evaluated;
        this.highRiskAgents = deployment.agents().stream().filter(a -> a.riskTier() == RiskTier.HIGH).map(Agent::id)
                .collect(Collectors.toSet());
        this.unclassifiedAgents = deployment.agents().stream().filter(a -> a.riskTier() == null).map(Agent::id).toList();
        this.subjects = new Subjects(deployment, catalog.useCases().stream().collect(Collectors.toMap(UseCase::id, u -> u)));
    }

    List<FrameworkResult> cover(List<Finding> findings) {
        // Positions of each control's open findings: a clause then reads only its controls' findings.
        Map<String, List<Integer>> open = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).waived()) {
                open.computeIfAbsent(findings.get(i).control(), c -> new ArrayList<>()).add(i);
            }
        }
        List<FrameworkResult> results = new ArrayList<>();
        for (Framework framework : catalog.frameworks()) {
            boolean applicable = framework.appliesIn(deployment.metadata().jurisdictions());
            List<ClauseResult> clauses = new ArrayList<>();
            for (Clause clause : framework.clauses()) {
                clauses.add(applicable ? clause(framework, clause, findings, open)
                        : new ClauseResult(clause, ClauseStatus.NOT_APPLICABLE, controlsOf(framework, clause), List.of(),
                        "the framework applies only in " + String.join(", ", framework.jurisdictions())));
            }
            // An attestation is due only for a clause that binds, or may bind, this deployment today.
            List<Attestation> attestations = framework.attestations().stream()
                    .filter(a -> clauses.stream().anyMatch(c -> c.clause().id().equals(a.clause()) && c.status().due()))
                    .toList();
            results.add(new FrameworkResult(framework, applicable, clauses, attestations));
        }
        return results;
    }

    private ClauseResult clause(Framework framework, Clause clause, List<Finding> findings, Map<String, List<Integer>> open) {
        List<String> controls = controlsOf(framework, clause);
        if (clause.bindsStatesOnly()) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "it binds Member States, not the organization");
        }
        if (clause.duty() != null && !clause.duty().equals("both")
                && deployment.metadata().euAiActRoles().stream().noneMatch(role -> role.word().equals(clause.duty()))) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "a " + clause.duty() + " duty, and the organization is not a "
                    + clause.duty() + " of these agents");
        }
        boolean riskUnknown = clause.isHighRiskOnly() && highRiskAgents.isEmpty();
        if (riskUnknown && unclassifiedAgents.isEmpty()) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "binds high-risk systems only, and no agent is riskTier: high");
        }
        if (clause.appliesFrom() != null && clause.appliesFrom().isAfter(asOf)) {
            return result(clause, ClauseStatus.UPCOMING, controls, "applies from " + clause.appliesFrom()
                    + (riskUnknown ? "; whether it will bind is undetermined: it binds high-risk systems only, and " + unclassified() : ""));
        }
        if (riskUnknown) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, "binds high-risk systems only, and " + unclassified());
        }
        if (controls.isEmpty()) {
            boolean attested = framework.attestations().stream().anyMatch(a -> a.clause().equals(clause.id()));
            return attested ? result(clause, ClauseStatus.NEEDS_ATTESTATION, controls, "no field of the deployment format can show it; a human confirms it")
                    : result(clause, ClauseStatus.NOT_ASSESSED, controls, "no rule can judge it from a deployment description");
        }
        List<String> gaps = controls.stream().distinct()
                .flatMap(c -> open.getOrDefault(c, List.of()).stream())
                .sorted()
                .map(findings::get)
                .filter(f -> !clause.isHighRiskOnly() || f.subject().agentId() == null || highRiskAgents.contains(f.subject().agentId()))
                .map(Finding::fingerprint)
                .toList();
        if (!gaps.isEmpty()) {
            return new ClauseResult(clause, ClauseStatus.GAP, controls, gaps, null);
        }
        List<String> unevaluated = controls.stream().filter(c -> !evaluated.contains(c)).toList();
        if (!unevaluated.isEmpty()) {
            return result(clause, ClauseStatus.NOT_EVALUATED, controls, "not evaluated: " + String.join(", ", unevaluated));
        }
        List<SubjectClass> examined = controls.stream().flatMap(c -> catalog.control(c).orElseThrow().appliesTo().stream()).distinct().toList();
        if (examined.stream().noneMatch(kind -> subjects.holds(kind, clause.isHighRiskOnly()))) {
            return result(clause, ClauseStatus.NOT_APPLICABLE, controls, "nothing to check" + (clause.isHighRiskOnly() ? " among the high-risk agents" : "")
                    + ": " + examined.stream().map(SubjectClass::absence).collect(Collectors.joining("; ")));
        }
        if (clause.isHighRiskOnly() && !unclassifiedAgents.isEmpty()) {
            return result(clause, ClauseStatus.UNDETERMINED, controls, "met for the high-risk agents, but " + unclassified());
        }
        return new ClauseResult(clause, ClauseStatus.MET, controls, List.of(), null);
    }

    private static ClauseResult result(Clause clause, ClauseStatus status, List<String> controls, String reason) {
        return new ClauseResult(clause, status, controls, List.of(), reason);
    }

    /** The agents without a risk tier, as a reason names them: "agent a has no riskTier". */
    private String unclassified() {
        List<String> named = unclassifiedAgents.subList(0, Math.min(NAMED, unclassifiedAgents.size()));
        String more = unclassifiedAgents.size() > NAMED ? " and " + (unclassifiedAgents.size() - NAMED) + " more" : "";
        return (unclassifiedAgents.size() == 1 ? "agent " : "agents ") + String.join(", ", named) + more
                + (unclassifiedAgents.size() == 1 ? " has" : " have") + " no riskTier";
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
