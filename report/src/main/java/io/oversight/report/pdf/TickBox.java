package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * An empty square to tick by hand, drawn as a vector: the embedded font has no ballot-box glyph,
 * and a drawn box prints the same everywhere. One template serves every box in the document.
 */
final class TickBox {

    private static final float SIZE = 9f;

    private final Image image;
    private final Font font;

    /** {@code font} is the embedded font the box's line uses, so no unembedded default creeps in. */
    TickBox(PdfContentByte cb, Font font) {
        this.font = font;
        PdfTemplate box = cb.createTemplate(SIZE, SIZE);
        box.setColorStroke(Palette.INK);
        box.setLineWidth(0.8f);
        box.rectangle(0.5f, 0.5f, SIZE - 1, SIZE - 1);
        box.stroke();
        this.image = Drawing.image(box);
    }

    /** The box as inline text, sitting on the baseline. */
    Chunk chunk() {
        Chunk chunk = new Chunk(image, 0, -1.5f, false);
        chunk.setFont(font);
        return chunk;
    }
}
