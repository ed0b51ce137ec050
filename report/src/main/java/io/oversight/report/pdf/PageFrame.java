package io.oversight.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.oversight.engine.Verdict;

/**
 * What every page carries: a running header with the deployment and its verdict (not on the
 * cover, which says both in large type), and a footer naming the tool, the catalog, the report id
 * and "page X of Y". Y is not known until the end, so the footer holds a template filled in when
 * the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    /**
     * What the header and footer say. {@code headerKept} ends the header and is never cut: a long
     * name shortens {@code headerLeft} instead, so that the as-of date the report is signed against stays legible.
     */
    record Lines(String headerLeft, String headerKept, Verdict verdict, String verdictNote, String footerLeft) {
    }

    private static final float SIZE = Styles.SMALL;

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
        float chipSize = 8.5f;
        float chipWidth = styles.boldWidth(verdictWord, chipSize) + 10;
        String note = lines.verdictNote();
        float noteWidth = styles.width(note, SIZE);
        float chipLeft = right - noteWidth - 6 - chipWidth;
        float room = chipLeft - left - 12;
        String header = styles.fit(lines.headerLeft(), SIZE, room - styles.width(lines.headerKept(), SIZE)) + lines.headerKept();
        Drawing.text(cb, styles, styles.fit(header, SIZE, room), left, baseline, SIZE, Palette.MUTED);
        Drawing.fill(cb, Palette.verdict(lines.verdict()), chipLeft, baseline - 3, chipWidth, chipSize + 4);
        cb.beginText();
        cb.setFontAndSize(styles.bold, chipSize);
        cb.setColorFill(Palette.WHITE);
        cb.setTextMatrix(chipLeft + 5, baseline);
        cb.showText(verdictWord);
        cb.endText();
        Drawing.text(cb, styles, note, right - noteWidth, baseline, SIZE, Palette.MUTED);
        rule(cb, left, right, baseline - 7);
    }

    private void footer(PdfContentByte cb, int pageNumber, float left, float right, float baseline) {
        rule(cb, left, right, baseline + 10);
        String page = "page " + pageNumber + " of ";
        float reserved = styles.width("000", SIZE);
        float pageLeft = right - reserved - styles.width(page, SIZE);
        Drawing.text(cb, styles, styles.fit(lines.footerLeft(), SIZE, pageLeft - left - 12), left, baseline, SIZE, Palette.MUTED);
        Drawing.text(cb, styles, page, pageLeft, baseline, SIZE, Palette.MUTED);
        cb.addTemplate(total, right - reserved, baseline - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // Called after the last page was closed, when the page counter already points past it.
        Drawing.text(total, styles, String.valueOf(writer.getPageNumber() - 1), 0, 2, SIZE, Palette.MUTED);
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
