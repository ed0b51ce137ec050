package io.oversight.report.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import java.util.List;

/**
 * One finding in full: its control and severity, what it is about, the other subjects with the
 * same finding, what is wrong in plain words, and the YAML that shows it. Kept on one page where it fits, so a card is never read in halves.
 */
final class FindingCard {

    private static final float[] WIDTHS = {15, 85};
    /** Other subjects named on a card before the rest are counted. */
    static final int OTHERS_NAMED = 20;

    private final ReportContext ctx;
    private final EvidenceQuote quotes;

    FindingCard(ReportContext ctx) {
        this.ctx = ctx;
        this.quotes = new EvidenceQuote(ctx.styles);
    }

    /** The cluster's first finding in full, the subjects it shares the finding with, and its place among the control's cards. */
    PdfPTable card(FindingCluster cluster, int number, int of) {
        Finding f = cluster.first();
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        table.addCell(f.waived() ? t.chip("WAIVED", Palette.HEADER_FILL, Palette.INK) : t.severity(f.severity()));
        Phrase head = new Phrase(f.control() + "  " + f.title(), s.smallBold);
        head.add(new Phrase("   card " + number + " of " + of + (cluster.size() > 1 ? ", " + cluster.size() + " findings" : "") + (f.waived() ? ", waived (" + Words.severity(f.severity()) + ")" : ""),
                s.smallMuted));
        PdfPCell headCell = t.cell(head);
        headCell.setBackgroundColor(Palette.HEADER_FILL);
        table.addCell(headCell);
        row(table, "Subject", t.cell(Words.subject(f.subject())));
        if (!cluster.others().isEmpty()) {
            row(table, "Same finding on", t.cell(Words.capitalize(Words.count(cluster.others().size(), "other subject", "other subjects"))
                    + ": " + Words.list(cluster.otherSubjects(), OTHERS_NAMED) + (cluster.others().size() == 1 ? " (its lines are in Appendix A)."
                    : " (each with its lines in Appendix A).")));
        }
        row(table, "What is wrong", t.cell(f.message(), s.small));
        // Composite content: the location line, then the quoted YAML below it.
        PdfPCell evidence = t.cell("");
        Paragraph where = new Paragraph(locations(f.evidence()), s.smallBold);
        where.setSpacingAfter(3);
        evidence.addElement(where);
        evidence.addElement(quotes.quote(ctx.facts.assessment().input().sources(), f.evidence()));
        row(table, "Evidence", evidence);
        if (f.waived()) {
            row(table, "Accepted risk", t.cell("Waived until " + f.waiver().expires() + ", approved by " + ctx.facts.person(f.waiver().approvedBy())
                    + ": " + f.waiver().justification()));
        }
        return table;
    }

    private void row(PdfPTable table, String label, PdfPCell value) {
        table.addCell(ctx.tables.cell(label, ctx.styles.smallMuted));
        table.addCell(value);
    }

    /** "file:131" for one place; "file:131, 133 and 140" for several in the same file. */
    static String locations(List<Evidence> evidence) {
        Evidence first = evidence.get(0);
        if (evidence.size() == 1) {
            return first.location();
        }
        List<String> lines = evidence.stream().map(e -> e.file().equals(first.file()) ? String.valueOf(e.line()) : e.location()).toList();
        return first.file() + ":" + Words.list(lines, 12);
    }
}
