package io.oversight.check;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.InvalidExtensionException;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import io.oversight.deployment.Sha256;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.read.WaiverFileReader;
import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.ComplianceEngine;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.OrganizationRuleFault;
import io.oversight.engine.PhaseTimes;
import io.oversight.engine.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One check in progress: the catalog and scope it settled first, the rule base once needed, and the deployments so far. */
final class CheckRun {

    private final CheckRequest request;
    private final PhaseTimes times = new PhaseTimes();
    private final Catalog catalog;
    private final Scope scope;
    private final DeploymentReader reader;
    private final List<DeploymentCheck> checked = new ArrayList<>();
    private ComplianceEngine engine;
    /** The organization's rule files the engine was built from, with their digests; none for the built-in rules. */
    private List<InputFile> ruleFiles = List.of();
    /** The project settings file some options came from, with its digest; none without one. */
    private final List<InputFile> settingsFile;
    private long findings;
    /** The earlier run each deployment is compared with, read once; null without a baseline. */
    private final BaselineFile.Read baseline;
    /** The deployments checked that the earlier run of several did not check: all their findings are new. */
    private final List<Path> notInBaseline = new ArrayList<>();
    /** The deployment the waivers file was applied to so far, if any. */
    private Path waived;

    CheckRun(CheckRequest request) throws CheckException {
        this.request = request;
        long start = System.nanoTime();
        this.catalog = request.rules() == null ? CatalogLoader.builtIn() : organizationCatalog(request.rules());
        this.scope = scope(catalog, request.framework());
        times.lap("catalog", start);
        DeploymentReader anyRoot = new DeploymentReader(catalog.controlIds(), request.limits());
        this.reader = request.importRoot() == null ? anyRoot : anyRoot.withImportRoot(request.importRoot());
        this.baseline = request.baseline() == null ? null : BaselineFile.read(request.baseline(), request.limits().maxFileBytes());
        this.settingsFile = settingsFile(request.settings());
        if (baseline != null && baseline.ofOneDeployment() && request.deployments().size() > 1) {
            // One deployment's findings compared with several would call every other deployment's findings new or resolved.
            throw new CheckException(request.baseline() + " is the output of one deployment; to compare several, give the oversight-run.json"
                    + " an earlier run of them wrote with --output-dir and --format json");
        }
        if (baseline != null && !baseline.ofOneDeployment() && !request.deployments().isEmpty()) {
            request.deployments().stream().filter(d -> !baseline.recorded(d)).forEach(notInBaseline::add);
            if (notInBaseline.size() == request.deployments().size()) {
                // Another run's findings would all be resolved and every finding here new: a comparison that says nothing.
                throw new CheckException(request.baseline() + " is the run of other deployments (" + String.join(", ", baseline.deployments())
                        + "), not of " + names(request.deployments()) + ": give the oversight-run.json of an earlier run of these");
            }
        }
    }

    /** The settings file as an input of every report: it may have set the framework, the severity that fails, the waivers. */
    private static List<InputFile> settingsFile(Path file) throws CheckException {
        if (file == null) {
            return List.of();
        }
        try {
            return List.of(new InputFile(file.toString(), InputFile.Role.SETTINGS, Sha256.hex(Files.readAllBytes(file))));
        } catch (java.io.IOException e) {
            throw new CheckException(file + " cannot be read: " + e.getMessage());
        }
    }

    private static String names(List<Path> deployments) {
        return deployments.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Reads and assesses {@code file}; when {@code oneOfSeveral}, problems reading it are its result instead of an exception. */
    void check(Path file, boolean oneOfSeveral) throws InvalidInputException, CheckException {
        long start = System.nanoTime();
        DeploymentFile input;
        try {
            input = reader.read(file);
        } catch (InvalidInputException e) {
            if (!oneOfSeveral) {
                throw e;
            }
            checked.add(DeploymentCheck.invalid(file, e.problems()));
            return;
        }
        assess(file, input, start, oneOfSeveral);
    }

    void check(String name, byte[] bytes) throws InvalidInputException, CheckException {
        long start = System.nanoTime();
        assess(Path.of(name), reader.read(name, bytes), start, false);
    }

    CheckResult result() throws InvalidInputException {
        if (request.waivers() != null && waived == null && !checked.isEmpty() && checked.stream().allMatch(c -> c.assessment() != null)) {
            // Every deployment was read and none is the one the file is for: its waivers waived nothing, unnoticed.
            throw atWaiversDeployment(named -> "the waivers file is for deployment '" + named + "', which none of the "
                    + checked.size() + " deployments checked is (their metadata.name)");
        }
        return new CheckResult(checked, times, notInBaseline, notChecked(), baseline == null ? List.of() : baseline.limits(request.asOf(), catalog.version()));
    }

    /**
     * The deployments the baseline's run of several checked that this run did not: a deployment that
     * failed there and is now skipped (its header changed, a link out of the folder) would leave
     * without a word, its findings neither judged nor resolved.
     */
    private List<String> notChecked() {
        if (baseline == null || baseline.ofOneDeployment()) {
            return List.of();
        }
        Set<String> now = request.deployments().stream().map(d -> d.normalize().toString()).collect(java.util.stream.Collectors.toSet());
        return baseline.deployments().stream().filter(d -> !now.contains(d)).toList();
    }

    /** A problem of the waivers file, located at the deployment it says it is for, which {@code message} is given. */
    private InvalidInputException atWaiversDeployment(java.util.function.UnaryOperator<String> message) throws InvalidInputException {
        WaiverFileReader.Loaded loaded = new WaiverFileReader(catalog.controlIds(), request.limits()).read(request.waivers(), null, false);
        return new InvalidInputException(List.of(new Problem(request.waivers().toString(), loaded.locate("deployment"),
                message.apply(loaded.deployment()))));
    }

    private void assess(Path file, DeploymentFile input, long start, boolean oneOfSeveral) throws InvalidInputException, CheckException {
        if (request.waivers() != null) {
            Optional<DeploymentFile> waivedInput = new WaiverFileReader(catalog.controlIds(), request.limits())
                    .addTo(input, request.waivers(), oneOfSeveral);
            if (waivedInput.isPresent() && waived != null) {
                // A second deployment of the same name: a copy of the name would take the other's waivers.
                throw atWaiversDeployment(named -> "the waivers file is for deployment '" + named
                        + "', and more than one deployment checked has that metadata.name (" + waived + " and " + file + " among them)"
                        + ": give each deployment a name of its own");
            }
            if (waivedInput.isPresent()) {
                waived = file;
            }
            input = waivedInput.orElse(input);
        }
        start = times.lap("read", start);
        if (engine == null) {
            engine = request.rules() == null ? ComplianceEngine.builtIn() : ComplianceEngine.withOrganizationRules(request.rules(), catalog);
            if (request.rules() != null) {
                ruleFiles = OrganizationRuleFiles.of(request.rules());
            }
            times.lap("rulebase", start);
        }
        Baseline.Earlier earlier = null;
        if (baseline != null) {
            sameDeployment(file, input);
            earlier = new Baseline.Earlier(request.baseline().toString(), baseline.asOf(), baseline.of(file), baseline.waiversOf(file),
                    request.failOnNew());
        }
        Assessment assessment;
        try {
            assessment = engine.assess(input, catalog, request.asOf(), request.failOn(), scope, times, earlier).withInputs(ruleFiles)
                    .withInputs(settingsFile);
        } catch (OrganizationRuleFault e) {
            throw new InvalidInputException(List.of(e.problem()));
        }
        findings += assessment.findings().size();
        if (findings > request.limits().maxFindings()) {
            // Reports of millions of findings would take longer than the check and no one can act on them.
            throw new CheckException(String.format(java.util.Locale.ROOT,
                    "%s: the check found %,d findings%s, more than the limit of %,d per run; raise it with --max-findings", file, findings,
                    checked.isEmpty() ? "" : " in this and the deployments before it", request.limits().maxFindings()));
        }
        if (baseline != null) {
            Set<String> evaluated = assessment.controls().stream().filter(c -> c.status() != ControlStatus.NOT_EVALUATED)
                    .map(c -> c.control().id()).collect(java.util.stream.Collectors.toSet());
            sameScope(file, evaluated);
            assessment = assessment.withInputs(List.of(baseline.file()));
        }
        checked.add(DeploymentCheck.assessed(file, assessment));
    }

    /**
     * Refuses a baseline that did not evaluate controls this run evaluates (it was scoped to a
     * framework, this run is not, or to another): their findings can be neither known nor new,
     * and counting them new would fail a change that introduced nothing, counting them known would
     * pass one that did. A control the earlier run did not know at all (an organization's rule
     * added since) is not refused: its findings are new.
     */
    private void sameScope(Path file, Set<String> evaluated) throws CheckException {
        List<String> unknown = baseline.notEvaluated(file).stream().filter(evaluated::contains).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new CheckException(request.baseline() + " did not evaluate " + unknown.size() + (unknown.size() == 1 ? " control" : " controls")
                    + " this check of " + file + " evaluates (" + String.join(", ", unknown.subList(0, Math.min(8, unknown.size())))
                    + (unknown.size() > 8 ? ", ..." : "") + "), so their findings could be told neither new nor known: make the baseline"
                    + (request.framework() == null ? " from a run without --framework, as this check is,"
                    : " from a run with --framework " + request.framework() + ", as this check is,")
                    + " or check with the --framework the baseline was made with");
        }
    }

    /**
     * Refuses one deployment's output as the baseline of another: its findings would all count as
     * resolved, and every finding here as new. Told by the deployment's name, since the file may
     * have moved or been renamed since.
     */
    private void sameDeployment(Path file, DeploymentFile input) throws CheckException {
        String name = input.deployment().metadata().name();
        if (baseline.ofOneDeployment() && baseline.name() != null && name != null && !baseline.name().equals(name)) {
            throw new CheckException(request.baseline() + " is the report of deployment '" + baseline.name() + "', not of '" + name
                    + "' (" + file + "): give an earlier report of '" + name + "'");
        }
    }

    /** The built-in catalog, extended by the organization's {@code catalog.yaml} when its rules directory has one. */
    private static Catalog organizationCatalog(Path rules) throws CheckException {
        Path extension = rules.resolve(OrganizationRuleFiles.CATALOG);
        if (!Files.exists(extension)) {
            return CatalogLoader.builtIn();
        }
        try {
            return CatalogLoader.extend(CatalogLoader.builtIn(), extension);
        } catch (InvalidExtensionException e) {
            throw new CheckException(e.getMessage());
        }
    }

    private static Scope scope(Catalog catalog, String framework) throws UnknownFrameworkException {
        if (framework == null) {
            return Scope.ALL;
        }
        if (catalog.framework(framework).isEmpty()) {
            throw new UnknownFrameworkException("unknown framework '" + framework + "'"
                    + Suggestions.didYouMean(framework, catalog.frameworks().stream().map(f -> f.id()).toList())
                    + "; see 'oversight frameworks'");
        }
        return Scope.framework(catalog, framework);
    }
}
