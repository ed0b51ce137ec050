package io.oversight.cli;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.InvalidExtensionException;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.engine.Assessment;
import io.oversight.engine.ComplianceEngine;
import io.oversight.engine.PhaseTimes;
import io.oversight.engine.Scope;
import io.oversight.engine.Verdict;
import io.oversight.report.AtomicFile;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.Renderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a deployment against the control catalog and reports the findings.",
        footer = {"", "Exit codes: 0 pass, 1 findings at or above --fail-on, 2 invalid input or usage, 3 internal error."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    OversightCommand parent;

    @Parameters(paramLabel = "FILE", description = "The deployment description (YAML, format oversight/v1).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "Also write the PDF gap report to FILE (atomically), alongside the --format output.")
    Path pdf;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "Paper size of the PDF report: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit with 1 when an unwaived finding is at or above this severity: critical, high, medium, low (default: ${DEFAULT-VALUE}).")
    Severity failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date to assess on (YYYY-MM-DD; default: today). Dates in the file are measured from it.")
    LocalDate asOf;

    @Option(names = "--framework", paramLabel = "ID",
            description = "Evaluate only the controls mapped to this framework and report only its clauses (see 'oversight frameworks').")
    String framework;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also evaluate the organization's own rules: the .drl files in DIR and its catalog.yaml of controls. Rules are code: use only rules you trust.")
    Path rules;

    @Option(names = "--no-color", description = "Never colour the text output (colour is used only on a terminal, and never with NO_COLOR set).")
    boolean noColor;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--timings", hidden = true, description = "Print the time of each phase to standard error (for the benchmark).")
    boolean timings;

    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Renderers.names().iterator();
        }
    }

    @Override
    public Integer call() throws InvalidInputException, IOException, UserError {
        Renderer renderer = Renderers.byName(format)
                .orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown format '" + format + "'; expected one of: " + String.join(", ", Renderers.names())));
        if (output != null && Files.isDirectory(output)) {
            throw new UserError(output + " is a directory; --output needs a file name");
        }
        if (renderer.binary() && output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format " + format + " is binary: give --output FILE (or use --pdf FILE beside a text format)");
        }
        if (pdf != null && Files.isDirectory(pdf)) {
            throw new UserError(pdf + " is a directory; --pdf needs a file name");
        }
        RenderOptions.Paper paperSize = paperSize();
        PhaseTimes times = new PhaseTimes();
        long start = System.nanoTime();
        Catalog catalog = rules == null ? CatalogLoader.builtIn() : organizationCatalog();
        Scope scope = scope(catalog);
        start = times.lap("catalog", start);
        DeploymentFile input = new DeploymentReader(catalog.controlIds()).read(file);
        start = times.lap("read", start);
        ComplianceEngine engine = rules == null ? ComplianceEngine.builtIn() : ComplianceEngine.withOrganizationRules(rules, catalog);
        times.lap("rulebase", start);
        Assessment assessment = engine.assess(input, catalog, asOf == null ? LocalDate.now() : asOf, failOn, scope, times);
        start = System.nanoTime();
        if (output == null) {
            renderer.render(assessment, new RenderOptions(useColor(), paperSize), parent.stdout());
        } else {
            write(output, out -> renderer.render(assessment, new RenderOptions(false, paperSize), out));
        }
        if (pdf != null) {
            Renderer pdfRenderer = Renderers.byName("pdf").orElseThrow();
            write(pdf, out -> pdfRenderer.render(assessment, new RenderOptions(false, paperSize), out));
            if (output != null || !renderer.name().equals("text")) {
                spec.commandLine().getErr().println("oversight: wrote the PDF gap report to " + pdf);
            } else {
                parent.stdoutWriter().println("PDF gap report: " + pdf);
            }
        }
        times.lap("render", start);
        if (timings) {
            spec.commandLine().getErr().println("timings: " + times.format());
        }
        return assessment.verdict() == Verdict.FAIL ? ExitCode.FINDINGS : ExitCode.PASS;
    }

    private RenderOptions.Paper paperSize() {
        try {
            return RenderOptions.Paper.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown paper size '" + paper + "'; expected a4 or letter");
        }
    }

    private Catalog organizationCatalog() throws UserError {
        Path extension = rules.resolve("catalog.yaml");
        if (!Files.exists(extension)) {
            return CatalogLoader.builtIn();
        }
        try {
            return CatalogLoader.extend(CatalogLoader.builtIn(), extension);
        } catch (InvalidExtensionException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Scope scope(Catalog catalog) {
        if (framework == null) {
            return Scope.ALL;
        }
        if (catalog.framework(framework).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown framework '" + framework + "'"
                    + io.oversight.deployment.read.Suggestions.didYouMean(framework, catalog.frameworks().stream().map(f -> f.id()).toList())
                    + "; see 'oversight frameworks'");
        }
        return Scope.framework(catalog, framework);
    }

    private boolean useColor() {
        return !noColor && System.getenv("NO_COLOR") == null && parent.stdoutIsTerminal();
    }

    private static void write(Path target, AtomicFile.Content content) throws IOException, UserError {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("cannot write " + target + ": the directory " + parent + " does not exist");
        }
        try {
            AtomicFile.write(target, content);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UserError("cannot write " + target + ": permission denied");
        }
    }
}
