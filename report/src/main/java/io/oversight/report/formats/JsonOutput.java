package io.oversight.report.formats;

import io.oversight.report.Tool;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Streaming JSON for the formats that are JSON documents (SARIF, OSCAL): indented, UTF-8, and
 * leaving the caller's stream open, since the caller owns it.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    public static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    /**
     * A generator for values that stand {@code depth} objects deep in a document {@link #open}
     * writes, indented as they would be there and separated as an array's elements are
     * ({@link JsonArrayElements} splices its bytes into that document).
     */
    static JsonGenerator openFragment(OutputStream out, int depth) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new Indented(depth));
        return g;
    }

    /** Writes one value with the generator it is given. */
    @FunctionalInterface
    public interface Value {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * The bytes of {@code value} as they stand {@code depth} objects deep in a document {@link #open}
     * writes, for {@link JsonGenerator#writeRawValue(com.fasterxml.jackson.core.SerializableString)}
     * there: a value that recurs is rendered once.
     */
    public static SerializedString rendered(int depth, Value value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = openFragment(bytes, depth)) {
            value.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SerializedString(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The default pretty printer, starting {@code depth} levels in, with ", " between top-level values. */
    private static final class Indented extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        Indented(int depth) {
            super(Separators.createDefaultInstance().withRootSeparator(", "));
            _nesting = depth;
        }
    }

    /**
     * Opens one of Oversight's own JSON documents (a check's result, a directory run's summary):
     * the object, its {@code schemaVersion} and the {@code tool} that wrote it.
     */
    public static JsonGenerator openOversightDocument(OutputStream out) throws IOException {
        JsonGenerator g = open(out);
        g.writeStartObject();
        g.writeNumberField("schemaVersion", 1);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", Tool.name());
        g.writeStringField("version", Tool.version());
        g.writeEndObject();
        return g;
    }

    /** Writes {@code "field": {"text": text}}, the shape of SARIF's messages and descriptions. */
    public static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
