package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Assessment;
import io.oversight.report.Tool;
import io.oversight.report.formats.UriReference;
import java.io.IOException;

/**
 * The resources the documents point into: the deployment file that was checked, with its SHA-256,
 * and the control catalog that served as the assessment plan. Oversight has no separate plan
 * document; the catalog of a given version, applied by a given tool version, is the plan, and
 * {@code import-ap} points at it here.
 */
final class OscalBackMatter {

    private OscalBackMatter() {
    }

    static void write(JsonGenerator g, Assessment a, OscalIds ids) throws IOException {
        g.writeObjectFieldStart("back-matter");
        g.writeArrayFieldStart("resources");

        g.writeStartObject();
        g.writeStringField("uuid", ids.catalogResource());
        g.writeStringField("title", OscalText.line("Oversight control catalog " + a.catalog().version()));
        g.writeStringField("description", "The plan this assessment followed: " + Tool.name() + " " + Tool.version()
                + " evaluated the deployment file against the " + a.catalog().controls().size() + " controls of the Oversight catalog "
                + a.catalog().version() + " as of " + a.asOf() + ".");
        g.writeEndObject();

        g.writeStartObject();
        g.writeStringField("uuid", ids.inputResource());
        g.writeStringField("title", OscalText.line(a.input().file()));
        g.writeStringField("description", "The deployment file that was checked.");
        g.writeArrayFieldStart("rlinks");
        g.writeStartObject();
        g.writeStringField("href", UriReference.of(a.input().file()));
        g.writeStringField("media-type", "application/yaml");
        g.writeArrayFieldStart("hashes");
        g.writeStartObject();
        g.writeStringField("algorithm", "SHA-256");
        g.writeStringField("value", a.input().sha256());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();

        g.writeEndArray();
        g.writeEndObject();
    }
}
