package io.oversight.engine;

import io.oversight.deployment.model.People;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.facts.VoidReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies accepted risks after the rules have fired. A waiver covers the findings of its control
 * for its agent (or for the whole deployment when it names none), but not one that grew since a
 * baseline run in which the waiver was already in force ({@link Baseline#outgrows}; {@code baseline}
 * null when the check has none). Which waivers are void is decided by the rules behind AC-06, as
 * {@link WaiverValidity} defines it.
 */
final class WaiverStep {

    private final Deployment deployment;
    private final Map<Integer, VoidReason> voidWaivers;
    private final Baseline baseline;

    WaiverStep(Deployment deployment, Map<Integer, VoidReason> voidWaivers, Baseline baseline) {
        this.deployment = deployment;
        this.voidWaivers = voidWaivers;
        this.baseline = baseline;
    }

    record Result(List<Finding> findings, List<WaiverStatus> waivers) {
    }

    Result apply(List<Finding> findings) {
        int[] waivedBy = new int[deployment.waivers().size()];
        int[] outgrownBy = new int[deployment.waivers().size()];
        int[] matchedBy = new int[deployment.waivers().size()];
        // The waivers in force, by control, in document order: the first that matches a finding covers it.
        Map<String, List<Waiver>> inForce = new HashMap<>();
        for (Waiver waiver : deployment.waivers()) {
            if (!voidWaivers.containsKey(waiver.index())) {
                inForce.computeIfAbsent(waiver.control(), c -> new ArrayList<>()).add(waiver);
            }
        }
        // Most checks waive nothing: their findings stand as they are.
        List<Finding> out = inForce.isEmpty() ? findings : waive(findings, inForce, waivedBy, outgrownBy, matchedBy);
        List<WaiverStatus> statuses = new ArrayList<>();
        for (Waiver waiver : deployment.waivers()) {
            VoidReason reason = voidWaivers.get(waiver.index());
            statuses.add(reason == null ? new WaiverStatus(waiver, WaiverState.ACTIVE, matchedBy[waiver.index()], waivedBy[waiver.index()],
                    outgrownBy[waiver.index()], null)
                    : new WaiverStatus(waiver, reason.state(), 0, 0, 0, reason == VoidReason.EXPIRED ? expiry(waiver, inForce) : WaiverValidity.explanation(reason, waiver)));
        }
        return new Result(out, statuses);
    }

    /** Why an expired waiver waives nothing: its findings count again, unless a waiver in force (the first) covers them instead. */
    private static String expiry(Waiver expired, Map<String, List<Waiver>> inForce) {
        return inForce.getOrDefault(expired.control(), List.of()).stream().filter(w -> WaiverValidity.covers(w, expired)).findFirst()
                .map(renewal -> "expired on " + expired.expires() + WaiverValidity.replacedNote(renewal))
                .orElseGet(() -> WaiverValidity.expiryNote(expired));
    }

    /**
     * {@code findings} with the first waiver in force that matches each and does not predate its
     * growth, counted in {@code waivedBy}; those a waiver matched but the growth kept from, in {@code outgrownBy}; every
     * finding each one matched, in {@code matchedBy}.
     */
    private List<Finding> waive(List<Finding> findings, Map<String, List<Waiver>> inForce, int[] waivedBy, int[] outgrownBy,
                                int[] matchedBy) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding result = finding;
            List<Waiver> candidates = inForce.getOrDefault(finding.control(), List.of());
            for (Waiver waiver : candidates) {
                if (matches(waiver, finding)) {
                    // Every waiver that matches counts it, so that a second waiver of the same finding is not said to match none.
                    matchedBy[waiver.index()]++;
                    if (result == finding && (baseline == null || !baseline.outgrows(finding, waiver))) {
                        waivedBy[waiver.index()]++;
                        result = finding.withWaiver(new AppliedWaiver(waiver.index(), waiver.justification(), waiver.approvedBy(), waiver.expires()));
                    }
                }
            }
            if (result == finding) {
                // Left open, so every waiver that matched it outgrew it; one that a waiver written since covers is not counted.
                for (Waiver waiver : candidates) {
                    outgrownBy[waiver.index()] += matches(waiver, finding) ? 1 : 0;
                }
            }
            out.add(result);
        }
        return out;
    }

    /**
     * AC-06's violations for the waivers in force that cover a high or critical finding of an agent
     * whose owner approved them ({@link WaiverValidity#selfApprovedFinding}), or of the deployment or
     * an environment and approved by the deployment's owner, by waiver index.
     */
    static Map<Integer, Violation> selfApprovedOnEscalation(Deployment deployment, List<Finding> findings) {
        if (deployment.waivers().isEmpty()) {
            return Map.of(); // most checks: no waiver, and no need to know who owns what
        }
        People people = new People(deployment.people());
        Map<String, String> owners = new HashMap<>();
        deployment.agents().forEach(a -> owners.put(a.id(), a.owner()));
        Map<Integer, Violation> found = new TreeMap<>();
        String deploymentOwner = deployment.metadata().owner();
        for (Finding finding : findings) {
            if (!finding.waived()) {
                continue;
            }
            Waiver waiver = deployment.waivers().get(finding.waiver().index());
            if (finding.subject().agentId() != null) {
                String owner = owners.get(finding.subject().agentId());
                if (WaiverValidity.selfApprovedFinding(waiver, finding, owner, people)) {
                    found.putIfAbsent(waiver.index(), selfApproval(waiver, WaiverValidity.selfApprovalMessage(waiver, waiver.agent() == null ? null : owner, people)));
                }
            } else if (WaiverValidity.selfApprovedFinding(waiver, finding, deploymentOwner, people)) {
                // A finding about the deployment or an environment is its owner's risk, escalated to high as IR-06 is in a critical one.
                found.putIfAbsent(waiver.index(), selfApproval(waiver, WaiverValidity.deploymentWideSelfApprovalMessage(waiver, deploymentOwner, people)));
            }
        }
        return found;
    }

    /** AC-06's violation for a self-approved {@code waiver}, cited at its approver. */
    private static Violation selfApproval(Waiver waiver, String message) {
        return new Violation("AC-06", null, Subject.waiver(waiver), waiver.key(), waiver.path() + "/approvedBy", 0, message, null, null, List.of());
    }

    /** Whether {@code waiver} is of {@code finding}'s control and agent (or of every agent). */
    static boolean matches(Waiver waiver, Finding finding) {
        return waiver.control().equals(finding.control())
                && (waiver.agent() == null || waiver.agent().equals(finding.subject().agentId()));
    }
}
