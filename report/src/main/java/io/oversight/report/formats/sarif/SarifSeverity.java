package io.oversight.report.formats.sarif;

import io.oversight.catalog.Severity;

/**
 * How a severity reads in SARIF: the result {@code level} every viewer understands, and the
 * {@code security-severity} score (0.0 to 10.0, as a string) with which GitHub code scanning ranks
 * security alerts: 9.0 and above is critical, 7.0 high, 4.0 medium, below that low.
 */
final class SarifSeverity {

    private SarifSeverity() {
    }

    /**
     * A result's level: an error for a finding the exit code follows, whatever its severity; else the
     * severity's, but no error (a finding below --fail-on, waived, or one the baseline had under
     * --fail-on-new fails no job), as the GitHub annotations say it.
     */
    static String resultLevel(Severity severity, boolean gates) {
        if (gates) {
            return "error";
        }
        String level = level(severity);
        return level.equals("error") ? "warning" : level;
    }

    /** A rule's default level, by its severity. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
        };
    }
}
