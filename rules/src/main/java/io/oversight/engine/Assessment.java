package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything one check concluded about one deployment; what every report renders. */
public record Assessment(
        DeploymentFile input,
        Catalog catalog,
        LocalDate asOf,
        Severity failOn,
        List<Finding> findings,
        List<ControlResult> controls,
        List<WaiverStatus> waivers,
        List<FrameworkResult> frameworks,
        Baseline baseline) {

    public Assessment {
        findings = List.copyOf(findings);
        controls = List.copyOf(controls);
        waivers = List.copyOf(waivers);
        frameworks = List.copyOf(frameworks);
    }

    public Assessment(DeploymentFile input, Catalog catalog, LocalDate asOf, Severity failOn, List<Finding> findings,
                      List<ControlResult> controls, List<WaiverStatus> waivers, List<FrameworkResult> frameworks) {
        this(input, catalog, asOf, failOn, findings, controls, waivers, frameworks, null);
    }

    /** The same assessment, compared with an earlier run's findings. */
    public Assessment withBaseline(Baseline comparison) {
        return new Assessment(input, catalog, asOf, failOn, findings, controls, waivers, frameworks, comparison);
    }

    public long evaluatedControls() {
        return controls.stream().filter(c -> c.status() != ControlStatus.NOT_EVALUATED).count();
    }

    /** FAIL when an open finding reaches the fail-on severity; with a baseline and fail-on-new, only a new one. */
    public Verdict verdict() {
        return findings.stream().anyMatch(f -> !f.waived() && f.severity().atLeast(failOn)
                && (baseline == null || !baseline.failOnNew() || baseline.isNew(f))) ? Verdict.FAIL : Verdict.PASS;
    }

    /** Unwaived findings per severity, every severity present. */
    public Map<Severity, Integer> openBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.stream().filter(f -> !f.waived()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public long waivedCount() {
        return findings.stream().filter(Finding::waived).count();
    }

    public List<Finding> openFindings() {
        return findings.stream().filter(f -> !f.waived()).toList();
    }
}
