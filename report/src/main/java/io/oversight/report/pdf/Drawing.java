package io.oversight.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;

/** What the charts and the page frame draw with: text in the report's font, filled boxes, and a finished template as an image. */
final class Drawing {

    private Drawing() {
    }

    static void text(PdfContentByte cb, Styles styles, String text, float x, float y, float size, Color color) {
        cb.beginText();
        cb.setFontAndSize(styles.base, size);
        cb.setColorFill(color);
        cb.setTextMatrix(x, y);
        cb.showText(DrawnText.of(text));
        cb.endText();
    }

    static void fill(PdfContentByte cb, Color color, float x, float y, float w, float h) {
        cb.saveState();
        cb.setColorFill(color);
        cb.rectangle(x, y, w, h);
        cb.fill();
        cb.restoreState();
    }

    /** The template as an image that flows with the text. */
    static Image image(PdfTemplate t) {
        try {
            return Image.getInstance(t);
        } catch (BadElementException e) {
            throw new IllegalStateException("a template always makes an image", e);
        }
    }
}
