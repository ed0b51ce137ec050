package io.oversight.report.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.engine.Assessment;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An assessment rendered in one format, as bytes, text or parsed JSON; kept under target/ for a person to look at. */
final class Rendered {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Rendered() {
    }

    static Renderer renderer(String format) {
        return Renderers.byName(format).orElseThrow(() -> new AssertionError("no renderer named " + format));
    }

    static byte[] bytes(String format, Assessment assessment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer(format).render(assessment, RenderOptions.PLAIN, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(String format, Assessment assessment) {
        return new String(bytes(format, assessment), StandardCharsets.UTF_8);
    }

    static JsonNode json(String format, Assessment assessment) {
        try {
            return JSON.readTree(bytes(format, assessment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the output to target/formats/SAMPLE-FORMAT.EXT, where a person can open it. */
    static void keep(String format, Assessment assessment, String sample) {
        try {
            Path dir = Path.of("target", "formats");
            Files.createDirectories(dir);
            Renderer r = renderer(format);
            String base = sample.endsWith(".yaml") ? sample.substring(0, sample.length() - ".yaml".length()) : sample;
            Files.write(dir.resolve(base + "-" + r.name() + "." + r.extension()), bytes(format, assessment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
