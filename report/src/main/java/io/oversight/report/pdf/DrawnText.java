package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.deployment.BidiControls;
import java.util.HashMap;
import java.util.Locale;

/**
 * Text as the PDF draws it. A zero-width character (U+200B to U+200D, U+2060, U+FEFF) has a
 * visible glyph in the report's fonts, a bar drawn over its neighbours, and shows nothing a reader
 * needs: it is left out. A bidi control is written as an escape ({@code \u202e}), as the text and
 * Markdown reports write it: OpenPDF lays text out left to right, so the control would show as a
 * glyph or be lost, and a reader should see that the file holds one. A character the report's
 * fonts have no glyph for (Han, Arabic, emoji) is written as its code point, {@code <U+5F20>}: left
 * out, a name in another script left a blank where the owner of a finding was named. Every element
 * the report adds and every text it draws passes here, so that no section has to remember it.
 */
final class DrawnText {

    private DrawnText() {
    }

    /** Whether {@code c} is a character the report's fonts cannot draw, written as its code point. */
    static boolean unshown(int c) {
        return c > 0x7e && !zeroWidth(c) && !bidi(c) && !Character.isWhitespace(c) && !Styles.shows(c);
    }

    /** {@code text} as the report's fonts draw it on a page. */
    static String of(String text) {
        return rewritten(text, true);
    }

    /**
     * {@code text} as a PDF viewer shows it with fonts of its own, in the document's properties and
     * bookmarks: a name in another script stays as written there.
     */
    static String forViewer(String text) {
        return rewritten(text, false);
    }

    private static String rewritten(String text, boolean byReportFonts) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (rewrites(c, byReportFonts)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().filter(c -> !zeroWidth(c)).forEach(c -> out.append(byReportFonts && unshown(c)
                ? String.format(Locale.ROOT, "<U+%04X>", c) : Character.toString(c)));
        return BidiControls.escaped(out.toString());
    }

    /** Whether the text holding {@code c} is written otherwise than as it is: left out, escaped, or, by the report's fonts, as its code point. */
    private static boolean rewrites(int c, boolean byReportFonts) {
        return zeroWidth(c) || bidi(c) || byReportFonts && unshown(c);
    }

    private static boolean bidi(int c) {
        return c <= Character.MAX_VALUE && BidiControls.is((char) c);
    }

    /** {@code element} with the text of every chunk in it, in its phrases and the cells of its tables, made {@link #of}. */
    static <E extends Element> E cleaned(E element) {
        if (element instanceof Phrase phrase) { // a paragraph too
            for (int i = 0; i < phrase.size(); i++) {
                if (phrase.get(i) instanceof Chunk chunk) {
                    phrase.set(i, cleanedChunk(chunk));
                } else {
                    cleaned(phrase.get(i));
                }
            }
        } else if (element instanceof PdfPTable table) {
            for (PdfPRow row : table.getRows()) {
                for (PdfPCell cell : row.getCells()) {
                    if (cell != null) {
                        cleaned(cell);
                    }
                }
            }
        } else if (element instanceof PdfPCell cell) {
            if (cell.getPhrase() != null) {
                cleaned(cell.getPhrase());
            }
            if (cell.getTable() != null) {
                cleaned(cell.getTable());
            }
            if (cell.getCompositeElements() != null) {
                for (Object composite : cell.getCompositeElements()) {
                    cleaned((Element) composite);
                }
            }
        }
        return element;
    }

    /** {@code chunk}, or a copy of it with the same font and attributes (links, bookmarks, breaks) if its text changes. */
    private static Chunk cleanedChunk(Chunk chunk) {
        String text = chunk.getContent();
        String cleaned = of(text);
        if (cleaned.equals(text)) {
            return chunk;
        }
        Chunk copy = new Chunk(cleaned, chunk.getFont());
        if (chunk.getChunkAttributes() != null) {
            copy.setChunkAttributes(new HashMap<>(chunk.getChunkAttributes()));
        }
        return copy;
    }

    private static boolean zeroWidth(int c) {
        return c >= 0x200b && c <= 0x200d || c == 0x2060 || c == 0xfeff;
    }
}
