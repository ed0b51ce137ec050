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
