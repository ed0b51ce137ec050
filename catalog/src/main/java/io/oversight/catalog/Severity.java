package io.oversight.catalog;

import java.util.Locale;

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
}
