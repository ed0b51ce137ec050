package io.oversight.engine;

import io.oversight.catalog.Severity;

/**
 * What a requirement rule inserts: one offending item. Violations with the same control, subject
 * and {@code group} become one finding; {@code rank} orders their evidence (lowest first, then by
 * position), so the primary evidence is the most telling one. {@code item} names the offending
 * thing (an action, a missing event) and is listed in the finding's message.
 */
public record Violation(String control, Severity severity, Subject subject, String group, String evidencePath,
                        int rank, String message, String item) {

    public static Violation of(String control, Severity severity, Subject subject, String group, String evidencePath,
                               int rank, String message, String item) {
        return new Violation(control, severity, subject, group, evidencePath, rank, message, item);
    }

    public static Violation of(String control, Severity severity, Subject subject, String group, String evidencePath,
                               int rank, String message) {
        return new Violation(control, severity, subject, group, evidencePath, rank, message, null);
    }
}
