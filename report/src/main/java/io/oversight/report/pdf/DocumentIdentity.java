package io.oversight.report.pdf;

import io.oversight.deployment.Sha256;
import io.oversight.engine.Assessment;
import io.oversight.report.ReportContent;
import io.oversight.report.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What makes a report the same record every time it is rendered: an id hashed from everything
 * that decides its content ({@link ReportContent}) and the paper, and a date taken from the as-of
 * date rather than the clock. Two reports that differ in any of these never share an id.
 */
record DocumentIdentity(String hex, LocalDate date) {

    static DocumentIdentity of(Assessment a, RenderOptions options) {
        MessageDigest sha = Sha256.digest();
        List<String> parts = new ArrayList<>();
        parts.add("oversight-pdf-report");
        parts.addAll(ReportContent.decidedBy(a));
        parts.add(options.paper().label());
        String content = String.join("\u0000", parts);
        return new DocumentIdentity(HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8))), a.asOf());
    }

    /** The 16 bytes of the PDF trailer's {@code /ID}. */
    byte[] fileId() {
        return Arrays.copyOf(HexFormat.of().parseHex(hex), 16);
    }

    /** How the report names itself for filing: the first 16 hex digits, in groups of four. */
    String label() {
        String head = hex.substring(0, 16).toUpperCase(Locale.ROOT);
        return head.substring(0, 4) + "-" + head.substring(4, 8) + "-" + head.substring(8, 12) + "-" + head.substring(12, 16);
    }

    /** Midnight UTC of the as-of date: the creation and modification date of the file. */
    Calendar calendar() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }
}
