package io.oversight.cli;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Control;
import io.oversight.catalog.Reference;
import io.oversight.report.WrappingWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "controls", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_DONE, ExitCode.LIST_USAGE, ExitCode.LIST_INTERNAL},
        description = "Lists the controls of the catalog: id, severity and the cases that change it, title, and the clauses each serves.")
final class ControlsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    OversightCommand parent;

    @Option(names = "--framework", paramLabel = "ID", description = "Only controls mapped to this framework (see 'oversight frameworks').")
    String framework;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        Catalog catalog = CatalogLoader.builtIn();
        if (framework != null && catalog.framework(framework).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown framework '" + framework + "'; expected one of: "
                    + catalog.frameworks().stream().map(f -> f.id()).collect(Collectors.joining(", ")));
        }
        List<Control> controls = catalog.controls().stream()
                .filter(c -> framework == null || c.references().stream().anyMatch(r -> r.framework().equals(framework)))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "markdown" -> out.print(ControlTable.markdown(catalog, controls));
            case "text" -> {
                WrappingWriter lines = new WrappingWriter(out, parent.terminal().width());
                for (Control c : controls) {
                    lines.line(String.format(Locale.ROOT, "%-6s %-9s %s", c.id(), c.severity().label(), c.title()), CLAUSES_INDENT);
                    if (!c.escalations().isEmpty()) {
                        lines.line(" ".repeat(CLAUSES_INDENT) + escalations(c), CLAUSES_INDENT);
                    }
                    lines.line(" ".repeat(CLAUSES_INDENT) + clauses(c.references(), framework), CLAUSES_INDENT);
                }
            }
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; expected text or markdown");
        }
        out.flush();
        return ExitCode.PASS;
    }

    /** Where the title and the clauses begin, after the id and the severity. */
    private static final int CLAUSES_INDENT = 17;

    /**
     * The other severities a control takes, under the one in the column, which alone read as if
     * PM-01 were never worse than high while the check reports it critical.
     */
    private static String escalations(Control c) {
        return c.escalations().stream().map(e -> "or " + e.describe()).collect(Collectors.joining("; "));
    }

    /** The clauses a control serves; a line breaks between clauses, never inside one ("Art. 14(4)(d)"). */
    private static String clauses(List<Reference> references, String framework) {
        return references.stream().filter(r -> framework == null || r.framework().equals(framework))
                .map(r -> (r.framework() + " " + r.clause()).replace(' ', WrappingWriter.GLUE)).collect(Collectors.joining("; "));
    }
}
