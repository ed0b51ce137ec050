package io.oversight.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.oversight.engine.Verdict;
import java.awt.Color;

/**
 * What every page carries: a running header with the deployment and its verdict (not on the
 * cover, which says both in large type), and a footer naming the tool, the catalog, the report id
 * and "page X of Y". Y is not known until the end, so the footer holds a template filled in when
 * the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    /** What the header and footer say. */
    record Lines(String headerLeft, Verdict verdict, String verdictNote, String footerLeft) {
    }

    private static final float SIZE = 7.5f;

    private final Styles styles;
    private final Lines lines;
    private PdfTemplate total;

    PageFrame(Styles styles, Lines lines) {
        this.styles = styles;
        this.lines = lines;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(styles.width("00000", SIZE), SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (writer.getPageNumber() > 1) {
            header(cb, left, right, page.getTop() - 34);
        }
        footer(cb, writer.getPageNumber(), left, right, document.bottom() - 26);
    }

    private void header(PdfContentByte cb, float left, float right, float baseline) {
        String verdictWord = lines.verdict().name();
        float chipSize = 8f;
        float chipWidth = styles.width(verdictWord, chipSize) + 10;
        String note = lines.verdictNote();
        float noteWidth = styles.width(note, SIZE);
        float chipLeft = right - noteWidth - 6 - chipWidth;
        text(cb, styles.fit(lines.headerLeft(), SIZE, chipLeft - left - 12), left, baseline, SIZE, Palette.MUTED);
        cb.saveState();
        cb.setColorFill(Palette.verdict(lines.verdict()));
        cb.rectangle(chipLeft, baseline - 3, chipWidth, chipSize + 4);
        cb.fill();
        cb.restoreState();
        text(cb, verdictWord, chipLeft + 5, baseline, chipSize, Palette.WHITE);
        text(cb, note, right - noteWidth, baseline, SIZE, Palette.MUTED);
        rule(cb, left, right, baseline - 7);
    }

    private void footer(PdfContentByte cb, int pageNumber, float left, float right, float baseline) {
        rule(cb, left, right, baseline + 10);
        String page = "page " + pageNumber + " of ";
        float reserved = styles.width("000", SIZE);
        float pageLeft = right - reserved - styles.width(page, SIZE);
        text(cb, styles.fit(lines.footerLeft(), SIZE, pageLeft - left - 12), left, baseline, SIZE, Palette.MUTED);
        text(cb, page, pageLeft, baseline, SIZE, Palette.MUTED);
        cb.addTemplate(total, right - reserved, baseline - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // Called after the last page was closed, when the page counter already points past it.
        total.beginText();
        total.setFontAndSize(styles.base, SIZE);
        total.setColorFill(Palette.MUTED);
        total.setTextMatrix(0, 2);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private void text(PdfContentByte cb, String text, float x, float y, float size, Color color) {
        cb.beginText();
        cb.setFontAndSize(styles.base, size);
        cb.setColorFill(color);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
    }

    private static void rule(PdfContentByte cb, float left, float right, float y) {
        cb.saveState();
        cb.setColorStroke(Palette.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y);
        cb.lineTo(right, y);
        cb.stroke();
        cb.restoreState();
    }
}
