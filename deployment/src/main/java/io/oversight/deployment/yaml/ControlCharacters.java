package io.oversight.deployment.yaml;

import java.util.Locale;

/**
 * Control characters in values, however they were written: an escape in a quoted string ({@code
 * "\e[2K\rPASS"}, {@code "\u001b"}) reaches a terminal or a report as surely as the raw byte, and
 * can rewrite what it shows. Line feeds and tabs are text, kept in descriptions and
 * justifications; identifiers refuse them too (see {@code IdentifierCheck}). So do the characters
 * that reorder or break the text of a machine report that shows values as they are (SARIF in a code
 * scanning alert, a CSV in a spreadsheet): the bidi overrides, embeddings and isolates, the line and
 * paragraph separators, and what is no text at all in UTF-8, a noncharacter or half a surrogate pair.
 * The bidi marks stay allowed in free text, where right-to-left writing uses them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Why a value may not hold a character, each kind with what it does to a report. */
    private enum Refused {
        CONTROL(""),
        HALF_PAIR("half of a surrogate pair, which is no text in UTF-8"),
        BIDI("a bidi control, which shows the text around it reordered in a report, a pull request or a spreadsheet (Trojan Source)"),
        SEPARATOR("a line or paragraph separator, which breaks a report's lines where no line ends"),
        NONCHARACTER("a noncharacter, which is no text to exchange");

        final String why;

        Refused(String why) {
            this.why = why;
        }
    }

    /** The index of the first character of {@code text} no value may hold (a line feed or tab it may), or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Why the character at {@code i} of {@code text} may not be in a value, or null when it may. */
    private static Refused refused(String text, int i) {
        char c = text.charAt(i);
        if (isControl(c)) {
            return c == '\n' || c == '\t' ? null : Refused.CONTROL;
        }
        if (Character.isSurrogate(c)) {
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairEnd = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            return pairStart ? (noncharacter(text.codePointAt(i)) ? Refused.NONCHARACTER : null) : pairEnd ? null : Refused.HALF_PAIR;
        }
        return refusedInText(c);
    }

    /**
     * Whether a value may never hold {@code c}, a character of the basic plane that is no control
     * and no surrogate: the readers' fast paths ask it too ({@link PlainYamlReader#plainCharacters}).
     */
    static boolean neverInText(char c) {
        return refusedInText(c) != null;
    }

    private static Refused refusedInText(char c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 ? Refused.BIDI
                : c == 0x2028 || c == 0x2029 ? Refused.SEPARATOR : noncharacter(c) ? Refused.NONCHARACTER : null;
    }

    private static boolean noncharacter(int codePoint) {
        return codePoint >= 0xfdd0 && codePoint <= 0xfdef || (codePoint & 0xfffe) == 0xfffe;
    }

    /** C0 and C1 controls and DEL. */
    public static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0;
    }

    /** What a message says of the character: "U+001B (escape)". */
    public static String name(char c) {
        String name = switch (c) {
            case '\t' -> " (tab)";
            case '\n' -> " (line feed)";
            case '\r' -> " (carriage return)";
            case 0x1B -> " (escape)";
            case 0x07 -> " (bell)";
            case 0x08 -> " (backspace)";
            case 0x00 -> " (NUL)";
            case 0x7F -> " (delete)";
            default -> "";
        };
        return String.format(Locale.ROOT, "U+%04X", (int) c) + name;
    }

    /** The message for {@code c} found in a value or key; {@code what} is "the value" or "the key". */
    static String message(String what, char c) {
        return what + " holds the control character " + name(c) + ", which could rewrite what a terminal or report shows; "
                + "control characters are refused however they are written";
    }

    /** The message for the character {@link #firstRefused} found at {@code i} of the value {@code text}. */
    public static String message(String text, int i) {
        Refused why = refused(text, i);
        if (why == Refused.CONTROL) {
            return message("the value", text.charAt(i));
        }
        int codePoint = why == Refused.HALF_PAIR ? text.charAt(i) : text.codePointAt(i);
        String name = why == Refused.HALF_PAIR ? null : Character.getName(codePoint);
        return "the value holds " + String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name) + ", "
                + why.why + "; such characters are refused however they are written";
    }
}
