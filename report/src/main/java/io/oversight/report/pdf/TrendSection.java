package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.engine.Baseline;
import io.oversight.engine.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * With {@code --baseline}: the findings new since the earlier report, those whose entry was edited
 * since (updated), those it listed that are now resolved, and the ones still open past their severity's time limit counted from it, one row per control so
 * that a fleet's trend fits a page. Without a baseline the section is left out rather than
 * printed empty.
 */
final class TrendSection implements Section {

    /** Subjects named per row; the JSON output names every finding. */
    static final int SUBJECTS_NAMED = 8;

    /** The findings of one control in one part of the trend. */
    private record Row(String control, Severity worst, int count, LocalDate due, List<String> subjects) {
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Optional<Trend> found = Trend.of(ctx.facts.assessment());
        if (found.isEmpty()) {
            return;
        }
        Trend trend = found.get();
        ctx.section("Trend since the last report");
        ctx.paragraph(trend.line());
        ctx.muted("Compared with " + trend.file() + " by fingerprint, which survives moved lines; a finding whose entry was edited"
                + " (an action taken out) is updated while it shares an action or other item with the earlier one, and new when it lists"
                + " one the earlier did not (an action added), is more severe or is no longer waived, as a gate on new findings must see;"
                + " one row per control. "
                + (trend.since() == null ? "That file states no as-of date, so no time limit can be counted from it."
                : "A finding still open, new or not, that the earlier report had is overdue when its severity's time limit counted from"
                + " that report (" + trend.since()
                + " plus 7 days for critical, 30 for high, 90 for medium, 180 for low) has passed; that report's remediation plan"
                + " may have given a package more time, to space out one owner's work, which its JSON output does not record.")
                + " The JSON output marks every finding new, updated or unchanged.");
        Map<String, LocalDate> dueOf = new LinkedHashMap<>();
        trend.overdue().forEach(o -> dueOf.put(o.finding().fingerprint(), o.due()));
        table(ctx, "Overdue since the last report", rows(trend.overdue().stream().map(Trend.Overdue::finding).toList(), dueOf), true);
        table(ctx, "New since the last report", rows(trend.added(), Map.of()), false);
        table(ctx, "Updated since the last report", rows(trend.updated(), Map.of()), false);
        table(ctx, "Resolved since the last report", resolvedRows(trend.resolved()), false);
    }

    private static List<Row> rows(List<Finding> findings, Map<String, LocalDate> dueOf) {
        return group(findings, Finding::control, f -> f.severity(), f -> f.subject().agentId() != null ? f.subject().agentId()
                : Words.subject(f.subject()), f -> dueOf.get(f.fingerprint()));
    }

    private static List<Row> resolvedRows(List<Baseline.PreviousFinding> resolved) {
        return group(resolved, Baseline.PreviousFinding::control,
                Baseline.PreviousFinding::severity, TrendSection::subject, p -> null);
    }

    /** An earlier finding's subject as the current ones are named: an agent by its id, anything else by kind and id. */
    private static String subject(Baseline.PreviousFinding p) {
        int colon = p.subject().indexOf(':');
        String kind = colon < 0 ? "" : p.subject().substring(0, colon);
        String id = p.subject().substring(colon + 1);
        return kind.equals("agent") ? id : (kind + " " + id).strip();
    }

    private static <T> List<Row> group(List<T> items, Function<T, String> control, Function<T, Severity> severity,
                                       Function<T, String> subject, Function<T, LocalDate> due) {
        Map<String, List<T>> byControl = new LinkedHashMap<>();
        items.forEach(i -> byControl.computeIfAbsent(control.apply(i), k -> new ArrayList<>()).add(i));
        List<Row> rows = new ArrayList<>();
        byControl.forEach((id, list) -> {
            TreeSet<String> subjects = new TreeSet<>(Words.NATURAL);
            list.forEach(i -> subjects.add(subject.apply(i)));
            rows.add(new Row(id, list.stream().map(severity).min(Comparator.naturalOrder()).orElseThrow(), list.size(),
                    list.stream().map(due).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null), List.copyOf(subjects)));
        });
        rows.sort(Comparator.comparing(Row::worst).thenComparing(Row::control));
        return rows;
    }

    private static void table(ReportContext ctx, String title, List<Row> rows, boolean withDue) throws DocumentException {
        if (rows.isEmpty()) {
            return;
        }
        int total = rows.stream().mapToInt(Row::count).sum();
        ctx.heading(title + " (" + total + ")", 60);
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = withDue
                ? t.table(new float[] {11, 8, 9, 12, 60}, "Severity", "Control", "Findings", "Limit", "Subjects")
                : t.table(new float[] {11, 8, 9, 72}, "Severity", "Control", "Findings", "Subjects");
        for (Row row : rows) {
            table.addCell(t.severity(row.worst()));
            table.addCell(t.cell(row.control(), s.smallBold));
            table.addCell(t.number(row.count()));
            if (withDue) {
                table.addCell(t.cell(row.due() == null ? "" : row.due().toString(), s.smallBold));
            }
            table.addCell(t.cell(Words.list(row.subjects(), SUBJECTS_NAMED)));
        }
        ctx.add(table);
    }
}
