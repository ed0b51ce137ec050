package io.oversight.deployment;

/**
 * The controls that change the direction of the text around them: the embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069) and the marks (U+200E, U+200F, U+061C). A value
 * from the user's files holding one shows reordered in a terminal, a pull request or a PDF, so that
 * a finding can read as something else ("Trojan Source", CVE-2021-42574). Every human-readable
 * output writes them as escapes, as it writes a line break inside a value.
 */
public final class BidiControls {

    private BidiControls() {
    }

    public static boolean is(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }

    /** {@code text} with every bidi control written as an escape ({@code \u202e}), for an output that treats line breaks its own way. */
    public static String escaped(String text) {
        return OneLine.escaping(text, c -> is((char) c), c -> OneLine.unicodeEscape((char) c));
    }
}
