package io.oversight.report;

import io.oversight.access.AgentWithoutPermissions;
import io.oversight.access.UnclassifiedAction;
import io.oversight.catalog.Severity;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.OneLine;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.Metadata;
import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import io.oversight.engine.UnknownUseCase;
import io.oversight.engine.Verdict;
import io.oversight.engine.WaiverStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For a terminal: findings grouped by agent, most severe first, each with {@code file:line} and a
 * one-line remediation, then one summary line. Severity is always written as a word; colour only
 * adds emphasis.
 */
public final class TextRenderer implements InvalidInputRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    /** Continuation indents: under a heading's first word, under a finding's details, under the summary's counts. */
    private static final int HEADING_INDENT = 2;
    private static final int DETAIL_INDENT = 11;
    private static final int LIST_INDENT = 4;
    private static final int SUMMARY_INDENT = 6;
    private static final int COVERAGE_INDENT = 72;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        // The wrapping needs a PrintWriter, which keeps a failure to write to itself.
        FailureRecording recorded = new FailureRecording(out);
        render(a, options, new WrappingWriter(new PrintWriter(new OutputStreamWriter(recorded, StandardCharsets.UTF_8)), options.display().width()));
        recorded.rethrow();
    }

    /** The problems as standard error lists them, under a headline naming the file. */
    @Override
    public void renderInvalid(InvalidInput input, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(OneLine.safe("INVALID  " + input.file())).append('\n');
        input.problems().forEach(p -> text.append(p.format()).append('\n'));
        out.write(text.append(input.outcome()).append('\n').toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void render(Assessment a, RenderOptions options, WrappingWriter w) {
        RenderOptions.Display display = options.display();
        Style s = new Style(options.color());
        if (display.summaryOnly()) {
            w.line(summary(a, s), SUMMARY_INDENT);
            w.flush();
            return;
        }
        Metadata metadata = a.input().deployment().metadata();
        w.line(s.bold(metadata.name()) + " (" + metadata.organization() + ") · " + a.input().file() + " · as of " + a.asOf(), HEADING_INDENT);
        // Options a settings file gave change the verdict (fail-on, rules, waivers): the report says whose they are.
        a.inputs().stream().filter(i -> i.role() == InputFile.Role.SETTINGS)
                .forEach(i -> w.line(s.dim("options from " + i.file() + " (command-line options and OVERSIGHT_* variables win)"), HEADING_INDENT));
        List<Finding> shown = a.findings().stream().filter(f -> f.severity().atLeast(display.minSeverity())).toList();
        Map<String, List<Finding>> groups = groups(shown);
        Map<String, String> owners = a.input().deployment().agents().stream()
                .filter(ag -> ag.owner() != null).collect(Collectors.toMap(Agent::id, Agent::owner, (x, y) -> x));
        for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
            w.blank();
            String agent = group.getKey();
            String heading = agent.startsWith("\u0000") ? agent.substring(1) : "agent " + agent + "  " + s.dim("owner: " + owners.getOrDefault(agent, "none"));
            w.line(s.bold(heading), HEADING_INDENT);
            for (Finding f : group.getValue()) {
                finding(w, s, f, a.baseline());
            }
        }
        int hidden = a.findings().size() - shown.size();
        if (hidden > 0) {
            w.blank();
            w.line(s.dim(hidden + (hidden == 1 ? " finding" : " findings") + " below " + display.minSeverity().label()
                    + " not shown; the summary counts every finding"), HEADING_INDENT);
        } else if (a.findings().isEmpty()) {
            w.blank();
            w.line("No findings.", HEADING_INDENT);
        }
        unclassified(w, s, a.unclassifiedActions());
        withoutPermissions(w, s, a.agentsWithoutPermissions());
        unknownUseCases(w, s, a.unknownUseCases());
        waivers(w, s, a);
        resolved(w, s, a);
        coverage(w, s, a);
        w.blank();
        w.line(summary(a, s), SUMMARY_INDENT);
        w.flush();
    }

    /** Agent groups first, worst group first; findings not about an agent close the list. */
    private static Map<String, List<Finding>> groups(List<Finding> findings) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.subject().agentId() != null ? f.subject().agentId() : "\u0000" + f.subject().kind() + " " + f.subject().id();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Map.Entry<String, List<Finding>>> entries = new ArrayList<>(byKey.entrySet());
        entries.sort(Comparator.<Map.Entry<String, List<Finding>>, Boolean>comparing(e -> e.getKey().startsWith("\u0000"))
                .thenComparing(e -> worst(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        Map<String, List<Finding>> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> e : entries) {
            List<Finding> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(Finding::waived).thenComparing(Finding::severity).thenComparing(Finding::control)
                    .thenComparingInt(f -> f.primaryEvidence().line()));
            sorted.put(e.getKey(), list);
        }
        return sorted;
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().filter(f -> !f.waived()).map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.LOW);
    }

    private static void finding(WrappingWriter w, Style s, Finding f, io.oversight.engine.Baseline baseline) {
        String tag = f.waived() ? "waived" : f.severity().label();
        String state = baseline == null ? "unchanged" : baseline.state(f);
        String isNew = state.equals("unchanged") ? "" : s.bold(" " + state.toUpperCase(java.util.Locale.ROOT));
        w.line("  " + s.severity(f, String.format(java.util.Locale.ROOT, "%-8s", tag.toUpperCase(java.util.Locale.ROOT))) + " " + s.bold(f.control()) + "  " + f.title() + isNew,
                DETAIL_INDENT);
        w.line("           " + f.primaryEvidence().location() + "  " + f.message(), DETAIL_INDENT);
        if (f.waived()) {
            w.line("           " + s.dim("waived until " + f.waiver().expires() + ", approved by " + f.waiver().approvedBy()
                    + ": " + f.waiver().justification()), DETAIL_INDENT);
        } else {
            w.line("           " + s.dim("fix: " + f.remediation()), DETAIL_INDENT);
        }
    }

    private static void withoutPermissions(WrappingWriter w, Style s, List<AgentWithoutPermissions> agents) {
        listed(w, s, "agents with no permissions", "none written, imported or borrowed, or only entries that grant nothing (no actions, Deny "
                + "statements alone): no permission control had anything of theirs to examine; if they can act, declare what they can do",
                agents.stream().map(a -> a.agentId() + "  " + s.dim(a.declared().toString())).toList(), "the JSON report lists them all");
    }

    private static void unclassified(WrappingWriter w, Style s, List<UnclassifiedAction> actions) {
        listed(w, s, "actions no rule classifies", "counted as high-impact, and as destructive in a critical environment",
                actions.stream().map(a -> a.action() + "  " + s.dim(a.firstWritten().toString())).toList(),
                "the JSON report and oversight access list them all");
    }

    private static void unknownUseCases(WrappingWriter w, Style s, List<UnknownUseCase> useCases) {
        listed(w, s, "use cases Oversight does not know", "kept as written, but no rule reads them: a high-risk area they name "
                + "(Annex III) is not seen; use a known category where one applies",
                useCases.stream().map(u -> u.named() + "  " + s.dim(u.written().toString())).toList(),
                "the JSON report lists them all");
    }

    /** How many items of a list after the findings the text names; the rest are counted. */
    private static final int LISTED = 10;

    /** A list after the findings, when it has items: its heading and note, the first {@link #LISTED} items, and how many more {@code allIn}. */
    private static void listed(WrappingWriter w, Style s, String heading, String note, List<String> items, String allIn) {
        if (items.isEmpty()) {
            return;
        }
        w.blank();
        w.line(s.bold(heading) + s.dim("  " + note), HEADING_INDENT);
        for (String item : items.subList(0, Math.min(LISTED, items.size()))) {
            w.line("  " + item, LIST_INDENT);
        }
        if (items.size() > LISTED) {
            w.line("  and " + (items.size() - LISTED) + " more (" + allIn + ")", LIST_INDENT);
        }
    }

    private static void waivers(WrappingWriter w, Style s, Assessment a) {
        waiverList(w, s, "waivers not applied", a.waivers(), ws -> ws.active() ? null : ws.reason());
        waiverList(w, s, "waivers that do not cover what grew", a.waivers(), WaiverStatus::outgrownNote);
        waiverList(w, s, "waivers another waiver already covers", a.waivers(), ws -> ws.coveredNote() == null ? null
                : "in force, but " + ws.coveredNote());
        waiverList(w, s, "waivers that waive nothing", a.waivers(), ws -> !a.waivesNothing(ws) ? null : "in force, but no finding of "
                + ws.waiver().control() + (ws.waiver().agent() == null ? " is open" : " is about " + ws.waiver().agent()));
    }

    /** Under {@code heading}, each waiver of {@code waivers} with what {@code note} says of it; nothing when it says nothing (null) of any. */
    private static void waiverList(WrappingWriter w, Style s, String heading, List<WaiverStatus> waivers,
                                   Function<WaiverStatus, String> note) {
        List<WaiverStatus> noted = waivers.stream().filter(ws -> note.apply(ws) != null).toList();
        if (noted.isEmpty()) {
            return;
        }
        w.blank();
        w.line(s.bold(heading), HEADING_INDENT);
        for (WaiverStatus ws : noted) {
            w.line("  " + waived(ws) + ": " + note.apply(ws), LIST_INDENT);
        }
    }

    private static String waived(WaiverStatus ws) {
        return ws.waiver().control() + (ws.waiver().agent() == null ? "" : " for " + ws.waiver().agent());
    }

    private static void resolved(WrappingWriter w, Style s, Assessment a) {
        if (a.baseline() == null) {
            return;
        }
        Baseline.Changes changes = a.baseline().changes(a.findings());
        w.blank();
        w.line(s.bold("compared with " + a.baseline().file()) + ": " + changes.fresh() + " new, " + changes.unchanged() + " unchanged, "
                + (changes.updated() > 0 ? changes.updated() + " updated, " : "") + a.baseline().resolved().size() + " resolved" + (a.baseline().failOnNew() ? " (only new findings can fail this check)" : ""),
                HEADING_INDENT);
        for (var r : a.baseline().resolved()) {
            w.line("  resolved " + r.control() + " " + r.subject() + ": " + r.message(), LIST_INDENT);
        }
    }

    private static void coverage(WrappingWriter w, Style s, Assessment a) {
        if (a.frameworks().isEmpty()) {
            return;
        }
        w.blank();
        w.line(s.bold("framework coverage") + s.dim("  met: share of assessed clauses met · assessed: share of the clauses due today that a rule assessed"),
                HEADING_INDENT);
        int attestations = 0;
        for (FrameworkResult f : a.frameworks()) {
            String score = percent(f.score()) + " met  " + percent(f.assessedShare()) + " assessed";
            String detail;
            if (!f.applicable()) {
                detail = "not" + WrappingWriter.GLUE + "applicable: " + f.elsewhere();
            } else {
                detail = java.util.Arrays.stream(ClauseStatus.values())
                        .filter(st -> f.count(st) > 0)
                        .map(st -> st.counted(f.count(st)).replace(' ', WrappingWriter.GLUE))
                        .collect(Collectors.joining(", "));
            }
            attestations += f.attestations().size();
            w.line(String.format(Locale.ROOT, "  %-44s %s  %s", f.framework().title(), score, detail), COVERAGE_INDENT);
        }
        roles(w, a);
        if (attestations > 0) {
            w.line("  " + attestations + (attestations == 1 ? " requirement no YAML field can show needs a human to attest it"
                    : " requirements no YAML field can show need a human to attest them") + " (see the JSON or PDF report)", LIST_INDENT);
        }
    }

    /**
     * The organization's role, which decides which provider and deployer clauses of the frameworks
     * shown bind; a default taken is said, as the PDF's scope page says it.
     */
    private static void roles(WrappingWriter w, Assessment a) {
        boolean byRole = a.frameworks().stream().filter(FrameworkResult::applicable).flatMap(f -> f.clauses().stream())
                .anyMatch(c -> c.clause().namesProvidersOrDeployers());
        if (!byRole) {
            return;
        }
        Metadata metadata = a.input().deployment().metadata();
        String roles = String.join(" and ", metadata.euAiActRoles().stream().map(EuAiActRole::word).toList());
        w.line("  role under the EU AI Act and like laws: " + roles + (metadata.euAiActRolesStated()
                ? " (metadata.euAiActRoles)" : ", the format's default (metadata.euAiActRoles is left out)"), LIST_INDENT);
    }

    private static String percent(Double share) {
        return share == null ? " n/a" : String.format(Locale.ROOT, "%3d%%", Math.round(share * 100));
    }

    private static String summary(Assessment a, Style s) {
        Map<Severity, Integer> open = a.openBySeverity();
        String counts = open.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
        String verdict = a.verdict() == Verdict.FAIL ? s.red("FAIL") : s.green("PASS");
        return verdict + "  " + counts + " · " + a.waivedCount() + " waived · " + EvaluatedControls.of(a)
                + " · fails on " + a.failOn().label() + " or above" + gateNote(a) + bindingNote(a);
    }

    /**
     * Said of a run scoped to a framework that does not bind the deployment, whatever its verdict (a
     * PASS there says nothing of the law that does bind it), and when a run fails only on findings
     * that are a gap in no clause binding today: of the framework a scoped run reports, or of any.
     */
    public static String bindingNote(Assessment a) {
        Optional<FrameworkResult> scoped = a.scopedFramework();
        if (scoped.isPresent() && !scoped.get().applicable()) {
            return " · " + scoped.get().framework().title() + " does not bind the deployment (" + scoped.get().elsewhere()
                    + "): its controls were checked as good practice";
        }
        String mayApply = scoped.isPresent() && scoped.get().unnamedState() != null ? " · " + scoped.get().framework().title()
                + " may apply: whether it binds the deployment is undetermined (" + scoped.get().unnamedState() + ")" : "";
        if (a.verdict() != Verdict.FAIL || a.failsOnAClauseInForce()) {
            return mayApply;
        }
        return mayApply + (scoped.isEmpty()
                ? " · none of the findings it fails on is a gap in a clause that binds the deployment today: they fail the catalog's"
                        + " controls as good practice (see the coverage)"
                : " · none of the findings it fails on is a gap in a clause of " + scoped.get().framework().title()
                        + " that binds the deployment today (see the coverage)");
    }

    /**
     * Said when --fail-on-new lets a failing deployment pass, so that the exit code and the verdict do
     * not seem to disagree: the verdict stays FAIL, and this says what the exit code followed.
     */
    public static String gateNote(Assessment a) {
        return a.verdict() == a.gate() ? "" : " · passes --fail-on-new: no new finding at " + a.failOn().label() + " or above";
    }

    private record Style(boolean color) {
        String bold(String text) {
            return color ? BOLD + text + RESET : text;
        }

        String dim(String text) {
            return color ? DIM + text + RESET : text;
        }

        String red(String text) {
            return color ? BOLD + "\u001b[31m" + text + RESET : text;
        }

        String green(String text) {
            return color ? BOLD + "\u001b[32m" + text + RESET : text;
        }

        String severity(Finding f, String text) {
            if (!color) {
                return text;
            }
            if (f.waived()) {
                return DIM + text + RESET;
            }
            return switch (f.severity()) {
                case CRITICAL -> BOLD + "\u001b[35m" + text + RESET;
                case HIGH -> BOLD + "\u001b[31m" + text + RESET;
                case MEDIUM -> "\u001b[33m" + text + RESET;
                case LOW -> "\u001b[36m" + text + RESET;
            };
        }
    }
}
