package io.oversight.report.formats.csv;

import io.oversight.deployment.OneLine;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 records: fields separated by commas, records ended by CRLF, and a field quoted,
 * with its quotes doubled, when it holds a comma, quote, CR or LF.
 *
 * <p>A field that a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a
 * CR) gets a leading apostrophe: the file is opened by governance staff in spreadsheet programs,
 * and the text comes from a deployment file anyone with commit access can write (OWASP, "CSV
 * Injection").
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String written) {
        if (written == null || written.isEmpty()) {
            return "";
        }
        // A terminal escape or bell in a file name reaches whoever prints the file (report review): written as an escape.
        String value = OneLine.keepingLineBreaks(written);
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A negative number is data, not a formula, and keeps its sign. */
    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
