package io.oversight.deployment;

/**
 * Text that may hold values from the user's files, made safe to print as lines of a CI job's log.
 * A line break inside a value is shown as {@code \n} (written out, it would start a line the value
 * chose), and a line that would begin with {@code ::} gets a backslash first: GitHub's runner reads
 * such a line of a job's output, leading spaces or not, as a workflow command (an annotation, a
 * masked value, a stop to command processing). A control that reorders text ({@link BidiControls})
 * is written as an escape too, so that a line shows as it is.
 */
public final class OneLine {

    private OneLine() {
    }

    /** {@code text} with every line break and bidi control written as an escape: {@code \n}, {@code \r}, {@code \u2028}, {@code \u202e}. */
    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\u000b', '\u000c', '\u0085', '\u2028', '\u2029' -> escaped.append(unicodeEscape(c));
                default -> escaped.append(BidiControls.is(c) ? unicodeEscape(c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }

    /** {@code line}, one line already, with a backslash before a {@code ::} it would begin with after its indentation. */
    public static String guarded(String line) {
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        return line.startsWith("::", lead) ? line.substring(0, lead) + "\\" + line.substring(lead) : line;
    }

    /** Both: {@code text} as one line that no runner reads as a command. */
    public static String safe(String text) {
        return guarded(of(text));
    }

    /** {@code c} as Java and JSON write it: {@code \u2028}. */
    static String unicodeEscape(char c) {
        return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }

    private static boolean needsEscape(char c) {
        return BidiControls.is(c) || c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
