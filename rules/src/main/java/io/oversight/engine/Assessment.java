package io.oversight.engine;

import io.oversight.access.AgentWithoutPermissions;
import io.oversight.access.EffectiveAccess;
import io.oversight.access.UnclassifiedAction;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InputFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything one check concluded about one deployment; what every report renders. {@code inputs}
 * are every file the conclusion depends on (the deployment's own, and the run's rules and
 * baseline), sorted: what a report's identity covers.
 */
public record Assessment(
        DeploymentFile input,
        Catalog catalog,
        LocalDate asOf,
        Severity failOn,
        List<Finding> findings,
        List<ControlResult> controls,
        List<WaiverStatus> waivers,
        List<FrameworkResult> frameworks,
        Baseline baseline,
        List<InputFile> inputs) {

    public Assessment {
        findings = List.copyOf(findings);
        controls = List.copyOf(controls);
        waivers = List.copyOf(waivers);
        frameworks = List.copyOf(frameworks);
        inputs = inputs.stream().distinct().sorted().toList();
    }

    /** An assessment made from the deployment's files alone. */
    public Assessment(DeploymentFile input, Catalog catalog, LocalDate asOf, Severity failOn, List<Finding> findings,
                      List<ControlResult> controls, List<WaiverStatus> waivers, List<FrameworkResult> frameworks) {
        this(input, catalog, asOf, failOn, findings, controls, waivers, frameworks, null, input.inputs());
    }

    /** The same assessment, which also depends on {@code files} (an organization's rules, say). */
    public Assessment withInputs(List<InputFile> files) {
        return new Assessment(input, catalog, asOf, failOn, findings, controls, waivers, frameworks, baseline, with(files));
    }

    private List<InputFile> with(List<InputFile> files) {
        List<InputFile> all = new ArrayList<>(inputs);
        all.addAll(files);
        return all;
    }

    public long evaluatedControls() {
        return controls.size() - controlsWith(ControlStatus.NOT_EVALUATED);
    }

    /**
     * Whether {@code waiver} is in force yet matched no finding of a control this run evaluated: it
     * is stale, or names the wrong agent. A waiver of a control the run left out (scoped to a
     * framework) may well be in use, so it is not said to waive nothing.
     */
    public boolean waivesNothing(WaiverStatus waiver) {
        return waiver.active() && waiver.findingsMatched() == 0 && controls.stream()
                .anyMatch(c -> c.control().id().equals(waiver.waiver().control()) && c.status() != ControlStatus.NOT_EVALUATED);
    }

    /**
     * The waiver that would cover {@code finding} but for its growth since the baseline: in force in
     * the baseline's run, it leaves the finding open ({@link WaiverStatus#findingsOutgrown}).
     */
    public Optional<WaiverStatus> outgrownWaiver(Finding finding) {
        if (finding.waived() || baseline == null) {
            return Optional.empty();
        }
        return waivers.stream().filter(w -> w.findingsOutgrown() > 0 && WaiverStep.matches(w.waiver(), finding)
                && baseline.outgrows(finding, w.waiver())).findFirst();
    }

    /** How many controls ended with {@code status}. */
    public long controlsWith(ControlStatus status) {
        return controls.stream().filter(c -> c.status() == status).count();
    }

    /**
     * The deployment's verdict, which every report states: FAIL when an open finding reaches the
     * fail-on severity, new or not.
     */
    public Verdict verdict() {
        return findings.stream().anyMatch(this::fails) ? Verdict.FAIL : Verdict.PASS;
    }

    /** Whether {@code finding} makes the check fail: open, and at or above the fail-on severity. */
    public boolean fails(Finding finding) {
        return !finding.waived() && finding.severity().atLeast(failOn);
    }

    /** The one framework a run scoped with --framework reports, or empty for an unscoped run. */
    public Optional<FrameworkResult> scopedFramework() {
        return frameworks.size() == 1 && catalog.frameworks().size() > 1 ? Optional.of(frameworks.get(0)) : Optional.empty();
    }

    /**
     * Whether some finding the check fails on is a gap in a clause that binds the deployment today:
     * of the framework a scoped run reports, else of any framework. The findings may serve only
     * clauses that bind later, that do not apply, or whose application the file leaves unsettled;
     * a report says so beside a FAIL.
     */
    public boolean failsOnAClauseInForce() {
        return failingInForce().findAny().isPresent();
    }

    /** How many of the findings the check fails on are a gap in a clause that binds the deployment today (see {@link #failsOnAClauseInForce}). */
    public long failingGapsInForce() {
        return failingInForce().distinct().count();
    }

    /**
     * The fingerprints of the findings the check fails on, once for each clause in force they are a
     * gap in: a stream, so that whether there is one stops at the first, as a check's summary line
     * asks only that of a fleet's hundred thousand findings.
     */
    private Stream<String> failingInForce() {
        Set<String> failing = findings.stream().filter(this::fails).map(Finding::fingerprint).collect(Collectors.toSet());
        return frameworks.stream().filter(FrameworkResult::applicable).flatMap(framework -> framework.clauses().stream())
                .filter(c -> c.status() == ClauseStatus.GAP).flatMap(c -> c.findings().stream()).filter(failing::contains);
    }

    /** How many findings the check fails on: open, at or above the fail-on severity. */
    public long failingCount() {
        return findings.stream().filter(this::fails).count();
    }

    /**
     * What the check's exit code follows: the verdict, or with a baseline and fail-on-new, whether a
     * new open finding reaches the fail-on severity. A gate that lets known findings through does not
     * make the deployment pass.
     */
    public Verdict gate() {
        return findings.stream().anyMatch(this::gates) ? Verdict.FAIL : Verdict.PASS;
    }

    /**
     * Whether {@code finding} is one the exit code follows: one that {@link #fails} the check, and
     * with a baseline and fail-on-new, new as well.
     */
    public boolean gates(Finding finding) {
        return fails(finding) && !known(finding);
    }

    /** Whether {@code finding} is one the baseline already had, in a check that fails on new findings only. */
    public boolean known(Finding finding) {
        return failsOnNewOnly() && !baseline.isNew(finding);
    }

    /** Whether only findings new since the baseline fail the check (--fail-on-new). */
    public boolean failsOnNewOnly() {
        return baseline != null && baseline.failOnNew();
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

    /**
     * The deployment's actions that no rule classifies: counted as high-impact (destructive in a
     * critical environment), and listed by every report that states the verdict in words, so that
     * no verdict rests on a guess the user was not told about.
     */
    public List<UnclassifiedAction> unclassifiedActions() {
        return UnclassifiedAction.in(input);
    }

    /**
     * The agents the file gives no permissions at all, so that no permission control had anything of theirs to examine: listed
     * by every report, so that a PASS is not read as "their rights were checked".
     */
    public List<AgentWithoutPermissions> agentsWithoutPermissions() {
        return EffectiveAccess.withoutPermissions(input);
    }

    /**
     * The use cases agents name that the catalog does not know: kept as written, read by no rule,
     * and listed by every report, so that a high-risk area they name is not silently unseen.
     */
    public List<UnknownUseCase> unknownUseCases() {
        return UnknownUseCase.in(input, catalog);
    }

    public long waivedCount() {
        return findings.stream().filter(Finding::waived).count();
    }

    public List<Finding> openFindings() {
        return findings.stream().filter(f -> !f.waived()).toList();
    }
}
