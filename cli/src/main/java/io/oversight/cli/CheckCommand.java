package io.oversight.cli;

import io.oversight.catalog.Severity;
import io.oversight.check.CheckException;
import io.oversight.check.CheckRequest;
import io.oversight.check.CheckResult;
import io.oversight.check.DeploymentCheck;
import io.oversight.check.Outcome;
import io.oversight.check.Oversight;
import io.oversight.check.UnknownFrameworkException;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.OneLine;
import io.oversight.deployment.Problem;
import io.oversight.deployment.read.DeploymentRecognizer;
import io.oversight.engine.Assessment;
import io.oversight.engine.Verdict;
import io.oversight.report.InvalidInput;
import io.oversight.report.InvalidInputRenderer;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.Renderers;
import io.oversight.report.TextRenderer;
import io.oversight.report.WrappingWriter;
import io.oversight.report.formats.github.GitHubRenderer;
import io.oversight.report.formats.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Checks deployments against the control catalog and reports the findings.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_PASS, ExitCode.LIST_FINDINGS, ExitCode.LIST_INVALID, ExitCode.LIST_INTERNAL},
        footer = {"", "With several deployments the exit code is the worst of them.", "",
                "Defaults come from .oversight.yaml, the first found from the working directory up to the repository's root"
                        + " (or the file OVERSIGHT_CONFIG names): its keys are the long names of --fail-on, --format, --output-dir, --waivers,"
                        + " --rules, --framework, --baseline, --fail-on-new and --paper, its paths relative to the file. The variables"
                        + " OVERSIGHT_FAIL_ON, OVERSIGHT_FORMAT, OVERSIGHT_OUTPUT_DIR, OVERSIGHT_WAIVERS, OVERSIGHT_RULES, OVERSIGHT_FRAMEWORK,"
                        + " OVERSIGHT_BASELINE, OVERSIGHT_FAIL_ON_NEW and OVERSIGHT_PAPER win over the file; the command line wins over both."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    OversightCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Deployment descriptions (YAML or JSON, format oversight/v1), directories to search for them, "
                    + "or - for one deployment on standard input.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Output format, repeatable: ${COMPLETION-CANDIDATES} (default: text). More than one needs --output-dir.",
            completionCandidates = FormatNames.class)
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE (atomically) instead of standard output ('-' is standard output).")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write every --format for every deployment to DIR/<name>.<extension> (atomically), <name> being the "
                    + "deployment's path inside the directory searched (or its file name) without the extension; formats that "
                    + "share an extension get DIR/<name>.<format>.<extension>.")
    Path outputDir;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write the PDF gap report to FILE (atomically), alongside the --format output.")
    Path pdf;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "Paper size of the PDF report: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high", converter = SeverityWord.class,
            description = "Exit with 1 when an unwaived finding is at or above this severity: critical, high, medium, low (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Also apply the waivers in FILE (waivers: [...]), kept apart from the deployment so a governance team can own them;"
                    + " with several deployments, to the one its 'deployment:' names.")
    Path waivers;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON output (--format json): marks each finding new, updated or unchanged and lists the resolved ones.")
    Path baseline;

    @Option(names = "--fail-on-new", description = "With --baseline: exit with 1 only for new findings at or above --fail-on.")
    boolean failOnNew;

    @Mixin
    AsOfOption asOf;

    @Mixin
    ImportRootOption importRoot;

    @Option(names = "--framework", paramLabel = "ID",
            description = "Evaluate only the controls mapped to this framework and report only its clauses (see 'oversight frameworks').")
    String framework;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also evaluate the organization's own rules: the .drl files in DIR and its catalog.yaml of controls. Rules are code: use only rules you trust.")
    Path rules;

    @Option(names = "--rules-timeout", paramLabel = "SECONDS",
            description = "Stop with exit code 2 when a check with --rules has not finished after SECONDS (default: 1800): a rule that never ends would hold a CI job until it timed out.")
    long rulesTimeout = 1800;

    @Option(names = "--no-color", description = "Never colour the text output. Colour is used on a terminal whose TERM is not dumb, or anywhere"
            + " with FORCE_COLOR set (not 0); never with NO_COLOR set (not empty).")
    boolean noColor;

    @Option(names = "--max-input-mb", paramLabel = "N",
            description = "Refuse a deployment or imported file larger than N MiB (default: ${DEFAULT-VALUE}).")
    int maxInputMb = (int) (InputLimits.DEFAULT.maxFileBytes() / (1024 * 1024));

    @Option(names = "--max-agents", paramLabel = "N", description = "Refuse a deployment of more than N agents (default: ${DEFAULT-VALUE}).")
    int maxAgents = InputLimits.DEFAULT.maxAgents();

    @Option(names = "--max-findings", paramLabel = "N",
            description = "Stop with exit code 2 when the deployments have more than N findings in all (default: ${DEFAULT-VALUE}).")
    long maxFindings = InputLimits.DEFAULT.maxFindings();

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line of the text output; the exit code is unchanged.")
    boolean quiet;

    @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "low", converter = SeverityWord.class,
            description = "Print only findings at or above this severity in the text output: critical, high, medium, low (default: ${DEFAULT-VALUE})."
                    + " Display only: the summary counts every finding and the exit code still follows --fail-on.")
    Severity minSeverity;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--timings", hidden = true, description = "Print the time of each phase to standard error (for the benchmark).")
    boolean timings;

    /**
     * Starts building the built-in rule base while picocli builds the command model and parses the
     * arguments, which take about as long: started any later, the first deployment waits for it.
     * Only --rules does without it, and then it costs the other core a fraction of the organization
     * rules' compile time.
     */
    CheckCommand() {
        Oversight.warmUp();
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Renderers.names().iterator();
        }
    }

    /** Formats whose outputs for several deployments can follow one another on standard output. */
    private static final java.util.Set<String> ONE_AFTER_ANOTHER = java.util.Set.of("text", "github");

    @Override
    public Integer call() throws InvalidInputException, CheckException, IOException, UserError {
        if (spec.defaultValueProvider() instanceof ProjectSettings settings) {
            settings.requireValid();
            if (output != null && !setBy("--output-dir").isEmpty()) {
                outputDir = null; // --output on the command line chooses where this run writes, over a configured folder
            }
        }
        List<Renderer> renderers = renderers();
        Inputs inputs = Inputs.expand(files, new DeploymentRecognizer(InputLimits.DEFAULT));
        checkCombinations(renderers, inputs);
        RenderOptions.Paper paperSize = paperSize();
        warnOfUnusedPaper(renderers);
        ReportFiles reports = reportFiles(inputs);
        claimReports(reports, inputs, renderers);
        reports.refuseClaimed();
        CheckResult result;
        try {
            result = check(inputs);
        } catch (InvalidInputException e) {
            annotate(renderers, e.problems());
            try {
                // The job summary says it too: the usual check of a single file had left it empty (change review).
                appendJobSummary(renderers, inputs.deployments().stream().map(d -> new DeploymentCheck(d.file(), null, e.problems())).toList(), null);
                if (outputDir != null) {
                    reportNothingChecked(reports, inputs, renderers, e.problems());
                }
            } catch (UserError | IOException unwritten) {
                // Said, and the input's problems still listed after it: they are what the user must fix first.
                spec.commandLine().getErr().println(OneLine.safe("oversight: " + unwritten.getMessage()));
            }
            throw e;
        }
        for (DeploymentCheck deployment : result.deployments()) {
            if (deployment.valid()) {
                protectFoundWhileReading(reports, deployment);
            }
        }
        reports.refuseClaimed();
        annotateSkipped(renderers, inputs, result);
        // Why every finding of a deployment is new: the earlier run did not check it (added since, or named otherwise).
        result.notChecked().forEach(file -> spec.commandLine().getErr().println(OneLine.safe("oversight: " + file + " was checked in the baseline "
                + baseline + " but not in this run: its findings there are neither judged nor resolved")));
        result.baselineLimits().forEach(limit -> spec.commandLine().getErr().println(OneLine.safe("oversight: the baseline " + baseline
                + ": " + limit)));
        result.notInBaseline().forEach(file -> spec.commandLine().getErr().println(OneLine.safe("oversight: " + file
                + " is not in the baseline " + baseline + ": all its findings are new")));
        try {
            for (int i = 0; i < result.deployments().size(); i++) {
                DeploymentCheck deployment = result.deployments().get(i);
                if (deployment.valid()) {
                    long start = System.nanoTime();
                    write(deployment.file(), inputs.deployments().get(i).outputStem(), deployment.assessment(), renderers,
                            inputs.deployments().size(), paperSize, reports);
                    result.times().lap("render", start);
                } else if (outputDir != null) {
                    reportInvalid(reports, deployment.file(), inputs.deployments().get(i).outputStem(), deployment.problems(), renderers);
                }
            }
            if (timings) {
                spec.commandLine().getErr().println("timings: " + result.times().format() + " findings: " + result.findings());
            }
            appendJobSummary(renderers, result.deployments(), combined(result, inputs) ? combinedLine(result, inputs) : null);
            int code = exitCode(result, inputs, renderers, reports);
            reports.commit();
            return code;
        } finally {
            reports.discard();
        }
    }

    private CheckResult check(Inputs inputs) throws InvalidInputException, CheckException, UserError {
        CheckRequest request = CheckRequest.of(inputs.fromStdin() ? List.of() : inputs.files()).asOf(asOf.date()).failOn(failOn)
                .framework(framework).waivers(waivers).rules(rules).importRoot(importRoot.dir()).limits(limits())
                .settings(spec.defaultValueProvider() instanceof ProjectSettings settings ? settings.fileRead().orElse(null) : null);
        if (baseline != null) {
            request = request.baseline(baseline, failOnNew);
        }
        // An organization's rules are code of its own, which could end the process with an exit code of its choosing.
        Main.UnfinishedRun unfinished = rules == null ? null : new Main.UnfinishedRun("the organization's rules");
        if (unfinished != null) {
            atLeastOne("--rules-timeout", rulesTimeout);
            unfinished.limit(rulesTimeout, "the check with the organization's rules " + rules + " has not finished after " + rulesTimeout
                    + " seconds (--rules-timeout): a rule that never ends, or one that inserts a fact each time it fires, holds it; nothing was reported");
        }
        try {
            return inputs.fromStdin() ? Oversight.check(request, StandardInput.NAME, StandardInput.bytes(parent.stdin(), request.limits())) : Oversight.check(request);
        } catch (UnknownFrameworkException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } finally {
            if (unfinished != null) {
                unfinished.end();
            }
        }
    }

    /** Where Linux and macOS show the process's standard input as a file. */
    private static final Path STANDARD_INPUT = Path.of("/dev/stdin");

    /** The files the check reads, which no report may replace. */
    private ReportFiles reportFiles(Inputs inputs) {
        ReportFiles reports = new ReportFiles();
        if (inputs.fromStdin()) {
            // Standard input may be a file (check - < prod.yaml), which -o /dev/stdin would reach.
            reports.protect(STANDARD_INPUT, "the file on standard input, the deployment");
        } else {
            inputs.deployments().forEach(d -> reports.protect(d.file(), "the deployment " + d.file()));
        }
        inputs.skipped().forEach(s -> reports.protect(s.file(), s.file() + ", found in the directory searched"));
        if (waivers != null) {
            reports.protect(waivers, "the waivers file " + waivers);
        }
        if (baseline != null) {
            reports.protect(baseline, "the baseline " + baseline);
        }
        // The settings the options came from: written over, every later run would fail on a report where its settings were.
        if (spec.defaultValueProvider() instanceof ProjectSettings settings) {
            settings.fileRead().ifPresent(file -> reports.protect(file, "the settings file " + file + " the options were read from"));
        }
        return reports;
    }

    /**
     * The files only reading {@code deployment} found: the policies and runtime configurations it
     * imports, the organization's rule files. The files named on the command line are protected
     * before the check, under the names {@link #reportFiles} gives them.
     */
    private static void protectFoundWhileReading(ReportFiles reports, DeploymentCheck deployment) {
        for (InputFile read : deployment.assessment().inputs()) {
            if (read.role() == InputFile.Role.IMPORT) {
                reports.protect(Path.of(read.file()), read.file() + ", which " + deployment.file() + " imports");
            } else if (read.role() == InputFile.Role.RULES) {
                reports.protect(Path.of(read.file()), "the rules file " + read.file());
            }
        }
    }

    private InputLimits limits() {
        atLeastOne("--max-input-mb", maxInputMb);
        atLeastOne("--max-agents", maxAgents);
        atLeastOne("--max-findings", maxFindings);
        return InputLimits.DEFAULT.withMaxFileBytes(maxInputMb * 1024L * 1024L).withMaxAgents(maxAgents).withMaxFindings(maxFindings);
    }

    private void atLeastOne(String option, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
        }
    }

    private List<Renderer> renderers() {
        List<String> names = formats == null || formats.isEmpty() ? List.of("text") : formats;
        List<Renderer> renderers = new ArrayList<>();
        for (String name : names) {
            renderers.add(Renderers.byName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown format '" + name + "'; expected one of: " + String.join(", ", Renderers.names()))));
        }
        return renderers;
    }

    private void checkCombinations(List<Renderer> renderers, Inputs found) throws UserError {
        List<Path> inputs = found.files();
        if (output != null && StandardInput.names(output)) {
            output = null; // '-' is standard output here, as it is standard input for the deployment
        }
        if (pdf != null && StandardInput.names(pdf)) {
            throw new ParameterException(spec.commandLine(), "--pdf - would write the PDF to standard output; give it a file name");
        }
        if (output != null && outputDir != null) {
            throw new ParameterException(spec.commandLine(), "--output and --output-dir exclude each other" + setBy("--output-dir"));
        }
        if (outputDir == null) {
            if (renderers.size() > 1) {
                throw new ParameterException(spec.commandLine(), "several formats need --output-dir DIR" + setBy("--format"));
            }
            Renderer only = renderers.get(0);
            if (inputs.size() > 1 && (output != null || !ONE_AFTER_ANOTHER.contains(only.name()))) {
                throw new ParameterException(spec.commandLine(), "several deployments need --output-dir DIR for "
                        + (output != null ? "written output" : "--format " + only.name() + setBy("--format")));
            }
            if (only.binary() && output == null) {
                throw new ParameterException(spec.commandLine(),
                        "--format " + only.name() + setBy("--format") + " is binary: give --output FILE (or use --pdf FILE beside a text format)");
            }
            if (output != null && Files.isDirectory(output)) {
                throw new UserError(output + " is a directory; --output needs a file name");
            }
            ReportFiles.refuseMissingFolder(output); // before anything is checked or printed
        } else if (!Files.isDirectory(outputDir)) {
            throw new UserError("--output-dir " + outputDir + setBy("--output-dir") + " is not an existing directory");
        } else {
            refuseSharedNames(found, renderers);
            refuseReportsWhereSearched(found, renderers);
        }
        if (pdf != null && inputs.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--pdf FILE takes one deployment; for several use --format pdf --output-dir DIR");
        }
        if (pdf != null && Files.isDirectory(pdf)) {
            throw new UserError(pdf + " is a directory; --pdf needs a file name");
        }
        ReportFiles.refuseMissingFolder(pdf);
        if (failOnNew && baseline == null) {
            throw new ParameterException(spec.commandLine(), "--fail-on-new" + setBy("--fail-on-new") + " needs --baseline FILE");
        }
    }

    /**
     * Refuses an output directory inside a directory the check searches when it would get reports
     * the search takes for deployments (.json): the run worked once, and every later one stopped
     * at its own earlier reports, found as inputs.
     */
    private void refuseReportsWhereSearched(Inputs found, List<Renderer> renderers) throws UserError {
        String searchedAs = renderers.stream().map(r -> "." + r.extension()).filter(Inputs::searched)
                .findFirst().orElse(writesRunSummary(found, renderers) ? ".json" : null);
        if (searchedAs == null) {
            return;
        }
        try {
            Path real = outputDir.toRealPath();
            for (Path searched : files) {
                Path where = Files.isDirectory(searched) ? searched.toRealPath() : null;
                if (where != null && real.startsWith(where)) {
                    throw new UserError("--output-dir " + outputDir + setBy("--output-dir") + (real.equals(where) ? " is " : " is inside ") + searched
                            + (real.equals(where) ? ", a directory the check searches:" : ", which the check searches:")
                            + " the next run would take its " + searchedAs + " reports for deployments; write them outside it");
                }
            }
        } catch (IOException e) {
            // A folder that cannot be resolved is reported where it is read or written.
        }
    }

    /** Who set an option the user did not give: an OVERSIGHT_* variable or .oversight.yaml, so that an error it causes says so. */
    private String setBy(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option) || !(spec.defaultValueProvider() instanceof ProjectSettings settings)
                ? "" : settings.origin(option);
    }

    /**
     * Two deployments whose outputs would have the same name ({@code prod.yaml} and {@code prod.json}
     * in one folder, or two directories searched that both hold {@code prod.yaml}) must not
     * overwrite each other's reports, nor a deployment named like the run summary overwrite it.
     */
    private void refuseSharedNames(Inputs found, List<Renderer> renderers) throws UserError {
        Map<Path, Path> byStem = new java.util.HashMap<>();
        boolean summary = writesRunSummary(found, renderers);
        for (Inputs.Input input : found.deployments()) {
            if (summary && input.outputStem().equals(Path.of(RunSummary.STEM))) {
                throw new UserError(input.file() + " would write its JSON report over the run summary " + outputDir.resolve(RunSummary.FILE_NAME)
                        + "; rename it, or check it on its own");
            }
            Path earlier = byStem.putIfAbsent(input.outputStem(), input.file());
            if (earlier != null) {
                throw new UserError(earlier + " and " + input.file() + " would both write their reports to " + outputDir.resolve(input.outputStem())
                        + ".*; check them in separate runs or with separate --output-dir");
            }
        }
    }

    /**
     * Claims every file the run writes, before anything is checked: reports whose names differ can
     * still meet in one file (a.oscal.yaml's JSON report is a.oscal.json, as is a.yaml's OSCAL one;
     * --output and --pdf may name one file, by a link or not).
     */
    private void claimReports(ReportFiles reports, Inputs found, List<Renderer> renderers) throws UserError {
        if (outputDir != null) {
            for (Inputs.Input input : found.deployments()) {
                for (Renderer renderer : renderers) {
                    reports.claim(reportFile(input.outputStem(), renderer, renderers), "--output-dir",
                            "the " + renderer.name() + " report of " + input.file());
                }
            }
            if (writesRunSummary(found, renderers)) {
                reports.claim(outputDir.resolve(RunSummary.FILE_NAME), "--output-dir", "the run summary");
            }
        }
        if (output != null) {
            reports.claim(output, "--output", "--output");
        }
        if (pdf != null) {
            reports.claim(pdf, "--pdf", "--pdf");
        }
        // The job summary is appended to, not replaced, but appended to an input it corrupts it as surely.
        java.util.Optional<Path> summary = parent.terminal().stepSummary();
        if (summary.isPresent() && renderers.stream().anyMatch(r -> r.name().equals("github"))) {
            reports.claim(summary.get(), "GITHUB_STEP_SUMMARY", "the job summary");
        }
    }

    /**
     * With --output-dir, an invalid deployment's report says so in the formats that can (text,
     * github, markdown, junit), and its reports of an earlier run in the others are removed: either
     * would otherwise sit beside this run's as if current, and an upload of the folder published
     * them (red team), or showed nothing of the deployment at all.
     */
    private void reportInvalid(ReportFiles reports, Path file, Path outputStem, List<Problem> problems, List<Renderer> renderers)
            throws IOException, UserError {
        InvalidInput invalid = new InvalidInput(file.toString(), problems, asOf.date());
        for (Renderer renderer : renderers) {
            Path target = reportFile(outputStem, renderer, renderers);
            if (renderer instanceof InvalidInputRenderer says) {
                reports.write(target, "--output-dir", outputDir, out -> says.renderInvalid(invalid, out));
            } else {
                reports.removeWithCommit(target);
            }
        }
        stdoutWrapped("INVALID  " + file + "  " + invalid.outcome() + " -> " + outputDir);
    }

    /** A check stopped by an input every deployment shares (the waivers file, the organization's rules): each deployment's reports say so. */
    private void reportNothingChecked(ReportFiles reports, Inputs inputs, List<Renderer> renderers, List<Problem> problems)
            throws IOException, UserError {
        try {
            List<DeploymentCheck> unchecked = new ArrayList<>();
            for (Inputs.Input input : inputs.deployments()) {
                reportInvalid(reports, input.file(), input.outputStem(), problems, renderers);
                unchecked.add(new DeploymentCheck(input.file(), null, problems));
            }
            if (writesRunSummary(inputs, renderers)) {
                reports.write(outputDir.resolve(RunSummary.FILE_NAME), "--output-dir", outputDir,
                        out -> RunSummary.write(unchecked, inputs, asOf.date(), out));
            }
            reports.commit();
        } finally {
            reports.discard();
        }
    }

    /** Whether the run also writes {@link RunSummary#FILE_NAME} into --output-dir. */
    private boolean writesRunSummary(Inputs found, List<Renderer> renderers) {
        return outputDir != null && found.summarized() && renderers.stream().anyMatch(r -> r.name().equals("json"));
    }

    /** Where --output-dir puts one deployment's report in one format; formats sharing an extension (json, oscal) are told apart by name. */
    private Path reportFile(Path outputStem, Renderer renderer, List<Renderer> renderers) {
        boolean shared = renderers.stream().filter(r -> r.extension().equals(renderer.extension())).count() > 1;
        return outputDir.resolve(outputStem.resolveSibling(outputStem.getFileName() + (shared && !renderer.name().equals(renderer.extension())
                ? "." + renderer.name() : "") + "." + renderer.extension()));
    }

    private void write(Path file, Path outputStem, Assessment assessment, List<Renderer> renderers, int inputCount,
                       RenderOptions.Paper paperSize, ReportFiles reports) throws IOException, UserError {
        RenderOptions plain = new RenderOptions(false, paperSize);
        if (outputDir != null) {
            for (Renderer renderer : renderers) {
                reports.write(reportFile(outputStem, renderer, renderers), "--output-dir", outputDir, out -> renderer.render(assessment, plain, out));
            }
            stdoutWrapped(summaryLine(file, assessment) + " -> " + outputDir);
        } else if (output != null) {
            reports.write(output, "--output", null, out -> renderers.get(0).render(assessment, plain, out));
        } else {
            if (inputCount > 1) {
                parent.stdoutWriter().println(OneLine.safe("== " + file));
            }
            renderers.get(0).render(assessment, onTerminal(paperSize), parent.stdout());
            if (inputCount > 1) {
                parent.stdoutWriter().println();
            }
        }
        if (pdf != null) {
            Renderer pdfRenderer = Renderers.byName("pdf").orElseThrow();
            reports.write(pdf, "--pdf", null, out -> pdfRenderer.render(assessment, plain, out));
            if (output != null || outputDir != null || !renderers.get(0).name().equals("text")) {
                spec.commandLine().getErr().println("oversight: wrote the PDF gap report to " + pdf);
            } else {
                parent.stdoutWriter().println("PDF gap report: " + pdf);
            }
        }
    }

    /** With GitHub's format on standard output, the input's problems as annotations too (they go to standard error as ever). */
    private void annotate(List<Renderer> renderers, List<Problem> problems) {
        if (annotates(renderers)) {
            problems.forEach(p -> parent.stdoutWriter().println(GitHubRenderer.annotation(p)));
            parent.stdoutWriter().flush();
        }
    }

    /**
     * With GitHub's format on standard output, a warning on each file the directory search skipped
     * that no deployment read either (an imported policy was read): before the findings' annotations,
     * as a pull request shows only the first few warnings of a step.
     */
    private void annotateSkipped(List<Renderer> renderers, Inputs inputs, CheckResult result) {
        if (!annotates(renderers) || inputs.skipped().isEmpty()) {
            return;
        }
        Set<Path> read = result.deployments().stream().filter(DeploymentCheck::valid).flatMap(d -> d.assessment().inputs().stream())
                .map(input -> Path.of(input.file()).toAbsolutePath().normalize()).collect(Collectors.toSet());
        for (Inputs.Skipped skipped : inputs.skipped()) {
            if (!read.contains(skipped.file().toAbsolutePath().normalize())) {
                parent.stdoutWriter().println(GitHubRenderer.skipped(skipped.file().toString(), skipped.reason()));
            }
        }
        parent.stdoutWriter().flush();
    }

    /** Whether standard output carries GitHub's workflow commands, where the run's own notices go as annotations too. */
    private boolean annotates(List<Renderer> renderers) {
        return outputDir == null && output == null && renderers.get(0).name().equals("github");
    }

    /** A line of the run's own on standard output, broken at spaces to the terminal's width like the text report. */
    private void stdoutWrapped(String line) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(parent.stdoutWriter(), StandardCharsets.UTF_8));
        new WrappingWriter(out, parent.terminal().width()).line(line, 2);
        out.flush();
    }

    private static String summaryLine(Path file, Assessment a) {
        Map<Severity, Integer> open = a.openBySeverity();
        return a.verdict().name() + "  " + file + "  " + open.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", ")) + TextRenderer.gateNote(a) + TextRenderer.bindingNote(a);
    }

    /**
     * 2 if any file was invalid, else 1 if any deployment fails, else 0. Several deployments, or
     * files skipped in a directory, end with a combined line; the skipped files are listed before
     * it, or on standard error when standard output carries a report, and with --output-dir and
     * --format json in the run summary file as well.
     */
    private int exitCode(CheckResult result, Inputs inputs, List<Renderer> renderers, ReportFiles reports) throws IOException, UserError {
        if (result.deployments().size() > 1) {
            PrintWriter err = spec.commandLine().getErr();
            for (DeploymentCheck deployment : result.deployments()) {
                deployment.problems().forEach(p -> err.println(p.format()));
                annotate(renderers, deployment.problems());
            }
        }
        boolean reportOnStdout = outputDir == null && (output != null || !renderers.get(0).name().equals("text"));
        for (Inputs.Skipped skipped : inputs.skipped()) {
            String line = "skipped " + skipped.file() + ": " + skipped.reason();
            if (reportOnStdout) {
                spec.commandLine().getErr().println("oversight: " + line);
            } else {
                stdoutWrapped(line);
            }
        }
        int code = exitCode(result);
        if (!reportOnStdout && combined(result, inputs)) {
            stdoutWrapped(combinedLine(result, inputs));
        }
        if (writesRunSummary(inputs, renderers)) {
            reports.write(outputDir.resolve(RunSummary.FILE_NAME), "--output-dir", outputDir, out -> RunSummary.write(result.deployments(), inputs, asOf.date(), out));
        }
        return code;
    }

    private static int exitCode(CheckResult result) {
        return switch (result.outcome()) {
            case INVALID -> ExitCode.INVALID;
            case FAIL -> ExitCode.FINDINGS;
            case PASS -> ExitCode.PASS;
        };
    }

    /** Whether the run ends with a combined line: several deployments, or files skipped in a directory. */
    private static boolean combined(CheckResult result, Inputs inputs) {
        return result.deployments().size() > 1 || !inputs.skipped().isEmpty();
    }

    /** The verdicts of every deployment counted, what the exit code followed, the open findings and the files skipped. */
    private String combinedLine(CheckResult result, Inputs inputs) {
        int n = result.deployments().size();
        long invalid = result.count(Outcome.INVALID);
        int skipped = inputs.skipped().size();
        return n + (n == 1 ? " deployment: " : " deployments: ") + withVerdict(result, Verdict.FAIL) + " fail, "
                + withVerdict(result, Verdict.PASS) + " pass" + (invalid > 0 ? ", " + invalid + " invalid" : "")
                + (failOnNew && invalid == 0 ? gateNote(exitCode(result), result.count(Outcome.FAIL)) : "")
                // A run of none but invalid files found nothing: it has no findings to count.
                + (invalid == n ? "" : " · open findings: " + result.openBySeverity().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", ")))
                + (skipped > 0 ? " · " + skipped + (skipped == 1 ? " file" : " files") + " skipped" : "");
    }

    /**
     * How many valid deployments have {@code verdict}, the word each one's report leads with: the
     * combined line counted what the exit code follows instead, and with --fail-on-new said
     * "0 fail" under deployments that each said FAIL.
     */
    private static long withVerdict(CheckResult result, Verdict verdict) {
        return result.deployments().stream().filter(d -> d.valid() && d.assessment().verdict() == verdict).count();
    }

    /** What decided the exit code under --fail-on-new: how many deployments have a new finding at or above --fail-on. */
    private String gateNote(int code, long gated) {
        return " · exit code " + code + " (--fail-on-new): " + (gated == 0 ? "none has" : gated + (gated == 1 ? " has" : " have"))
                + " a new finding at " + failOn.label() + " or above";
    }

    /** A severity as written; an unknown one is refused as the settings refuse it, with the nearest severity. */
    static final class SeverityWord implements picocli.CommandLine.ITypeConverter<Severity> {

        @Override
        public Severity convert(String value) {
            Optional<String> wrong = ProjectSettings.wrongSeverity(value);
            if (wrong.isPresent()) {
                throw new picocli.CommandLine.TypeConversionException(wrong.get());
            }
            return Severity.parse(value);
        }
    }

    /**
     * --paper given where no PDF is written changes nothing, which a user who asked for letter paper
     * should hear of; a warning, not an error, since the run does what it was asked otherwise.
     */
    private void warnOfUnusedPaper(List<Renderer> renderers) {
        boolean pdfWritten = pdf != null || renderers.stream().anyMatch(r -> r.name().equals("pdf"));
        // Only when given on the command line: a project's .oversight.yaml sets it for the runs that do write one.
        if (!pdfWritten && spec.commandLine().getParseResult().hasMatchedOption("--paper")) {
            spec.commandLine().getErr().println("oversight: warning: --paper sizes only the PDF report, and no PDF is written");
        }
    }

    private RenderOptions.Paper paperSize() {
        try {
            return RenderOptions.Paper.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown paper size '" + paper + "'; expected a4 or letter");
        }
    }

    // --- What is printed on standard output: colour, width, --quiet, --min-severity; and the GitHub job summary.

    private RenderOptions onTerminal(RenderOptions.Paper paperSize) {
        Terminal terminal = parent.terminal();
        return new RenderOptions(terminal.color(noColor), paperSize, new RenderOptions.Display(terminal.width(), minSeverity, quiet));
    }

    /**
     * In GitHub Actions, {@code --format github} annotates the lines; the Markdown report of every
     * deployment is appended to the job summary, after whatever earlier steps wrote there.
     */
    private void appendJobSummary(List<Renderer> renderers, List<DeploymentCheck> deployments, String combinedLine) throws UserError {
        java.util.Optional<Path> summary = parent.terminal().stepSummary();
        if (summary.isEmpty() || renderers.stream().noneMatch(r -> r.name().equals("github"))) {
            return;
        }
        MarkdownRenderer markdown = new MarkdownRenderer();
        boolean unended = endsWithoutLineBreak(summary.get());
        // Rendered whole first, then appended in one write taken back if it fails: a disk that filled up mid-way had left the
        // earlier steps' summary with a section cut off mid-word (red team). The Markdown is bounded in size (a pull request comment's).
        var out = new java.io.ByteArrayOutputStream();
        try {
            if (unended) {
                out.write('\n'); // an earlier step's last line, ended, so the report's first line is a line of its own
            }
            if (combinedLine != null) {
                // Each deployment's section leads with its own verdict: the first of several said PASS over a run that exited 1.
                out.write(("### Oversight: " + combinedLine + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
            for (DeploymentCheck deployment : deployments) {
                if (deployment.valid()) {
                    markdown.render(deployment.assessment(), RenderOptions.PLAIN, out);
                } else {
                    markdown.renderInvalid(new InvalidInput(deployment.file().toString(), deployment.problems(), asOf.date()), out);
                }
            }
            appendWhole(summary.get(), out.toByteArray());
        } catch (IOException e) {
            throw new UserError("cannot append to the job summary " + summary.get() + " (GITHUB_STEP_SUMMARY): " + io.oversight.deployment.IoReasons.of(e));
        }
    }

    /** Appends {@code bytes} to {@code file}, or leaves the file as it was; a pipe or device, which cannot be taken back, is appended to. */
    private static void appendWhole(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (var out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
                out.write(bytes);
            }
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            long before = channel.size();
            try {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                channel.position(before);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                channel.truncate(before);
                throw e;
            }
        }
    }

    private static boolean endsWithoutLineBreak(Path file) {
        if (!Files.isRegularFile(file)) {
            return false; // a pipe has no last line to read: opened to read, it would wait for a writer
        }
        try (var in = java.nio.channels.FileChannel.open(file)) {
            if (in.size() == 0) {
                return false;
            }
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            in.read(last, in.size() - 1);
            return last.get(0) != '\n';
        } catch (IOException e) {
            return false; // absent or unreadable: the append reports what is wrong
        }
    }

}
