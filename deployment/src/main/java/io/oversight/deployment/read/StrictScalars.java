package io.oversight.deployment.read;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers and booleans as YAML 1.2's core schema writes them, and stricter: a whole number is
 * decimal digits with no leading zero, no plus sign, no separator and no base prefix, and a
 * boolean is {@code true} or {@code false}. YAML 1.1 reads {@code 017} as 15 and {@code yes}
 * as true, JSON has neither: a value that reads differently under each is refused, with the
 * value its author most likely meant.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    /** {@code -?(0|[1-9][0-9]*)}, but not {@code -0}. */
    static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        if (i == text.length() || text.charAt(i) == '0' && (text.length() > i + 1 || i == 1)) {
            return false;
        }
        for (; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Why {@code text}, typed as an integer, is refused, and what to write instead. */
    static String notPlainDecimal(String text) {
        return "`" + text + "` is not a plain decimal integer; write "
                + meant(text).orElse("it in decimal digits, without a sign, leading zeros or separators");
    }

    /**
     * The number a person writing {@code text} meant: leading zeros are padding (017 is 17, not
     * octal 15), a base prefix names its base, and signs and separators are dropped.
     */
    private static Optional<String> meant(String text) {
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        String prefix = digits.length() > 2 ? digits.substring(0, 2).toLowerCase(Locale.ROOT) : "";
        int radix = switch (prefix) {
            case "0x" -> 16;
            case "0b" -> 2;
            case "0o" -> 8;
            default -> 10;
        };
        if (radix != 10) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, radix) >= 0 && c < 0x80)) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(digits, radix);
        return Optional.of((negative ? value.negate() : value).toString());
    }

    static boolean isPlainBoolean(String text) {
        return text.equals("true") || text.equals("false");
    }

    /** Why {@code text}, typed as a boolean by YAML 1.1, is refused, and which boolean to write. */
    static String notPlainBoolean(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return "`" + text + "` is a boolean in YAML 1.2 but not in JSON; write " + word;
        }
        boolean yes = word.equals("yes") || word.equals("y") || word.equals("on");
        return "`" + text + "` is not a boolean in YAML 1.2 or JSON; write " + (yes ? "true" : "false");
    }
}
