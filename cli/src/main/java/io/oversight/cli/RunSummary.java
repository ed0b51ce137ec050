package io.oversight.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.check.DeploymentCheck;
import io.oversight.deployment.Problem;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Finding;
import io.oversight.report.JsonRenderer;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code oversight-run.json}: what a check of directories or of several deployments with
 * {@code --output-dir} and {@code --format json} checked and what it skipped, beside the reports of each deployment, so that
 * a pipeline can see which files were not deployments and why, and which were invalid and where; with each deployment's findings, so
 * that a later run can take this file as its {@code --baseline}.
 */
final class RunSummary {

    static final String STEM = "oversight-run";
    static final String FILE_NAME = STEM + ".json";


    private RunSummary() {
    }

    static void write(List<DeploymentCheck> deployments, Inputs inputs, LocalDate asOf, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.openOversightDocument(out)) {
            // The date a later run's trend counts its overdue actions from, as in one deployment's output.
            g.writeStringField("asOf", asOf.toString());
            g.writeArrayFieldStart("deployments");
            for (int i = 0; i < deployments.size(); i++) {
                DeploymentCheck deployment = deployments.get(i);
                g.writeStartObject();
                g.writeStringField("file", deployment.file().toString());
                g.writeStringField("reports", inputs.deployments().get(i).outputStem().toString());
                // The check's outcome, as the exit code and the run's count have it (with --fail-on-new, the gate; each report states the verdict).
                g.writeStringField("outcome", deployment.valid() ? deployment.assessment().gate().name().toLowerCase(Locale.ROOT) : "invalid");
                if (deployment.valid()) {
                    writeFindings(g, deployment.assessment());
                    // Which waivers were in force: a later run's waiver does not cover what grew since.
                    JsonRenderer.waivers(g, deployment.assessment());
                    // A later run that evaluates these must not take their findings as new or known: it refuses this baseline.
                    g.writeArrayFieldStart("controlsNotEvaluated");
                    for (var control : deployment.assessment().controls()) {
                        if (control.status() == ControlStatus.NOT_EVALUATED) {
                            g.writeString(control.control().id());
                        }
                    }
                    g.writeEndArray();
                } else {
                    problems(g, deployment.problems());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (Inputs.Skipped skipped : inputs.skipped()) {
                g.writeStartObject();
                g.writeStringField("file", skipped.file().toString());
                g.writeStringField("reason", skipped.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Why a deployment was not checked, each problem where it is (no line or column: the file as a whole). */
    private static void problems(JsonGenerator g, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            g.writeStartObject();
            g.writeStringField("file", p.file());
            if (p.position() != null) {
                g.writeNumberField("line", p.position().line());
                g.writeNumberField("column", p.position().column());
            }
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Enough of each finding for a later run to use this file as its baseline: to tell new findings and list resolved ones. */
    private static void writeFindings(JsonGenerator g, Assessment assessment) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : assessment.findings()) {
            g.writeStartObject();
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeStringField("control", f.control());
            g.writeStringField("severity", f.severity().label());
            g.writeObjectFieldStart("subject");
            g.writeStringField("kind", f.subject().kind());
            g.writeStringField("id", f.subject().id());
            g.writeEndObject();
            g.writeStringField("message", f.message());
            g.writeArrayFieldStart("items");
            for (String item : f.items()) {
                g.writeString(item);
            }
            g.writeEndArray();
            g.writeBooleanField("waived", f.waived());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
