package io.oversight.catalog.action;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The format's action verbs, with the classes the controls share (destructive, high-impact). */
public enum Verb {
    READ, CREATE, UPDATE, DELETE, DEPLOY, EXECUTE, ADMIN, GRANT, PAY, SEND,
    /** {@code "*"}: every action. */
    ALL,
    /** A provider action no classification rule recognises: never assumed harmless. */
    UNKNOWN;

    private static final List<String> WORDS = Arrays.stream(values()).filter(v -> v != UNKNOWN).map(Verb::word).toList();

    /** delete, admin, grant or "*": actions whose effect may be irreversible or self-extending. */
    public boolean destructive() {
        return this == DELETE || this == ADMIN || this == GRANT || this == ALL;
    }

    /** Destructive, or deploy, update, execute, pay, send; unknown actions count here too. */
    public boolean highImpact() {
        return destructive() || this == DEPLOY || this == UPDATE || this == EXECUTE || this == PAY || this == SEND || this == UNKNOWN;
    }

    /** The word as the format writes it ({@code "*"} for ALL). */
    public String word() {
        return this == ALL ? "*" : name().toLowerCase(Locale.ROOT);
    }

    /** Every word the format writes for a verb, in declaration order: all but UNKNOWN's, which no one writes. */
    public static List<String> words() {
        return WORDS;
    }

    /** The verb the format writes as {@code word}, if it is one. */
    public static java.util.Optional<Verb> ofWord(String word) {
        for (Verb verb : values()) {
            if (verb != UNKNOWN && verb.word().equals(word)) {
                return java.util.Optional.of(verb);
            }
        }
        return java.util.Optional.empty();
    }
}
