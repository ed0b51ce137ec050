package io.oversight.report.formats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one point in time a report may name: the start of the as-of day in UTC. A wall-clock time
 * would make two runs over the same input differ, and reports must be reproducible.
 */
public final class AsOf {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private AsOf() {
    }

    /** {@code 2026-11-25T00:00:00Z} for 25 November 2026. */
    public static String startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).format(ISO);
    }
}
