package io.oversight.catalog;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is; declared most severe first so that natural order sorts worst first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The lower-case word used in files, flags and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as bad as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Severity parse(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }

    /** The severity whose {@link #label} is {@code word}, exactly; none for any other word. */
    public static Optional<Severity> ofLabel(String word) {
        for (Severity s : values()) {
            if (s.label().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
