package io.oversight.deployment.read;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * What Unicode's security mechanisms (UTS #39) say of an identifier that is not plain ASCII:
 * which of its characters cannot be seen, which scripts it mixes, and its confusable skeleton.
 * ICU keeps the data these need (confusables, scripts, default-ignorable characters) current with
 * each Unicode version; it is loaded only when a deployment has such an identifier, so that an
 * ASCII file never pays for it.
 */
final class UnicodeIdentifiers {

    /** Latin with Han and Japanese or Korean is usual; any other mix of scripts in one name is refused. */
    private static final class Checker {
        static final SpoofChecker CHECKER = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();
    }

    /**
     * Below this code point (Basic Latin, Latin-1 and Latin Extended-A and -B) every character is
     * Latin or common to all scripts, and the only default-ignorable one, the soft hyphen, is a
     * format character: a name such as "Tomás Ruiz" needs none of ICU's data, whose loading took
     * 20-50 ms of a check of a small file.
     */
    private static final int LATIN_END = 0x250;

    private UnicodeIdentifiers() {
    }

    /** Whether {@code codePoint} shows nothing: controls, format characters (bidi controls among them) and the default-ignorable. */
    static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint >= LATIN_END && UCharacter.hasBinaryProperty(codePoint, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /** Printable ASCII: every character visible and of one script; look-alikes within ASCII (l and 1, rn and m) are left to the reader's eye. */
    static boolean isPlainAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The value with what cannot be seen written as {@code <U+200B>}, so a message cannot be reordered or hidden by it. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c >= 0x20 && c <= 0x7E || !isInvisible(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "<U+%04X>", c));
            }
        });
        return out.toString();
    }

    /** The scripts {@code id} mixes, when it mixes more than it may; empty when it may. */
    static List<String> mixedScripts(String id) {
        if (id.chars().allMatch(c -> c < LATIN_END) || !Checker.CHECKER.failsChecks(id)) {
            return List.of();
        }
        BitSet scripts = new BitSet();
        id.codePoints().map(UScript::getScript).filter(s -> s != UScript.COMMON && s != UScript.INHERITED).forEach(scripts::set);
        return scripts.stream().mapToObj(UScript::getName).map(n -> n.replace('_', ' ')).toList();
    }

    /**
     * Equal for ids that look alike, such as {@code prod-eu} and the same with a Cyrillic o, or
     * {@code sre－1} with a fullwidth hyphen and {@code sre-¹} with a superscript one, which
     * Unicode's confusables leave apart but its compatibility forms (NFKC) make one.
     */
    static String skeleton(String id) {
        return Checker.CHECKER.getSkeleton(Normalizer.normalize(id, Normalizer.Form.NFKC));
    }

    /**
     * The id as a reader takes it: compatibility forms made plain (NFKC), the spaces around it, a
     * no-break space among them, left out, and in lower case. Ids equal so differ only in what a
     * reader does not see.
     */
    static String folded(String id) {
        String plain = Normalizer.normalize(id, Normalizer.Form.NFKC);
        int start = 0;
        int end = plain.length();
        while (start < end && isSpace(plain.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(plain.charAt(end - 1))) {
            end--;
        }
        return plain.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** "U+043E CYRILLIC SMALL LETTER O". */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }
}
