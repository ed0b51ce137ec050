package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of the report may break: where OpenPDF breaks it, except at the hyphen inside an
 * id such as {@code RM-06} or {@code ORG-SEC-01}. A control id split over two lines ("RM-" and
 * "06") reads as two things and cannot be searched for; a hyphen between two capitals or digits is
 * kept with both. Words such as "agent-owned" still break at their hyphen.
 */
final class IdBreaks extends DefaultSplitCharacter {

    private static final IdBreaks RULE = new IdBreaks();

    private IdBreaks() {
    }

    /** {@code phrase}, its chunks set to break by this rule; returned for chaining. */
    static <P extends Phrase> P keep(P phrase) {
        for (Element element : phrase.getChunks()) {
            if (element instanceof Chunk chunk) {
                chunk.setSplitCharacter(RULE);
            }
        }
        return phrase;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if ((c == '-' || c == '\u2010') && current > start && current + 1 < end
                && idPart(getCurrentCharacter(current - 1, cc, ck)) && idPart(getCurrentCharacter(current + 1, cc, ck))) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    private static boolean idPart(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
