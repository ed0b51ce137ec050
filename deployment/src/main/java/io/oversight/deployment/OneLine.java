package io.oversight.deployment;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Text that may hold values from the user's files, made safe to print as lines of a CI job's log.
 * A line break inside a value is shown as {@code \n} (written out, it would start a line the value
 * chose), and a line that would begin with {@code ::} gets a backslash first: GitHub's runner reads
 * such a line of a job's output, leading spaces or not, as a workflow command (an annotation, a
 * masked value, a stop to command processing). A control that reorders text ({@link BidiControls}),
 * and any other control character (an escape sequence, a backspace), is written as an escape too, so
 * that a line shows as it is.
 */
public final class OneLine {

    private OneLine() {
    }

    /**
     * {@code text} with every line break, bidi control and other control character written as an
     * escape: {@code \n}, {@code \r}, {@code \u2028}, {@code \u202e}, {@code \u001b}. A terminal acts on
     * controls (a backspace overwrites what was printed, an escape sequence hides text, moves the
     * cursor or retitles the window), so one in a file name or value could change what a log shows.
     */
    public static String of(String text) {
        return escaped(text, false);
    }

    /**
     * {@link #of}, but for the colours the text report writes itself ({@code ESC [ 1 m}, {@code ESC [ 31 m},
     * ...), which are kept: a colour that hides text ({@code ESC [ 8 m}, black) is escaped, whoever wrote it.
     */
    public static String keepingColours(String text) {
        return escaped(text, true);
    }

    /**
     * {@link #of}, but for a format whose fields may hold lines of their own (a CSV cell): the line
     * breaks are kept, every other control and bidi control is written as an escape.
     */
    public static String keepingLineBreaks(String text) {
        return escaping(text, c -> c != '\n' && c != '\r' && needsEscape(c), OneLine::escape);
    }

    private static String escaped(String text, boolean colours) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
        while (i < text.length()) {
            char c = text.charAt(i);
            int colour = colours && c == ESCAPE ? colourLength(text, i) : 0;
            if (colour > 0) {
                escaped.append(text, i, i + colour);
                i += colour;
            } else {
                escaped.append(needsEscape(c) ? escape(c) : String.valueOf(c));
                i++;
            }
        }
        return escaped.toString();
    }

    private static final char ESCAPE = '\u001b';

    /** The colours the text report writes: reset, bold, dim, red, green, yellow, magenta, cyan. */
    private static final java.util.Set<String> REPORT_COLOURS = java.util.Set.of("0", "1", "2", "31", "32", "33", "35", "36");

    /** The length of one of {@link #REPORT_COLOURS} ({@code ESC [ n m}) at {@code at}, or 0 when there is none. */
    private static int colourLength(String text, int at) {
        int end = text.indexOf('m', at);
        if (end < 0 || end > at + 5 || at + 1 >= text.length() || text.charAt(at + 1) != '[') {
            return 0;
        }
        return REPORT_COLOURS.contains(text.substring(at + 2, end)) ? end + 1 - at : 0;
    }

    private static String escape(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> unicodeEscape((char) c);
        };
    }

    /**
     * {@code text} with each character {@code escapes} holds written as {@code escape} gives it;
     * the text itself, uncopied, when it holds none (nearly always).
     */
    static String escaping(String text, IntPredicate escapes, IntFunction<String> escape) {
        int i = 0;
        while (i < text.length() && !escapes.test(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes.test(c)) {
                escaped.append(escape.apply(c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * {@code line}, one line already, that the GitHub Actions runner reads as no workflow command:
     * a backslash before a {@code ::} it would begin with after its blanks (the runner trims every
     * Unicode blank, a narrow no-break space too), and before the {@code [} of each {@code ##[},
     * the older form of command the runner looks for anywhere in a line.
     */
    public static String guarded(String line) {
        int lead = 0;
        while (lead < line.length() && blank(line.charAt(lead))) {
            lead++;
        }
        String unled = line.startsWith("::", lead) ? line.substring(0, lead) + "\\" + line.substring(lead) : line;
        return unled.contains(LEGACY_COMMAND) ? unled.replace(LEGACY_COMMAND, "##\\[") : unled;
    }

    /**
     * Whether {@code c} is a blank as Unicode counts them, the no-break spaces among them, which
     * Java's {@code isWhitespace} leaves out, and the byte-order mark: what a runner trims from a
     * line and a schema's {@code \S} refuses.
     */
    public static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** How the runner's older workflow commands begin ({@code ##[error]...}). */
    private static final String LEGACY_COMMAND = "##[";

    /** Both: {@code text} as one line that no runner reads as a command. */
    public static String safe(String text) {
        return guarded(of(text));
    }

    /** {@code c} as Java and JSON write it: {@code \u2028}. */
    static String unicodeEscape(char c) {
        return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }

    /** A line break, a bidi control, or a control character of C0 (but the tab), DEL or C1. */
    private static boolean needsEscape(int c) {
        return c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || BidiControls.is((char) c);
    }
}
