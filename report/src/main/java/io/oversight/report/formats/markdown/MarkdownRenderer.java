package io.oversight.report.formats.markdown;

import io.oversight.access.AgentWithoutPermissions;
import io.oversight.catalog.Severity;
import io.oversight.deployment.Problem;
import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import io.oversight.engine.UnknownUseCase;
import io.oversight.engine.Verdict;
import io.oversight.report.EvaluatedControls;
import io.oversight.report.InvalidInput;
import io.oversight.report.InvalidInputRenderer;
import io.oversight.report.RenderOptions;
import io.oversight.report.TextRenderer;
import io.oversight.report.Tool;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A pull-request comment: the verdict, the counts, then the findings, open ones most severe first,
 * each with its {@code file:line} and fix. Code hosts cap a comment (GitHub at 65,536 characters),
 * so the comment stays under {@link #LIMIT} however many findings there are and says how many it
 * left out.
 */
public final class MarkdownRenderer implements InvalidInputRenderer {

    /** The most characters a comment may have; room below GitHub's cap for what a CI step adds around it. */
    public static final int LIMIT = 60_000;

    /** A hidden marker by which a CI step finds its earlier comment to update it instead of adding another. */
    private static final String MARKER = "<!-- oversight-report -->";

    // Caps on text from the input, so that no single value can crowd the findings out of the comment.
    private static final int NAME_MAX = 200;
    private static final int MESSAGE_MAX = 1_000;
    private static final int REMEDIATION_MAX = 500;

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::waived)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::control)
            .thenComparing(f -> f.subject().id())
            .thenComparingInt(f -> f.primaryEvidence().line())
            .thenComparing(Finding::fingerprint);

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        out.write(comment(a).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The problems as a list under a headline that says nothing was checked, within the comment's limit like the findings. */
    @Override
    public void renderInvalid(InvalidInput input, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder(MARKER).append('\n');
        md.append("### Oversight: INVALID\n\n**INVALID**: ").append(MarkdownText.code(MarkdownText.shorten(input.file(), NAME_MAX)))
                .append(" was not checked, so no control was judged met or failed, for ")
                .append(problemsFound(input.problems().size())).append(":\n\n");
        List<Problem> problems = input.problems();
        appendWithin(md, problems.stream().map(p -> {
            String where = p.file() + (p.position() == null ? "" : ":" + p.position().line() + ":" + p.position().column());
            return "- " + MarkdownText.code(MarkdownText.shorten(where, NAME_MAX)) + ": "
                    + MarkdownText.escape(MarkdownText.shorten(p.message(), MESSAGE_MAX)) + "\n";
        }).iterator(), problems.size(), MarkdownRenderer::problemsCutNote);
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String problemsFound(int count) {
        return count == 1 ? "the problem below" : "the " + count + " problems below";
    }

    private static String problemsCutNote(int omitted) {
        return "\n… and " + omitted + " more problem" + (omitted == 1 ? "" : "s") + "; the check lists every one on standard error.\n";
    }

    private static String comment(Assessment a) {
        StringBuilder md = new StringBuilder();
        md.append(MARKER).append('\n');
        header(md, a);
        List<Finding> findings = new ArrayList<>(a.findings());
        findings.sort(MOST_SEVERE_FIRST);
        if (findings.isEmpty()) {
            md.append("\nNo findings.\n");
            return md.toString();
        }
        md.append("\n#### Findings, most severe first\n\n");
        // A control's fix is the same for all its findings: say it once, at the control's first finding.
        Set<String> fixShown = new HashSet<>();
        appendWithin(md, findings.stream().map(f -> entry(f, !f.waived() && fixShown.add(f.control()), a)).iterator(), findings.size(),
                MarkdownRenderer::cutNote);
        return md.toString();
    }

    /**
     * Appends {@code entries} (made one by one, as they are appended) while the comment stays under
     * {@link #LIMIT}, keeping room for the note that says how many of {@code total} were left out, whatever the count.
     */
    private static void appendWithin(StringBuilder md, Iterator<String> entries, int total, IntFunction<String> cutNote) {
        int written = 0;
        while (entries.hasNext()) {
            String entry = entries.next();
            if (md.length() + entry.length() + cutNote.apply(total).length() >= LIMIT) {
                break;
            }
            md.append(entry);
            written++;
        }
        if (written < total) {
            md.append(cutNote.apply(total - written));
        }
    }

    private static void header(StringBuilder md, Assessment a) {
        var metadata = a.input().deployment().metadata();
        boolean fail = a.verdict() == Verdict.FAIL;
        long blocking = a.findings().stream().filter(a::fails).count();
        // A scoped run's verdict is of its framework's controls only: said in the headline, which is what a reviewer reads.
        // One that does not bind the deployment is said not to: its PASS says nothing of the law that does.
        String scope = a.scopedFramework().map(f -> " among the controls of " + MarkdownText.escape(f.framework().title())
                + (f.applicable() ? "" : ", which does not bind the deployment (" + MarkdownText.escape(f.elsewhere())
                        + "): its controls were checked as good practice")).orElse("");
        md.append("### Oversight: ").append(fail ? "FAIL" : "PASS").append("\n\n");
        // A FAIL on good practice alone says so, as the text's verdict line does (a framework that does not bind is said above).
        String binding = a.scopedFramework().map(FrameworkResult::applicable).orElse(true) ? TextRenderer.bindingNote(a) : "";
        md.append(fail
                ? "**FAIL**: " + blocking + " open finding" + (blocking == 1 ? "" : "s") + " at " + a.failOn().label() + " or above" + scope + "."
                : "**PASS**: no open finding at " + a.failOn().label() + " or above" + scope + ".");
        for (String note : binding.split(BINDING_NOTE_START)) {
            if (!note.isEmpty()) {
                md.append(' ').append(MarkdownText.escape(Character.toUpperCase(note.charAt(0)) + note.substring(1))).append('.');
            }
        }
        md.append("\n\n");
        notJudged(md, a);
        compared(md, a);
        md.append(MarkdownText.escape(MarkdownText.shorten(metadata.name(), NAME_MAX)));
        if (metadata.organization() != null) {
            md.append(" (").append(MarkdownText.escape(MarkdownText.shorten(metadata.organization(), NAME_MAX))).append(')');
        }
        md.append(" · ").append(MarkdownText.code(MarkdownText.shorten(a.input().file(), NAME_MAX))).append(" · as of ").append(a.asOf())
                .append("\n\n");
        md.append("| Severity | Open |\n|---|---:|\n");
        for (Map.Entry<Severity, Integer> e : a.openBySeverity().entrySet()) {
            md.append("| ").append(capitalized(e.getKey())).append(" | ").append(e.getValue()).append(" |\n");
        }
        md.append("| Waived | ").append(a.waivedCount()).append(" |\n\n");
        md.append(EvaluatedControls.of(a)).append(" · catalog ")
                .append(MarkdownText.escape(a.catalog().version())).append(" · ").append(Tool.name()).append(' ').append(Tool.version())
                .append('\n');
    }

    /** How {@link TextRenderer#bindingNote} joins its note to the verdict line. */
    private static final String BINDING_NOTE_START = " · ";

    /**
     * What the verdict could not judge, as the text and the JSON say it: agents with no permissions,
     * whose permission controls had nothing to examine, and use cases no rule reads. A PASS beside
     * them must not read as if they had been checked.
     */
    private static void notJudged(StringBuilder md, Assessment a) {
        List<String> without = a.agentsWithoutPermissions().stream().map(AgentWithoutPermissions::agentId).toList();
        List<String> unknown = a.unknownUseCases().stream().map(UnknownUseCase::named).toList();
        if (without.isEmpty() && unknown.isEmpty()) {
            return;
        }
        md.append("**Not judged**:");
        if (!without.isEmpty()) {
            md.append(' ').append(counted(without.size(), "agent")).append(" with no permissions (").append(listed(without))
                    .append("): no permission control had anything of theirs to examine.");
        }
        if (!unknown.isEmpty()) {
            md.append(' ').append(counted(unknown.size(), "use case")).append(" Oversight does not know (").append(listed(unknown))
                    .append(unknown.size() == 1 ? "): no rule reads it, so a high-risk area it names is not seen."
                            : "): no rule reads them, so a high-risk area they name is not seen.");
        }
        md.append(" The JSON report lists them all.\n\n");
    }

    /** How many names the Markdown lists before counting the rest. */
    private static final int NAMES_LISTED = 5;

    private static String listed(List<String> names) {
        String shown = names.stream().limit(NAMES_LISTED).map(n -> MarkdownText.escape(MarkdownText.shorten(n, NAME_MAX)))
                .collect(Collectors.joining(", "));
        return names.size() > NAMES_LISTED ? shown + " and " + (names.size() - NAMES_LISTED) + " more" : shown;
    }

    private static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * With a baseline, what changed since it and what the exit code followed: a reviewer reads the
     * comment beside the check's status, and with --fail-on-new a FAIL verdict may pass the check.
     */
    private static void compared(StringBuilder md, Assessment a) {
        Baseline baseline = a.baseline();
        if (baseline == null) {
            return;
        }
        Baseline.Changes changes = baseline.changes(a.findings());
        md.append("Compared with ").append(MarkdownText.code(MarkdownText.shorten(baseline.file(), NAME_MAX))).append(": ")
                .append(changes.fresh()).append(" new, ").append(changes.updated() > 0 ? changes.updated() + " updated, " : "")
                .append(changes.unchanged()).append(" unchanged, ").append(baseline.resolved().size()).append(" resolved.");
        if (baseline.failOnNew()) {
            long blockingNew = a.findings().stream().filter(a::gates).count();
            md.append(a.gate() == Verdict.FAIL
                    ? " **The check fails**: " + blockingNew + " new open finding" + (blockingNew == 1 ? "" : "s") + " at " + a.failOn().label() + " or above."
                    : " **The check passes** (--fail-on-new): no new open finding at " + a.failOn().label() + " or above.");
        }
        md.append("\n\n");
    }

    private static String entry(Finding f, boolean withFix, Assessment a) {
        Baseline baseline = a.baseline();
        StringBuilder e = new StringBuilder();
        String tag = f.waived() ? "WAIVED" : f.severity().label().toUpperCase(Locale.ROOT);
        String state = baseline == null ? "unchanged" : baseline.state(f);
        e.append("- **").append(tag).append("** **").append(MarkdownText.escape(f.control())).append("** ")
                .append(state.equals("unchanged") ? "" : "**" + state.toUpperCase(Locale.ROOT) + "** ")
                .append(MarkdownText.escape(f.title())).append(" · ").append(MarkdownText.escape(f.subject().kind())).append(' ')
                .append(MarkdownText.code(MarkdownText.shorten(f.subject().id(), NAME_MAX))).append("  \n");
        e.append("  ").append(MarkdownText.code(MarkdownText.shorten(f.primaryEvidence().file(), NAME_MAX) + ":" + f.primaryEvidence().line())).append(' ')
                .append(MarkdownText.escape(MarkdownText.shorten(f.message(), MESSAGE_MAX))).append("  \n");
        a.outgrownWaiver(f).ifPresent(w -> e.append("  Not waived: the waiver until ").append(w.waiver().expires()).append(" by ")
                .append(MarkdownText.escape(w.waiver().approvedBy())).append(" was in force in the baseline's run, and this grew since.  \n"));
        if (f.waived()) {
            e.append("  Waived until ").append(f.waiver().expires()).append(" by ").append(MarkdownText.escape(f.waiver().approvedBy()))
                    .append(": ").append(MarkdownText.escape(MarkdownText.shorten(f.waiver().justification(), REMEDIATION_MAX))).append('\n');
        } else if (withFix) {
            e.append("  Fix: ").append(MarkdownText.escape(MarkdownText.shorten(f.remediation(), REMEDIATION_MAX))).append('\n');
        } else {
            e.append("  Fix: as above for ").append(MarkdownText.escape(f.control())).append('\n');
        }
        return e.toString();
    }

    private static String cutNote(int omitted) {
        return "\n… and " + omitted + " more finding" + (omitted == 1 ? "" : "s") + "; see the full report.\n";
    }

    private static String capitalized(Severity s) {
        String label = s.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
