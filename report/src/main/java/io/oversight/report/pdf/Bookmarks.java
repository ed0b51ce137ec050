package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The outline (PDF bookmarks): one entry per section, and below a section one per subsection,
 * open, so that a reader sees the whole structure at once (the viewer shows the panel on opening).
 * A heading's text carries a generic tag, and the entry is made when OpenPDF actually lays the
 * heading out, so that the bookmark points at the page and height where it landed, even when a
 * table or a kept-together block pushed it onto the next page.
 */
final class Bookmarks extends PdfPageEventHelper {

    private record Pending(String title, int level) {
    }

    private final Map<String, Pending> pending = new HashMap<>();
    private int next;
    private PdfOutline section;

    /** A heading chunk that makes a bookmark at level 1 (section) or 2 (within the last section). */
    Chunk heading(String text, String bookmarkTitle, int level, Font font) {
        String tag = "bookmark-" + next++;
        pending.put(tag, new Pending(bookmarkTitle, level));
        Chunk chunk = new Chunk(text, font);
        chunk.setGenericTag(tag);
        return chunk;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        // A heading that wraps reports each line; only the first makes the entry.
        Pending entry = pending.remove(tag);
        if (entry == null) {
            return;
        }
        PdfOutline root = writer.getDirectContent().getRootOutline();
        PdfOutline parent = entry.level() == 1 || section == null ? root : section;
        PdfDestination destination = new PdfDestination(PdfDestination.FITH, rect.getTop() + 14);
        PdfOutline outline = new PdfOutline(parent, destination, DrawnText.forViewer(entry.title()), true);
        if (entry.level() == 1) {
            section = outline;
        }
    }
}
