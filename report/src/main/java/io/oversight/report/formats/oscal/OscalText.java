package io.oversight.report.formats.oscal;

import io.oversight.deployment.OneLine;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Text in the shapes OSCAL's types allow. */
final class OscalText {

    /**
     * The characters CommonMark may read as markup within a line; OSCAL's markup types are
     * Markdown, so each is escaped: "* on *" in a finding would otherwise show as emphasis, the
     * wildcards it is about gone.
     */
    private static final String SPECIAL = "\\`*_[]<>|~#!&";

    private OscalText() {
    }

    /**
     * A string value: one line with no blanks around it. Line breaks, including the ones a regular
     * expression's "." stops at (which the schemas' patterns use), become spaces, and the blanks
     * the schemas' {@code \S} refuses at either end (a no-break space among them) go; an empty value
     * stays empty, for the caller to leave out.
     */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
        int start = 0;
        int end = flat.length();
        while (start < end && OneLine.blank(flat.charAt(start))) {
            start++;
        }
        while (end > start && OneLine.blank(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(start, end);
    }

    /** A markup-line value: one {@link #line}, which a Markdown reader renders as written. */
    static String markupLine(String text) {
        return escaped(line(text));
    }

    /** A markup-multiline value: each paragraph (after a blank line) a {@link #markupLine}. */
    static String markup(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\n\\s*\\n")).map(OscalText::markupLine)
                .filter(p -> !p.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    /** Each character that could start markup escaped: those of {@link #SPECIAL}, and a list or heading marker at the start. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean marker = i == 0 ? c == '-' || c == '+' || c == '=' : (c == '.' || c == ')') && ordinal(text, i);
            if (marker || SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the '.' or ')' at {@code i} ends a run of digits that starts the line: "1. x" would begin a list. */
    private static boolean ordinal(String text, int i) {
        for (int j = 0; j < i; j++) {
            if (!Character.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
