package io.oversight.report.formats.markdown;

import io.oversight.deployment.OneLine;

/**
 * Text from the input, made safe to put in a pull-request comment: it renders as written and
 * cannot add markup, links, HTML or mentions, nor reorder what the comment shows.
 */
final class MarkdownText {

    private static final String SPECIAL = "\\`*_[]<>|~#!";

    private MarkdownText() {
    }

    /**
     * Line breaks as blanks; bidi and other controls (a terminal's escape sequences, a bell) written as escapes
     * ({@link OneLine}), whose backslash is then escaped as any other.
     */
    static String escape(String raw) {
        String text = OneLine.of(raw.replace('\n', ' ').replace('\r', ' '));
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c == '@') {
                // A zero-width space after '@' keeps "@team" in a message from notifying that team.
                out.append("@\u200B");
            } else if (c == ':' && text.startsWith("//", i + 1) || c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                // And after the ':' of "https://" and before the '.' of "www.", from turning into a link GitHub makes of itself.
                out.append(c == ':' ? ":\u200B" : "\u200B.");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span that survives backticks inside it: the fence is one backtick longer than any run within. */
    static String code(String text) {
        String flat = OneLine.of(text.replace('\n', ' ').replace('\r', ' '));
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = longest > 0 || flat.startsWith(" ") || flat.endsWith(" ");
        return pad ? fence + " " + flat + " " + fence : fence + flat + fence;
    }

    /** At most {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
