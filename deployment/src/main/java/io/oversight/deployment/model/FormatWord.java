package io.oversight.deployment.model;

import java.util.Arrays;
import java.util.List;

/**
 * A value of one of the format's closed word lists. Each such enum prints as its word, so that a
 * finding's message reads as the file does ({@code riskTier: high}).
 */
public interface FormatWord {

    /** The value as the format writes it. */
    String word();

    /** The words of {@code type}, in declaration order: the order the reader's messages and the schema list them. */
    static <E extends Enum<E> & FormatWord> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(FormatWord::word).toList();
    }

    /** The value of {@code type} written as {@code word}, or null when it is none of them. */
    static <E extends Enum<E> & FormatWord> E of(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(word)).findFirst().orElse(null);
    }
}
