package io.oversight.engine;

import io.oversight.catalog.Attestation;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Control;
import io.oversight.catalog.Framework;
import io.oversight.catalog.Reference;
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
 * apply (it is good practice); applicability only changes the clause's status and the score.
 */
final class CoverageStep {

    private final Catalog catalog;
    private final Deployment deployment;
    private final LocalDate asOf;
    private final Set<String> evaluated;
    private final Set<String> highRiskAgents;

    CoverageStep(Catalog catalog, Deployment deployment, LocalDate asOf, Set<String> evaluated) {
        this.catalog = catalog;
        this.deployment = deployment;
        this.asOf = asOf;
        this.evaluated = evaluated;
        this.highRiskAgents = deployment.agents().stream().filter(a -> a.riskTier() == RiskTier.HIGH).map(Agent::id)
                .collect(Collectors.toSet());
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
            long met = clauses.stream().filter(c -> c.status() == ClauseStatus.MET).count();
            long scored = clauses.stream().filter(ClauseResult::scored).count();
            Double score = applicable && scored > 0 ? (double) met / scored : null;
            // An attestation is due only for a clause that binds this deployment today.
            List<Attestation> attestations = framework.attestations().stream()
                    .filter(a -> clauses.stream().anyMatch(c -> c.clause().id().equals(a.clause()) && c.status().due()))
                    .toList();
            results.add(new FrameworkResult(framework, applicable, score, clauses, attestations));
        }
        return results;
    }

    private ClauseResult clause(Framework framework, Clause clause, List<Finding> findings, Map<String, List<Integer>> open) {
        List<String> controls = controlsOf(framework, clause);
        if (clause.duty() != null && !clause.duty().equals("both")
                && deployment.metadata().euAiActRoles().stream().noneMatch(role -> role.word().equals(clause.duty()))) {
            return new ClauseResult(clause, ClauseStatus.NOT_APPLICABLE, controls, List.of(), "a " + clause.duty() + " duty, and the organization is not a "
                    + clause.duty() + " of these agents");
        }
        if (clause.isHighRiskOnly() && highRiskAgents.isEmpty()) {
            return new ClauseResult(clause, ClauseStatus.NOT_APPLICABLE, controls, List.of(), "binds high-risk systems only, and no agent is riskTier: high");
        }
        if (clause.appliesFrom() != null && clause.appliesFrom().isAfter(asOf)) {
            return new ClauseResult(clause, ClauseStatus.UPCOMING, controls, List.of(), "applies from " + clause.appliesFrom());
        }
        if (controls.isEmpty()) {
            boolean attested = framework.attestations().stream().anyMatch(a -> a.clause().equals(clause.id()));
            return attested ? new ClauseResult(clause, ClauseStatus.NEEDS_ATTESTATION, controls, List.of(), "no field of the deployment format can show it; a human confirms it")
                    : new ClauseResult(clause, ClauseStatus.NOT_APPLICABLE, controls, List.of(), "not assessed: outside what a deployment description shows");
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
            return new ClauseResult(clause, ClauseStatus.NOT_EVALUATED, controls, List.of(), "not evaluated: " + String.join(", ", unevaluated));
        }
        return new ClauseResult(clause, ClauseStatus.MET, controls, List.of(), null);
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
