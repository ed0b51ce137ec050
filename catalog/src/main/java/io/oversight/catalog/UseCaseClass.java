package io.oversight.catalog;

import java.util.Locale;
import java.util.Optional;

/** How the EU AI Act classes a use of AI: banned (Art. 5), high-risk (Annex III), or neither. */
public enum UseCaseClass {
    PROHIBITED, HIGH_RISK, OTHER;

    /** The word {@code use-cases.yaml} writes: {@code prohibited}, {@code high-risk} or {@code other}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The class written as {@code word}, if it is one. */
    public static Optional<UseCaseClass> ofWord(String word) {
        for (UseCaseClass c : values()) {
            if (c.word().equals(word)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
