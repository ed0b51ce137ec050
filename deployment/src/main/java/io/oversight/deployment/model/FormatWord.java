package io.oversight.deployment.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A value of one of the format's closed word lists. The format writes each value as its constant's
 * name in lower case with hyphens ({@code TOOL_CALLS} is {@code tool-calls}), and each such enum
 * prints as its word, so that a finding's message reads as the file does ({@code riskTier: high}).
 */
public interface FormatWord {

    /** The enum constant's name, as the format spells it. */
    String name();

    /** The value as the format writes it. */
    default String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words of {@code type}, in declaration order: the order the reader's messages and the schema list them. */
    static <E extends Enum<E> & FormatWord> List<String> words(Class<E> type) {
        return Words.LISTED.get(type);
    }

    /** The value of {@code type} written as {@code word}, or null when it is none of them. */
    static <E extends Enum<E> & FormatWord> E of(Class<E> type, String word) {
        return word == null ? null : type.cast(Words.BY_TYPE.get(type).get(word));
    }

    /**
     * Each enum's words, and its values by their words, built once per type: the reader looks a
     * word up, and checks it against the list, for every value it binds (made afresh, the lists were
     * 27 MB of the garbage of a 10,000-agent check).
     */
    final class Words {
        private static final ClassValue<List<String>> LISTED = new ClassValue<>() {
            @Override
            protected List<String> computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants()).map(constant -> ((FormatWord) constant).word()).toList();
            }
        };

        private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> byWord = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    byWord.put(((FormatWord) constant).word(), constant);
                }
                return Map.copyOf(byWord);
            }
        };

        private Words() {
        }
    }
}
