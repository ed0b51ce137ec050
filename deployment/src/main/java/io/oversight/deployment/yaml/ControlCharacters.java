package io.oversight.deployment.yaml;

/**
 * Control characters in values, however they were written: an escape in a quoted string ({@code
 * "\e[2K\rPASS"}, {@code "\u001b"}) reaches a terminal or a report as surely as the raw byte, and
 * can rewrite what it shows. Line feeds and tabs are text, kept in descriptions and
 * justifications; identifiers refuse them too (see {@code IdentifierCheck}).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first control character of {@code text} other than a line feed or tab, or -1. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\n' && c != '\t') {
                return i;
            }
        }
        return -1;
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
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c) + name;
    }

    /** The message for {@code c} found in a value or key; {@code what} is "the value" or "the key". */
    static String message(String what, char c) {
        return what + " holds the control character " + name(c) + ", which could rewrite what a terminal or report shows; "
                + "control characters are refused however they are written";
    }
}
