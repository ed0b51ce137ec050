package io.oversight.report;

import io.oversight.catalog.Severity;
import java.util.Locale;

/**
 * How to render: {@code color} only ever for a terminal that wants it; {@code paper} only matters
 * to paged formats (the PDF report), A4 unless a US reader asks for letter; {@code display} only
 * to the text format.
 */
public record RenderOptions(boolean color, Paper paper, Display display) {

    public static final RenderOptions PLAIN = new RenderOptions(false, Paper.A4);

    /** The paper sizes of {@code --paper}. */
    public enum Paper {
        A4, LETTER;

        /** The word users pass: {@code a4} or {@code letter}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Paper parse(String word) {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * What a reader of the text output asked to see: lines wrapped at {@code width} columns (0 for
     * never, as in a file), findings from {@code minSeverity} up, or the summary alone. The
     * assessment, its counts and its verdict stay whole: only what is printed changes.
     */
    public record Display(int width, Severity minSeverity, boolean summaryOnly) {

        /** Everything, unwrapped. */
        public static final Display FULL = new Display(0, Severity.LOW, false);

        public Display {
            if (width < 0 || minSeverity == null) {
                throw new IllegalArgumentException("a display needs a width of 0 or more and a lowest severity");
            }
        }
    }

    public RenderOptions {
        if (paper == null) {
            throw new IllegalArgumentException("paper must be a4 or letter");
        }
        if (display == null) {
            throw new IllegalArgumentException("display must be given; Display.FULL shows everything");
        }
    }

    /** Everything shown, unwrapped. */
    public RenderOptions(boolean color, Paper paper) {
        this(color, paper, Display.FULL);
    }

    /** On A4, for callers that only decide about colour. */
    public RenderOptions(boolean color) {
        this(color, Paper.A4);
    }

    public RenderOptions withPaper(Paper other) {
        return new RenderOptions(color, other, display);
    }
}
