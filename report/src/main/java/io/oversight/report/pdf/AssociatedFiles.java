package io.oversight.report.pdf;

import io.oversight.engine.Assessment;
import io.oversight.report.JsonRenderer;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.formats.oscal.OscalResultsRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The machine-readable records the report carries inside itself, so that the filed PDF is the
 * whole record: the check result exactly as {@code --format json} writes it (the source the report
 * was rendered from), and the OSCAL assessment results (the same assessment for a GRC tool).
 */
final class AssociatedFiles {

    static final String RESULT = "oversight-result.json";
    static final String OSCAL = "oscal-assessment-results.json";

    private AssociatedFiles() {
    }

    static List<ArchivalPdf.AssociatedFile> of(Assessment a, RenderOptions options) throws IOException {
        return List.of(
                new ArchivalPdf.AssociatedFile(RESULT, "The check result this report was rendered from (oversight --format json)",
                        "application/json", ArchivalPdf.Relationship.SOURCE, render(new JsonRenderer(), a, options)),
                new ArchivalPdf.AssociatedFile(OSCAL, "The same assessment as OSCAL assessment results (oversight --format oscal)",
                        "application/json", ArchivalPdf.Relationship.ALTERNATIVE, render(new OscalResultsRenderer(), a, options)));
    }

    private static byte[] render(Renderer renderer, Assessment a, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(a, options, out);
        return out.toByteArray();
    }
}
