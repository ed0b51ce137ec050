package io.oversight.catalog;

/**
 * A severity other than its control's default, taken when the rule reporting a violation names
 * the condition {@code when} (such as {@code critical-environment}). {@code reason} completes the
 * severity into prose: "critical" and "in a critical environment".
 */
public record Escalation(String when, Severity severity, String reason) {

    /** The escalation as a reader sees it: "critical in a critical environment". */
    public String describe() {
        return severity.label() + " " + reason;
    }
}
