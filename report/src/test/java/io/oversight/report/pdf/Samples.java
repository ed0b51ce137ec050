package io.oversight.report.pdf;

import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import io.oversight.report.SampleAssessments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** A deployment written in the test, checked on {@code asOf} as if read from a file called {@code name}. */
    static Assessment check(String name, String yaml, LocalDate asOf) throws Exception {
        return Oversight.check(CheckRequest.of().asOf(asOf), name, yaml.getBytes(StandardCharsets.UTF_8)).assessment();
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

    /** {@code assessment} rendered in {@code format} (text, json, ...), without colour. */
    static String rendered(String format, Assessment assessment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        io.oversight.report.Renderers.byName(format).orElseThrow().render(assessment, RenderOptions.PLAIN, out);
        return out.toString(StandardCharsets.UTF_8);
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
