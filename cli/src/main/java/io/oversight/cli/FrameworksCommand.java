package io.oversight.cli;

import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Framework;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "frameworks", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_DONE, ExitCode.LIST_USAGE, ExitCode.LIST_INTERNAL},
        description = "Lists the frameworks the catalog maps to, with their clause counts and dates.")
final class FrameworksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Two lines a framework, so that the table fits the classic 80 columns.
        out.printf(Locale.ROOT, "%-18s %-42s %7s %7s%n", "id", "title", "clauses", "attest.");
        out.printf(Locale.ROOT, "%-18s %s%n", "", "the clauses apply from");
        for (Framework f : CatalogLoader.builtIn().frameworks()) {
            LocalDate first = f.clauses().stream().map(Clause::appliesFrom).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            // A clause binds Annex I products later than Annex III uses: the range ends at the later date.
            LocalDate last = f.clauses().stream().flatMap(c -> Stream.of(c.appliesFrom(), c.annexIFrom())).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            String dates = first == null ? "-" : first.equals(last) ? first.toString() : first + " to " + last;
            String where = f.jurisdictions().isEmpty() ? "" : " (applies in " + String.join(", ", f.jurisdictions()) + ")";
            out.printf(Locale.ROOT, "%-18s %-42s %7d %7d%n", f.id(), f.title(), f.clauses().size(), f.attestations().size());
            out.printf(Locale.ROOT, "%-18s %s%s%n", "", dates, where);
        }
        out.flush();
        return ExitCode.PASS;
    }
}
