package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Assessment;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The frame both OSCAL documents share: one root object named by its model, holding the
 * document's UUID and metadata first, the model's own content, and the back matter last.
 */
final class OscalDocument {

    /** What a model writes between its metadata and the back matter. */
    @FunctionalInterface
    interface Content {
        void write(JsonGenerator g, OscalIds ids) throws IOException;
    }

    private OscalDocument() {
    }

    static void write(OutputStream out, Assessment a, String model, String title, Content content) throws IOException {
        OscalIds ids = new OscalIds(a);
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart(model);
            g.writeStringField("uuid", ids.document(model));
            OscalMetadata.write(g, a, title);
            content.write(g, ids);
            OscalBackMatter.write(g, a, ids);
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
