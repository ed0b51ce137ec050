package io.oversight.cli;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Control;
import io.oversight.catalog.Framework;
import io.oversight.catalog.Reference;
import io.oversight.catalog.SubjectClass;
import io.oversight.catalog.action.Verb;
import io.oversight.catalog.runtime.RuntimeGates;
import io.oversight.deployment.Suggestions;
import io.oversight.engine.ComplianceEngine;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.LIST_DONE, ExitCode.LIST_USAGE, ExitCode.LIST_INTERNAL},
        description = "Explains one control in full: what it requires, why, how Oversight checks it, how to fix it, and the clauses it serves.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    OversightCommand parent;

    /** The terminal's width, which the prose is wrapped to like every text output on standard output. */
    private int width;

    @Parameters(paramLabel = "ID", description = "A control id, such as HO-02.")
    String id;

    @Override
    public Integer call() {
        Catalog catalog = CatalogLoader.builtIn();
        Control c = catalog.control(id.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "unknown control '" + id + "'" + Suggestions.didYouMean(id, catalog.controlIds())
                        + "; see 'oversight controls'"));
        PrintWriter out = spec.commandLine().getOut();
        width = parent.terminal().width();
        out.println(c.id() + "  " + c.title());
        wrap(out, "severity: " + c.severity().label() + (c.escalations().isEmpty() ? "" : "; " + c.escalationText())
                + (ComplianceEngine.builtIn().implementedControls().contains(c.id()) ? "" : " (not evaluated yet: no rule implements it)"),
                "", "  ");
        section(out, "Requirement", c.statement());
        section(out, "Why it matters", c.rationale());
        section(out, "How Oversight checks it", c.check());
        section(out, "How to fix it", c.remediation());
        if (c.remediationExample() != null) {
            out.println();
            out.println("Example:");
            c.remediationExample().strip().lines().forEach(l -> out.println("    " + l));
        }
        if (c.appliesTo().contains(SubjectClass.RUNTIME_CHECKPOINTS)) {
            runtimeGates(out);
        }
        out.println();
        out.println("Serves:");
        for (Reference ref : c.references()) {
            Framework framework = catalog.framework(ref.framework()).orElseThrow();
            Clause clause = framework.clause(ref.clause()).orElseThrow();
            wrap(out, framework.title() + " " + clause.id() + " - " + clause.title() + (ref.note() == null ? "" : " (" + ref.note() + ")"),
                    "  ", "      ");
            wrap(out, clause.gist(), "      ");
            if (clause.note() != null) {
                wrap(out, "Note: " + clause.note(), "      ");
            }
        }
        out.flush();
        return ExitCode.PASS;
    }

    /** The catalog's judgements of runtimes' gates, which the control applies, each with its reason. */
    private void runtimeGates(PrintWriter out) {
        RuntimeGates gates = RuntimeGates.builtIn();
        out.println();
        out.println("How runtimes' gates count (runtime-gates.yaml):");
        heading(out, "Who enforces the approval a runtime asks for:");
        for (RuntimeGates.Enforcement e : gates.enforcements()) {
            item(out, e.kind() + ": enforced by the " + e.by().name().toLowerCase(Locale.ROOT) + ": " + e.reason());
        }
        heading(out, "What each setting does for the tools it decides:");
        for (RuntimeGates.Setting setting : gates.settings()) {
            String gate = switch (setting.gate()) {
                case NONE -> "runs without approval";
                case ASK -> "asks a person";
                case REFUSED -> "refused";
            };
            item(out, setting.setting() + ": " + gate + ": " + setting.reason());
        }
        heading(out, "What a tool can do, by the first pattern its name matches (a command pattern whose final '*' follows a word"
                + " without a space or ':', such as Bash(git diff*), also matches git difftool, so it is read as its family,"
                + " Bash(git *)):");
        for (RuntimeGates.ToolRule tool : gates.tools()) {
            String runtimes = tool.runtimes().isEmpty() ? "" : " (" + String.join(", ", new TreeSet<>(tool.runtimes())) + " only)";
            item(out, tool.tool() + runtimes + ": " + verbs(tool.verbs()) + ": " + tool.reason());
        }
        heading(out, "Else by the first of these words its name holds (none: unknown, which reaches every verb but read):");
        for (RuntimeGates.WordRule rule : gates.wordRules()) {
            item(out, verbs(java.util.Set.of(rule.verb())) + ": " + String.join(", ", rule.words()) + ": " + rule.reason());
        }
        heading(out, "But a name with a word of reading whose only words of change name what it reads is read:");
        item(out, String.join(", ", gates.nouns().words()) + ": " + gates.nouns().reason());
    }

    /** A heading of the runtime gates, one column in; its continuation lines too. */
    private void heading(PrintWriter out, String text) {
        wrap(out, text, " ");
    }

    /** An item under a heading, its continuation lines further in than its first, so that each item stands out. */
    private void item(PrintWriter out, String text) {
        wrap(out, text, "  ", "    ");
    }

    private static String verbs(java.util.Set<Verb> verbs) {
        if (verbs.isEmpty()) {
            return "the workspace only";
        }
        return verbs.contains(Verb.ALL) ? "every action" : verbs.stream().sorted().map(Verb::word).collect(Collectors.joining(", "));
    }

    private void section(PrintWriter out, String heading, String text) {
        out.println();
        out.println(heading + ":");
        wrap(out, text, "  ");
    }

    private void wrap(PrintWriter out, String text, String indent) {
        wrap(out, text, indent, indent);
    }

    /** Wraps prose to the terminal's width, continuation lines indented by {@code rest}; a word longer than a line stands alone. */
    private void wrap(PrintWriter out, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int indent = first.length();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() + word.length() > width && line.length() > indent) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(rest);
                indent = rest.length();
            }
            line.append(word).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }
}
