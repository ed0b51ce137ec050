package io.oversight.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.check.CheckResult;
import io.oversight.check.DeploymentCheck;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * {@code oversight-run.json}: what a check of directories with {@code --output-dir} and
 * {@code --format json} checked and what it skipped, beside the reports of each deployment, so that
 * a pipeline can see which files were not deployments and why.
 */
final class RunSummary {

    static final String STEM = "oversight-run";
    static final String FILE_NAME = STEM + ".json";


    private RunSummary() {
    }

    static void write(CheckResult result, Inputs inputs, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.openOversightDocument(out)) {
            g.writeArrayFieldStart("deployments");
            for (int i = 0; i < result.deployments().size(); i++) {
                DeploymentCheck deployment = result.deployments().get(i);
                g.writeStartObject();
                g.writeStringField("file", deployment.file().toString());
                g.writeStringField("reports", inputs.deployments().get(i).outputStem().toString());
                g.writeStringField("outcome", deployment.valid() ? deployment.assessment().verdict().name().toLowerCase(Locale.ROOT) : "invalid");
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
}
