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
 * kept with both. Words such as "agent-owned" still break at their hyphen. A field path or file
 * path too long for a narrow column ({@code governance.incidentResponse.afterMajorClassificationHours})
 * breaks after a {@code .} or {@code /} between its parts, where OpenPDF would cut it at whatever
 * letter reaches the edge ("incidentRespon" and "se"), and a part still too long between the words
 * of its camel case; a short word ("e.g.", "ISO/IEC", "WebFetch") and a file's extension keep them.
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
        if ((c == '.' || c == '/') && current > start && current + 1 < end && Character.isLetterOrDigit(getCurrentCharacter(current - 1, cc, ck))
                && pathPart(c, getCurrentCharacter(current + 1, cc, ck)) && wordLength(current, start, end, cc, ck) >= LONG_WORD
                && !(c == '.' && extension(current, end, cc, ck))) {
            return true;
        }
        // A part still too long breaks between the words of its camel case (afterMajor / ClassificationHours).
        if (Character.isLowerCase(c) && current + 1 < end && Character.isUpperCase(getCurrentCharacter(current + 1, cc, ck))
                && runLength(current, start, end, cc, ck, true) >= LONG_PART) {
            return true;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    /** Whether {@code next} starts the next part of a path after {@code separator}: a name, or after a slash a hidden one ({@code .claude}). */
    private static boolean pathPart(char separator, char next) {
        return Character.isLetter(next) || separator == '/' && (next == '.' || Character.isDigit(next));
    }

    /** Whether the {@code .} at {@code current} starts a file's extension: a short last part ({@code .json}), kept with its name. */
    private boolean extension(int current, int end, char[] cc, PdfChunk[] ck) {
        int to = current + 1;
        while (to < end && Character.isLetterOrDigit(getCurrentCharacter(to, cc, ck))) {
            to++;
        }
        boolean last = to >= end || !ends(getCurrentCharacter(to, cc, ck), true) || Character.isWhitespace(getCurrentCharacter(to, cc, ck));
        return last && to - current - 1 <= 5;
    }

    /** A word this long is wider than the report's narrowest columns. */
    private static final int LONG_WORD = 24;

    /** A part of a path this long may not fit a narrow column even on a line of its own. */
    private static final int LONG_PART = 20;

    private int wordLength(int current, int start, int end, char[] cc, PdfChunk[] ck) {
        return runLength(current, start, end, cc, ck, false);
    }

    /** The length of the run around {@code current} without a space (and, for {@code part}, without a {@code .} or {@code /}). */
    private int runLength(int current, int start, int end, char[] cc, PdfChunk[] ck, boolean part) {
        int from = current;
        while (from > start && !ends(getCurrentCharacter(from - 1, cc, ck), part)) {
            from--;
        }
        int to = current;
        while (to + 1 < end && !ends(getCurrentCharacter(to + 1, cc, ck), part)) {
            to++;
        }
        return to - from + 1;
    }

    private static boolean ends(char c, boolean part) {
        return Character.isWhitespace(c) || part && (c == '.' || c == '/');
    }

    private static boolean idPart(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
