package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.engine.Assessment;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import io.oversight.report.EvaluatedControls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One page for the reader who reads nothing else: the verdict and why, the scope and its limits,
 * the open findings per severity, how much of each applicable framework is met, and the five worst open findings.
 */
final class ExecutiveSummary implements Section {

    static final int TOP = 5;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Assessment a = ctx.facts.assessment();
        ctx.section("Executive summary");
        Paragraph verdict = new Paragraph(Headlines.verdict(a), ctx.styles.font(11, Font.BOLD, Palette.verdict(a.verdict())));
        verdict.setLeading(15);
        verdict.setSpacingAfter(4);
        ctx.add(verdict);
        for (String sentence : Headlines.why(ctx.facts)) {
            bullet(ctx, sentence);
        }
        ctx.heading("Scope and limits", 60);
        java.util.Optional<Trend> trend = Trend.of(a);
        if (trend.isPresent()) {
            ctx.add(scopeLine(ctx, trend.get().line()));
        }
        for (String sentence : ctx.facts.scope().summarySentences()) {
            ctx.add(scopeLine(ctx, sentence));
        }
        ctx.heading("Open findings by severity" + a.scopedFramework().map(fr -> ": " + EvaluatedControls.of(a)).orElse(""), 50);
        ctx.add(counts(ctx, a));
        ctx.heading("Framework coverage: share of assessed clauses met, each bar as long as the share of clauses due today assessed", 80);
        List<BarChart.Bar> bars = bars(ctx.facts);
        List<Paragraph> notes = chartNotes(ctx);
        PdfPTable top = top(ctx, a);
        // The five rows are read as one list: they move to the next page whole, with their heading, rather than split.
        top.setKeepTogether(true);
        // The chart's rows close up where the five findings would not fit on the page below it: the summary keeps to one page.
        float below = CHART_SPACING + height(ctx, notes) + HEADING + ctx.height(top);
        boolean compact = ctx.spaceLeft() < BarChart.height(bars.size(), false) + below;
        ctx.graphic(BarChart.draw(ctx.writer.getDirectContent(), ctx.styles, ctx.width(), bars, compact,
                "axis: clauses due · %: of assessed"), CHART_SPACING);
        for (Paragraph note : notes) {
            ctx.add(note);
        }
        ctx.heading("The five most severe open findings", ctx.height(top) + HEADING_BEYOND_MARGIN);
        ctx.add(top);
    }

    private static final float CHART_SPACING = 6;

    /** What a heading takes on the page: the space {@link ReportContext#heading} keeps for its line, and its spacing. */
    private static final float HEADING = 30;

    /** The sentences under the chart that name the frameworks it has no bar for. */
    private static List<Paragraph> chartNotes(ReportContext ctx) {
        List<Paragraph> notes = new ArrayList<>();
        List<String> inapplicable = ctx.facts.applicableFrameworks().stream().filter(FrameworkResult::noClauseApplies)
                .map(fr -> fr.framework().title()).toList();
        if (!inapplicable.isEmpty()) {
            notes.add(scopeLine(ctx, "No clause of " + Words.list(inapplicable, inapplicable.size()) + " applies to this deployment; the reasons are"
                    + " under Framework coverage."));
        }
        List<String> unassessed = ctx.facts.applicableFrameworks().stream().filter(ExecutiveSummary::nothingAssessed)
                .map(fr -> fr.framework().title() + " (" + assessedNothing(fr) + ")").toList();
        if (!unassessed.isEmpty()) {
            notes.add(scopeLine(ctx, "No rule assessed any clause of " + Words.list(unassessed, unassessed.size())
                    + "; the reasons are under Framework coverage."));
        }
        return notes;
    }

    /** The height {@code paragraphs} take at full width. */
    private static float height(ReportContext ctx, List<Paragraph> paragraphs) {
        PdfPTable measure = new PdfPTable(1);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        paragraphs.forEach(cell::addElement);
        measure.addCell(cell);
        return ctx.height(measure);
    }

    /**
     * What a heading and the table under it take beyond the space {@link ReportContext#heading} keeps
     * for the heading's line: its spacing before and after (8 and 4) and the table's before it (4).
     * With 6, a summary whose scope ran longer (a baseline's trend) left the heading alone at the
     * foot of its page.
     */
    private static final float HEADING_BEYOND_MARGIN = 16;

    private static void bullet(ReportContext ctx, String sentence) throws DocumentException {
        Paragraph p = new Paragraph("", ctx.styles.body);
        p.add(new Phrase("\u2022  " + sentence, ctx.styles.body));
        p.setLeading(13.5f);
        p.setIndentationLeft(10);
        p.setFirstLineIndent(-10);
        p.setSpacingAfter(2);
        ctx.add(p);
    }

    /** A line of the scope in the small type of the cover's scope box: the summary keeps to one page. */
    private static Paragraph scopeLine(ReportContext ctx, String sentence) {
        Paragraph p = new Paragraph("\u2022  " + sentence, ctx.styles.small);
        p.setLeading(Styles.SMALL * 1.3f);
        p.setIndentationLeft(8);
        p.setFirstLineIndent(-8);
        p.setSpacingAfter(1);
        return p;
    }

    private static PdfPTable counts(ReportContext ctx, Assessment a) {
        Tables t = ctx.tables;
        PdfPTable table = t.table(new float[] {1, 1, 1, 1, 1.4f});
        Map<Severity, Integer> open = a.openBySeverity();
        for (Severity s : Severity.values()) {
            table.addCell(t.severity(s));
        }
        table.addCell(t.header("waived (accepted risk)"));
        for (Severity s : Severity.values()) {
            PdfPCell cell = t.cell(String.valueOf(open.get(s)), ctx.styles.font(14, Font.BOLD, Palette.INK));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        PdfPCell waived = t.cell(String.valueOf(a.waivedCount()), ctx.styles.font(14, Font.BOLD, Palette.MUTED));
        waived.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(waived);
        table.setHeaderRows(0);
        return table;
    }

    /** A bar per framework with something assessed: the share of its assessed clauses met, drawn to the share of its clauses due assessed. */
    static List<BarChart.Bar> bars(ReportFacts facts) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (FrameworkResult fr : facts.applicableFrameworks()) {
            // A bar of nothing says less than the sentences under the chart that name these frameworks.
            if (fr.noClauseApplies() || nothingAssessed(fr)) {
                continue;
            }
            String note = fr.count(ClauseStatus.MET) + " of " + fr.assessed() + " met; " + fr.assessed() + " of " + fr.due() + " assessed";
            bars.add(new BarChart.Bar(fr.framework().title(), fr.score(), fr.assessedShare(), note));
        }
        return bars;
    }

    /** Some clause applies or may apply, but no rule settled any: an undetermined or unassessed framework. */
    private static boolean nothingAssessed(FrameworkResult fr) {
        return !fr.noClauseApplies() && fr.score() == null;
    }

    private static String assessedNothing(FrameworkResult fr) {
        List<String> parts = new ArrayList<>();
        for (ClauseStatus status : ClauseStatus.values()) {
            long n = fr.count(status);
            if (!status.scored() && n > 0) {
                parts.add(status.counted(n));
            }
        }
        return String.join(", ", parts);
    }

    private static PdfPTable top(ReportContext ctx, Assessment a) {
        Tables t = ctx.tables;
        float[] widths = {10, 8, 27, 55}; // the subject on one line where it can be: the message is cut to fit anyway
        PdfPTable table = t.table(widths, "Severity", "Control", "Subject", "What is wrong, and where");
        // Of one severity, a gap in a clause in force today comes before a finding whose clauses bind later or not at all.
        List<Finding> open = a.openFindings().stream().sorted(Comparator.comparing(Finding::severity)
                .thenComparing(f -> !ctx.facts.breaksClauseInForce(f)).thenComparing(ControlGroup.FINDING_ORDER)).limit(TOP).toList();
        float messageWidth = ctx.width() * widths[3] / 100 - 8;
        for (Finding f : open) {
            table.addCell(t.severity(f.severity()));
            table.addCell(t.cell(f.control(), ctx.styles.smallBold));
            table.addCell(t.cell(Words.subject(f.subject())));
            Evidence e = f.primaryEvidence();
            String where = e.file().equals(a.input().file()) ? " (line " + e.line() + ")" : " (" + FindingsAppendix.line(e, a.input().file()) + ")";
            String message = ctx.styles.fit(withoutSubject(f), Styles.SMALL, messageWidth - ctx.styles.width(where, Styles.SMALL));
            table.addCell(t.cell(message + where));
        }
        if (open.isEmpty()) {
            table.addCell(t.span("No finding is open.", 4));
        }
        return table;
    }

    /**
     * The finding's message without the subject it opens with ("'coder' can act ..." reads "can
     * act ..."): the Subject column names it, and a long agent id would leave no room for what is wrong.
     */
    static String withoutSubject(Finding f) {
        String named = "'" + f.subject().id() + "' ";
        return f.message().startsWith(named) ? f.message().substring(named.length()) : f.message();
    }
}
