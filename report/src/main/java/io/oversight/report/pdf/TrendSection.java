package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.engine.Baseline;
import io.oversight.engine.Finding;
import java.util.List;
import java.util.Optional;

/**
 * With {@code --baseline}: the findings new since the earlier report, those it listed that are now
 * resolved, and the ones still open past the target date it gave them. Without a baseline the
 * section is left out rather than printed empty.
 */
final class TrendSection implements Section {

    /** Rows listed per table; the JSON and CSV outputs carry every finding's state. */
    static final int ROWS = 40;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Optional<Trend> found = Trend.of(ctx.facts.assessment());
        if (found.isEmpty()) {
            return;
        }
        Trend trend = found.get();
        ctx.section("Trend since the last report");
        ctx.paragraph(trend.line());
        ctx.muted("Compared with " + trend.file() + " by fingerprint, which survives moved lines. "
                + (trend.since() == null ? "That file states no as-of date, so no target date of it can be checked."
                : "A finding still open is overdue when its target date in that report (" + trend.since()
                + " plus 7 days for critical, 30 for high, 90 for medium, 180 for low) has passed."));
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        if (!trend.overdue().isEmpty()) {
            ctx.heading("Overdue since the last report (" + trend.overdue().size() + ")", 60);
            PdfPTable table = t.table(new float[] {11, 8, 25, 14, 42}, "Severity", "Control", "Subject", "Was due", "What is wrong");
            for (Trend.Overdue o : trend.overdue().subList(0, Math.min(ROWS, trend.overdue().size()))) {
                findingRow(ctx, table, o.finding(), o.due().toString());
            }
            more(ctx, table, trend.overdue().size(), 5);
            ctx.add(table);
        }
        if (!trend.added().isEmpty()) {
            ctx.heading("New since the last report (" + trend.added().size() + ")", 60);
            PdfPTable table = t.table(new float[] {11, 8, 25, 56}, "Severity", "Control", "Subject", "What is wrong");
            for (Finding f : trend.added().subList(0, Math.min(ROWS, trend.added().size()))) {
                findingRow(ctx, table, f, null);
            }
            more(ctx, table, trend.added().size(), 4);
            ctx.add(table);
        }
        if (!trend.resolved().isEmpty()) {
            ctx.heading("Resolved since the last report (" + trend.resolved().size() + ")", 60);
            PdfPTable table = t.table(new float[] {11, 8, 25, 56}, "Severity", "Control", "Subject", "What was wrong");
            List<Baseline.PreviousFinding> resolved = trend.resolved();
            for (Baseline.PreviousFinding p : resolved.subList(0, Math.min(ROWS, resolved.size()))) {
                table.addCell(t.cell(p.severity().toUpperCase(java.util.Locale.ROOT), s.smallBold));
                table.addCell(t.cell(p.control(), s.smallBold));
                table.addCell(t.cell(p.subject().replace(':', ' ')));
                table.addCell(t.cell(p.message()));
            }
            more(ctx, table, resolved.size(), 4);
            ctx.add(table);
        }
    }

    private static void findingRow(ReportContext ctx, PdfPTable table, Finding f, String due) {
        Tables t = ctx.tables;
        table.addCell(t.severity(f.severity()));
        table.addCell(t.cell(f.control(), ctx.styles.smallBold));
        table.addCell(t.cell(Words.subject(f.subject())));
        if (due != null) {
            table.addCell(t.cell(due, ctx.styles.smallBold));
        }
        table.addCell(t.cell(f.message()));
    }

    private static void more(ReportContext ctx, PdfPTable table, int total, int columns) {
        if (total > ROWS) {
            table.addCell(ctx.tables.span("and " + (total - ROWS) + " more; the JSON output marks every finding new or unchanged", columns));
        }
    }
}
