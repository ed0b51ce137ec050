package io.oversight.report.pdf;

import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import io.oversight.report.SampleAssessments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The repository's sample deployments (and this module's test files), assessed as the CLI would on the samples' date. */
final class Samples {

    static final LocalDate AS_OF = SampleAssessments.AS_OF;

    private Samples() {
    }

    static Path path(String fileName) {
        return SampleAssessments.path(fileName);
    }

    static Assessment assess(String fileName) {
        return SampleAssessments.assess(fileName);
    }

    /**
     * The Kiro incident's infrastructure agent, copied {@code agents} times under new ids and
     * spread over the sample's owners: a large deployment with many findings per control.
     */
    static Assessment large(int agents) {
        return SampleAssessments.large(agents);
    }

    static byte[] render(Assessment assessment, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(assessment, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Keeps a rendered report under target/ for a person to open and look at. */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
