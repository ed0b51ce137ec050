package io.oversight.engine;

import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies accepted risks. A waiver covers the findings of its control for its agent (or for the
 * whole deployment when it names none) until it expires; it never covers a high or critical
 * finding of an agent whose owner approved it, since nobody may accept their own risk.
 */
final class WaiverStep {

    private final Deployment deployment;
    private final LocalDate asOf;
    private final Map<String, String> ownerOf = new HashMap<>();

    WaiverStep(Deployment deployment, LocalDate asOf) {
        this.deployment = deployment;
        this.asOf = asOf;
        for (Agent agent : deployment.agents()) {
            if (agent.owner() != null) {
                ownerOf.put(agent.id(), agent.owner());
            }
        }
    }

    record Result(List<Finding> findings, List<WaiverStatus> waivers) {
    }

    Result apply(List<Finding> findings) {
        int[] waivedBy = new int[deployment.waivers().size()];
        boolean[] selfApproved = new boolean[deployment.waivers().size()];
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding result = finding;
            for (Waiver waiver : deployment.waivers()) {
                if (!matches(waiver, finding) || expired(waiver)) {
                    continue;
                }
                if (approvesOwnRisk(waiver, finding)) {
                    selfApproved[waiver.index()] = true;
                    continue;
                }
                waivedBy[waiver.index()]++;
                result = finding.withWaiver(new AppliedWaiver(waiver.index(), waiver.justification(), waiver.approvedBy(), waiver.expires()));
                break;
            }
            out.add(result);
        }
        List<WaiverStatus> statuses = new ArrayList<>();
        for (Waiver waiver : deployment.waivers()) {
            int i = waiver.index();
            if (expired(waiver)) {
                statuses.add(new WaiverStatus(waiver, "expired", 0, "expired on " + waiver.expires() + "; its findings count again"));
            } else if (selfApproved[i] && waivedBy[i] == 0) {
                statuses.add(new WaiverStatus(waiver, "self-approved", 0,
                        "approved by the agent's own owner, who may not accept a high or critical risk"));
            } else {
                statuses.add(new WaiverStatus(waiver, "active", waivedBy[i], null));
            }
        }
        return new Result(out, statuses);
    }

    private static boolean matches(Waiver waiver, Finding finding) {
        return waiver.control().equals(finding.control())
                && (waiver.agent() == null || waiver.agent().equals(finding.subject().agentId()));
    }

    private boolean expired(Waiver waiver) {
        return waiver.expires().isBefore(asOf);
    }

    private boolean approvesOwnRisk(Waiver waiver, Finding finding) {
        String owner = ownerOf.get(finding.subject().agentId());
        return owner != null && owner.equals(waiver.approvedBy()) && finding.severity().atLeast(Severity.HIGH);
    }
}
