package io.oversight.report;

import java.util.Locale;

/**
 * How to render: {@code color} only ever for a terminal that wants it; {@code paper} only matters
 * to paged formats (the PDF report), A4 unless a US reader asks for letter.
 */
public record RenderOptions(boolean color, Paper paper) {

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

    public RenderOptions {
        if (paper == null) {
            throw new IllegalArgumentException("paper must be a4 or letter");
        }
    }

    /** On A4, for callers that only decide about colour. */
    public RenderOptions(boolean color) {
        this(color, Paper.A4);
    }

    public RenderOptions withPaper(Paper other) {
        return new RenderOptions(color, other);
    }
}
