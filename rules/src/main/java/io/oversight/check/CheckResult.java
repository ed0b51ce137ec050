package io.oversight.check;

import io.oversight.catalog.Severity;
import io.oversight.engine.Assessment;
import io.oversight.engine.PhaseTimes;
import io.oversight.engine.Verdict;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every deployment of a check, in the order requested, and the time each phase took. The times
 * are the caller's to extend with phases of its own (rendering, say).
 *
 * @param notInBaseline the deployments an earlier run of several, the baseline, did not check: all their findings are new
 * @param notChecked the deployments that earlier run checked and this one did not (removed, renamed, or now skipped), as it named them
 * @param baselineLimits what the baseline, written by an earlier version, cannot tell, each said once
 */
public record CheckResult(List<DeploymentCheck> deployments, PhaseTimes times, List<Path> notInBaseline, List<String> notChecked,
                          List<String> baselineLimits) {

    public CheckResult {
        deployments = List.copyOf(deployments);
        baselineLimits = List.copyOf(baselineLimits);
        notInBaseline = List.copyOf(notInBaseline);
        notChecked = List.copyOf(notChecked);
    }

    /** The assessment of the one deployment checked. */
    public Assessment assessment() {
        if (deployments.size() != 1 || !deployments.get(0).valid()) {
            throw new IllegalStateException("not a check of one valid deployment: " + deployments.size() + " deployments");
        }
        return deployments.get(0).assessment();
    }

    /** The worst of the deployments: INVALID if any could not be read, else FAIL if any fails, else PASS. */
    public Outcome outcome() {
        return count(Outcome.INVALID) > 0 ? Outcome.INVALID : count(Outcome.FAIL) > 0 ? Outcome.FAIL : Outcome.PASS;
    }

    /** How many deployments ended with {@code outcome}. */
    public long count(Outcome outcome) {
        return deployments.stream().filter(d -> outcomeOf(d) == outcome).count();
    }

    /** Unwaived findings per severity over the valid deployments; no severity at all when none was valid. */
    public Map<Severity, Integer> openBySeverity() {
        Map<Severity, Integer> total = new EnumMap<>(Severity.class);
        deployments.stream().filter(DeploymentCheck::valid)
                .forEach(d -> d.assessment().openBySeverity().forEach((s, n) -> total.merge(s, n, Integer::sum)));
        return total;
    }

    /** Findings, waived or not, over the valid deployments. */
    public long findings() {
        return deployments.stream().filter(DeploymentCheck::valid).mapToLong(d -> d.assessment().findings().size()).sum();
    }

    private static Outcome outcomeOf(DeploymentCheck deployment) {
        if (!deployment.valid()) {
            return Outcome.INVALID;
        }
        return deployment.assessment().gate() == Verdict.FAIL ? Outcome.FAIL : Outcome.PASS;
    }
}
