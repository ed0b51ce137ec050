package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.deployment.model.Metadata;
import io.oversight.engine.Assessment;
import io.oversight.report.InputsDigest;
import io.oversight.report.Tool;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Page 1. A stranger must see in one glance whether the deployment passes and why: the verdict in
 * one large word on its colour, the sentences that explain it, the open findings per severity,
 * what was and was not in scope, then what identifies the record (who, which versions, which day).
 */
final class CoverPage implements Section {

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        Assessment a = ctx.facts.assessment();
        Metadata m = ctx.facts.metadata();
        Styles s = ctx.styles;
        ctx.add(bookmarked(ctx, "AI GOVERNANCE GAP REPORT"));
        Paragraph org = new Paragraph(m.organization(), s.font(13, Font.NORMAL, Palette.MUTED));
        org.setSpacingBefore(2);
        ctx.add(org);
        Paragraph name = new Paragraph(m.name(), s.font(26, Font.BOLD, Palette.ACCENT));
        name.setLeading(30);
        name.setSpacingAfter(6);
        ctx.add(name);
        if (m.description() != null) {
            Paragraph description = new Paragraph(m.description(), s.font(10, Font.NORMAL, Palette.INK));
            description.setLeading(14);
            ctx.add(description);
        }
        ctx.add(verdictBand(ctx, a));
        ctx.add(why(ctx));
        ctx.add(severityCounts(ctx, a));
        ctx.add(scope(ctx));
        // Kept whole: where the cover has no room for it, it opens the next page rather than leave its id there alone (every
        // page's footer names the report too).
        ctx.add(record(ctx, a, m));
    }

    /** The report's label, carrying the "Cover" bookmark. */
    private static Paragraph bookmarked(ReportContext ctx, String label) {
        Paragraph p = new Paragraph("", ctx.styles.small);
        p.add(ctx.bookmark(label, "Cover", ctx.styles.font(9, Font.BOLD, Palette.MUTED)));
        return p;
    }

    private static PdfPTable verdictBand(ReportContext ctx, Assessment a) throws DocumentException {
        Styles s = ctx.styles;
        PdfPTable band = new PdfPTable(new float[] {30, 70});
        band.setWidthPercentage(100);
        band.setSpacingBefore(18);
        band.setSpacingAfter(0);
        PdfPCell word = new PdfPCell(new Phrase(a.verdict().name(), s.font(50, Font.BOLD, Palette.WHITE)));
        word.setHorizontalAlignment(Element.ALIGN_CENTER);
        word.setVerticalAlignment(Element.ALIGN_MIDDLE);
        word.setPaddingBottom(16);
        word.setPaddingTop(8);
        PdfPCell sentence = new PdfPCell();
        Paragraph verdict = new Paragraph(Headlines.verdict(a), s.font(11.5f, Font.BOLD, Palette.WHITE));
        verdict.setLeading(15);
        sentence.addElement(verdict);
        Paragraph threshold = new Paragraph("Checked as of " + a.asOf() + "; the check fails on open findings of severity "
                + a.failOn().label() + " or above." + Headlines.gate(a).map(g -> " " + g).orElse(""),
                s.font(8.5f, Font.NORMAL, Palette.WHITE));
        threshold.setSpacingBefore(4);
        sentence.addElement(threshold);
        sentence.setVerticalAlignment(Element.ALIGN_MIDDLE);
        sentence.setPadding(12);
        for (PdfPCell cell : new PdfPCell[] {word, sentence}) {
            cell.setBackgroundColor(Palette.verdict(a.verdict()));
            cell.setBorder(Rectangle.NO_BORDER);
            band.addCell(cell);
        }
        return band;
    }

    private static PdfPTable why(ReportContext ctx) {
        Styles s = ctx.styles;
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | Rectangle.BOTTOM);
        cell.setBorderColor(Palette.verdict(ctx.facts.assessment().verdict()));
        cell.setBorderWidth(1.5f);
        cell.setPadding(10);
        cell.setPaddingTop(8);
        Paragraph title = new Paragraph("Why", s.font(9, Font.BOLD, Palette.MUTED));
        cell.addElement(title);
        for (String sentence : Headlines.why(ctx.facts)) {
            Paragraph p = new Paragraph("", s.body);
            p.add(new Phrase("\u2022  ", s.font(11, Font.BOLD, Palette.INK)));
            p.add(new Phrase(sentence, s.font(11, Font.NORMAL, Palette.INK)));
            p.setLeading(15);
            p.setIndentationLeft(10);
            p.setFirstLineIndent(-10);
            p.setSpacingBefore(3);
            cell.addElement(p);
        }
        box.addCell(cell);
        box.setSpacingAfter(14);
        return box;
    }

    /** What was and was not checked, and any trend since the last report, before the record's details. */
    private static PdfPTable scope(ReportContext ctx) {
        Styles s = ctx.styles;
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(8);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(Palette.HEADER_FILL);
        cell.setPadding(8);
        cell.addElement(new Paragraph("Scope and limits", s.font(9, Font.BOLD, Palette.MUTED)));
        List<String> lines = new ArrayList<>(ctx.facts.scope().sentences());
        Trend.of(ctx.facts.assessment()).ifPresent(trend -> lines.add(0, trend.line()));
        for (String line : lines) {
            Paragraph p = new Paragraph("\u2022  " + line, s.small);
            p.setLeading(Styles.SMALL * 1.3f);
            p.setIndentationLeft(8);
            p.setFirstLineIndent(-8);
            p.setSpacingBefore(2);
            cell.addElement(p);
        }
        box.addCell(cell);
        return box;
    }

    private static PdfPTable severityCounts(ReportContext ctx, Assessment a) throws DocumentException {
        Styles s = ctx.styles;
        PdfPTable table = new PdfPTable(5);
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        Map<Severity, Integer> open = a.openBySeverity();
        // A run scoped to one framework counts the findings of its controls only: a 0 there says nothing of the others.
        String scope = a.scopedFramework().isPresent() ? " in scope" : "";
        for (Severity severity : Severity.values()) {
            int count = open.get(severity);
            // Only severities with open findings take their colour, so the eye goes to what is there.
            table.addCell(count == 0
                    ? countCell(s, 0, "open " + Words.severity(severity) + scope, Palette.EMPTY_CELL, Palette.MUTED)
                    : countCell(s, count, "open " + Words.severity(severity) + scope, Palette.severity(severity), Palette.onSeverity(severity)));
        }
        table.addCell(countCell(s, (int) a.waivedCount(), "WAIVED", Palette.HEADER_FILL, Palette.INK));
        return table;
    }

    private static PdfPCell countCell(Styles s, int count, String word, Color fill, Color ink) {
        PdfPCell cell = new PdfPCell();
        Paragraph number = new Paragraph(String.valueOf(count), s.font(24, Font.BOLD, ink));
        number.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(number);
        Paragraph label = new Paragraph(word, s.font(Styles.SMALL, Font.BOLD, ink));
        label.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(label);
        cell.setBackgroundColor(fill);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Palette.WHITE);
        cell.setBorderWidth(2);
        cell.setPaddingBottom(9);
        cell.setPaddingTop(2);
        return cell;
    }

    private static PdfPTable record(ReportContext ctx, Assessment a, Metadata m) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = t.table(new float[] {22, 78});
        table.setKeepTogether(true);
        row(table, t, s, "Deployment owner", ctx.facts.person(m.owner()) + "  \u00b7  "
                + Words.count(a.input().deployment().agents().size(), "agent", "agents") + " described  \u00b7  as of " + a.asOf());
        row(table, t, s, "All inputs SHA-256", InputsDigest.of(a) + " (" + Words.count(a.inputs().size(), "file", "files")
                + ", each by role, name as given and own SHA-256, listed under Method, with the tool and catalog versions)");
        row(table, t, s, "Tool and catalog", Tool.name() + " " + Tool.version() + "  \u00b7  control catalog version " + a.catalog().version());
        row(table, t, s, "Report id", ctx.identity.label());
        return table;
    }

    private static void row(PdfPTable table, Tables t, Styles s, String label, String value) {
        table.addCell(t.cell(label, s.smallMuted));
        table.addCell(t.cell(value, s.small));
    }
}
