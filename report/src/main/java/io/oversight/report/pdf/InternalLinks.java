package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Links inside the report: a reference such as "see Findings" jumps to the place it names. A
 * target is a named destination made where its text lands; a link is a generic tag that becomes a
 * link annotation over each line its text takes. The annotations are made here rather than by
 * OpenPDF's own local goto so that they carry the print flag PDF/A requires of every annotation.
 */
final class InternalLinks extends PdfPageEventHelper {

    private static final String TAG = "link:";

    /** The destination where the findings of {@code controlId} begin. */
    static String findingsOf(String controlId) {
        return "findings-" + controlId;
    }

    /** {@code chunk}, made the target {@code destination}. */
    static Chunk target(Chunk chunk, String destination) {
        chunk.setLocalDestination(destination);
        return chunk;
    }

    /** {@code text} that jumps to {@code destination} when clicked. */
    static Chunk link(String text, String destination, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setGenericTag(TAG + destination);
        return chunk;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (!tag.startsWith(TAG)) {
            return;
        }
        PdfAction jump = PdfAction.gotoLocalPage(tag.substring(TAG.length()), false);
        PdfAnnotation link = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom() - 1, rect.getRight(), rect.getTop() + 1, jump);
        link.setFlags(PdfAnnotation.FLAGS_PRINT);
        link.setBorder(new PdfBorderArray(0, 0, 0));
        writer.addAnnotation(link);
    }
}
