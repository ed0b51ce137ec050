package io.oversight.report.formats.csv;

import io.oversight.engine.Assessment;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One row per finding, for spreadsheets and GRC imports, under a header row. The location is the
 * primary evidence; waived findings are rows too, marked, with who approved the waiver and until
 * when. With a baseline, the last column says whether the finding is new, updated or unchanged
 * (as SARIF's baselineState words it); without one it is empty, so the columns never change.
 */
public final class CsvRenderer implements Renderer {

    private static final List<String> HEADER = List.of("fingerprint", "control", "title", "severity", "subject_kind", "subject_id", "file",
            "line", "column", "message", "remediation", "waived", "waiver_approver", "waiver_expiry", "baseline_state");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(writer);
        csv.record(HEADER);
        for (Finding f : a.findings()) {
            csv.record(row(f, a.baseline() == null ? "" : a.baseline().state(f)));
        }
        writer.flush();
    }

    private static List<String> row(Finding f, String baselineState) {
        Evidence e = f.primaryEvidence();
        return List.of(f.fingerprint(), f.control(), f.title(), f.severity().label(), f.subject().kind(), f.subject().id(), e.file(),
                Integer.toString(e.line()), Integer.toString(e.column()), f.message(), f.remediation(), Boolean.toString(f.waived()),
                f.waived() ? f.waiver().approvedBy() : "", f.waived() ? f.waiver().expires().toString() : "", baselineState);
    }
}
