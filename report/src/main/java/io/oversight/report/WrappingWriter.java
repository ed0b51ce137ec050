package io.oversight.report;

import io.oversight.deployment.OneLine;
import java.io.PrintWriter;

/**
 * Lines for a terminal of a given width: a line wider than it is broken at spaces, and its
 * continuation lines are indented so that they read as part of it. Colour codes take no width.
 * A word wider than the terminal (a long path) is never split: it runs over instead. A no-break
 * space ({@link #GLUE}) joins words that must stay on one line ("3 gaps") and is written as a space.
 * Values from the user's files may hold line breaks, control characters and "::": every line is
 * written as {@link OneLine#keepingColours} and {@link OneLine#guarded} make it, the report's own colours kept.
 */
public final class WrappingWriter {

    private static final char ESCAPE = '\u001b';

    /** Joins words the wrap must not separate; written as a plain space. */
    public static final char GLUE = '\u00a0';

    private final PrintWriter out;
    /** Columns to fill; 0 never wraps. */
    private final int width;

    public WrappingWriter(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    void blank() {
        out.println();
    }

    /** Writes {@code text}, its continuation lines indented by {@code indent} spaces (at most half the width). */
    public void line(String written, int indent) {
        String text = OneLine.keepingColours(written);
        if (width == 0 || visibleLength(text) <= width) {
            print(text);
            return;
        }
        String continuation = " ".repeat(Math.min(indent, width / 2));
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder line = new StringBuilder(text.substring(0, lead));
        int column = lead;
        boolean lineEmpty = true;
        for (String word : text.substring(lead).split(" ", -1)) {
            int length = visibleLength(word);
            if (lineEmpty && word.isEmpty()) {
                continue; // the space at a break is the break itself
            }
            if (!lineEmpty && column + 1 + length > width && length > 0) {
                print(line.toString().stripTrailing());
                line.setLength(0);
                line.append(continuation);
                column = continuation.length();
                lineEmpty = true;
            }
            if (!lineEmpty) {
                line.append(' ');
                column++;
            }
            line.append(word);
            column += length;
            lineEmpty = false;
        }
        print(line.toString().stripTrailing());
    }

    private void print(String line) {
        out.println(OneLine.guarded(line.replace(GLUE, ' ')));
    }

    /** Characters a terminal shows: colour codes (ESC [ ... m) take no column. */
    static int visibleLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ESCAPE) {
                while (i < text.length() && text.charAt(i) != 'm') {
                    i++;
                }
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                length++;
            }
        }
        return length;
    }

    void flush() {
        out.flush();
    }
}
