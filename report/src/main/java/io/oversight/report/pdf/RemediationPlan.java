package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.engine.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What to fix, who fixes it and by when. One row per control and owner, so that an owner gets one
 * action for all their agents that fail the same control; rows sorted by severity, then date.
 */
final class RemediationPlan implements Section {

    /** One action: a control to satisfy, for some subjects, by one owner. */
    record Action(Severity severity, String control, String remediation, String owner, List<String> subjects, LocalDate due) {
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.section("Remediation plan");
        ctx.muted("One action per control and owner, most severe first. The owner is the agent's owner, or the deployment owner ("
                + ctx.facts.person(ctx.facts.metadata().owner()) + ") for findings about no single agent. Target dates count from the "
                + "as-of date " + ctx.facts.assessment().asOf() + ": critical 7 days, high 30, medium 90, low 180.");
        List<Action> actions = actions(ctx.facts);
        if (actions.isEmpty()) {
            ctx.paragraph("Nothing to remediate: no finding is open.");
            return;
        }
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {10, 7, 38, 20, 13, 12}, "Severity", "Control", "Action", "Applies to", "Owner", "Target date");
        for (Action action : actions) {
            table.addCell(t.severity(action.severity()));
            table.addCell(t.cell(action.control(), s.smallBold));
            table.addCell(t.cell(action.remediation()));
            table.addCell(t.cell(Words.list(action.subjects(), 6)));
            table.addCell(t.cell(ctx.facts.person(action.owner())));
            table.addCell(t.cell(action.due().toString(), s.smallBold));
        }
        ctx.add(table);
    }

    static List<Action> actions(ReportFacts facts) {
        record Key(String control, String owner) {
        }
        Map<Key, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : facts.assessment().openFindings()) {
            groups.computeIfAbsent(new Key(f.control(), facts.ownerOf(f)), k -> new ArrayList<>()).add(f);
        }
        List<Action> actions = new ArrayList<>();
        groups.forEach((key, findings) -> {
            Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
            TreeSet<String> subjects = new TreeSet<>();
            findings.forEach(f -> subjects.add(f.subject().agentId() != null ? f.subject().agentId() : Words.subject(f.subject())));
            actions.add(new Action(worst, key.control(), findings.get(0).remediation(), key.owner(), List.copyOf(subjects),
                    due(worst, facts.assessment().asOf())));
        });
        actions.sort(Comparator.comparing(Action::severity).thenComparing(Action::due).thenComparing(Action::control)
                .thenComparing(a -> a.owner() == null ? "" : a.owner()));
        return actions;
    }

    /** How long a finding of each severity may stay open. */
    static LocalDate due(Severity severity, LocalDate asOf) {
        return asOf.plusDays(switch (severity) {
            case CRITICAL -> 7;
            case HIGH -> 30;
            case MEDIUM -> 90;
            case LOW -> 180;
        });
    }
}
