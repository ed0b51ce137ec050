package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Attestation;
import io.oversight.engine.FrameworkResult;

/**
 * The requirements of the applicable frameworks that no field of a deployment file can prove,
 * each with a box to tick and a line for the name and date of the person who confirms it.
 */
final class Attestations implements Section {

    private static final String SIGN_LINE = "________________________________";
    private static final String DATE_LINE = "________________";

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        long total = ctx.facts.applicableFrameworks().stream().mapToLong(fr -> fr.attestations().size()).sum();
        if (total == 0) {
            ctx.shortSection("Attestations");
            ctx.paragraph("None of the frameworks that apply to this deployment asks for a requirement that only a person can confirm.");
            return;
        }
        ctx.section("Attestations");
        ctx.muted("No field of the deployment file can show these " + total + " requirements. A person who knows the facts ticks the box, "
                + "on paper or in a PDF reader, and writes their name and the date; an unticked box is an open item for the sign-off below.");
        for (FrameworkResult fr : ctx.facts.applicableFrameworks()) {
            if (fr.attestations().isEmpty()) {
                continue;
            }
            ctx.heading(fr.framework().title(), 60);
            for (Attestation at : fr.attestations()) {
                ctx.add(item(ctx, fr, at));
            }
        }
    }

    private static PdfPTable item(ReportContext ctx, FrameworkResult fr, Attestation at) {
        Tables t = ctx.tables;
        Styles s = ctx.styles;
        PdfPTable table = new PdfPTable(new float[] {4, 96});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        PdfPCell box = t.cell(new Phrase(ctx.tickBoxes.checkBox(fieldName(fr, at))));
        box.setPaddingTop(6);
        table.addCell(box);
        PdfPCell text = t.cell("");
        Paragraph head = new Paragraph(at.clause() + "  ", s.smallBold);
        head.add(new Phrase(at.id(), s.smallMuted));
        text.addElement(head);
        Paragraph statement = new Paragraph(at.statement(), s.body);
        statement.setLeading(Styles.BODY * 1.3f);
        statement.setSpacingBefore(2);
        text.addElement(statement);
        Paragraph sign = new Paragraph("Confirmed by (name)  " + SIGN_LINE + "      Date  " + DATE_LINE, s.smallMuted);
        sign.setSpacingBefore(12);
        sign.setSpacingAfter(4);
        text.addElement(sign);
        table.addCell(text);
        return table;
    }

    /** The attestation's check box: a field name has no dots, which would make it a hierarchy. */
    private static String fieldName(FrameworkResult fr, Attestation at) {
        return ("attestation-" + fr.framework().id() + "-" + at.id()).replace('.', '-');
    }
}
