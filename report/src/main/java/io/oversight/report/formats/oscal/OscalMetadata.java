package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Assessment;
import io.oversight.report.Tool;
import io.oversight.report.formats.AsOf;
import java.io.IOException;

/**
 * The metadata block both OSCAL documents open with. Its time is the start of the as-of day, never
 * the clock; its version is the as-of date, since that is what makes one assessment of a file
 * differ from the next.
 */
final class OscalMetadata {

    static final String OSCAL_VERSION = "1.1.2";

    private OscalMetadata() {
    }

    static void write(JsonGenerator g, Assessment a, String title) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeStringField("title", OscalText.markupLine(title));
        g.writeStringField("last-modified", AsOf.startOfDay(a.asOf()));
        g.writeStringField("version", a.asOf().toString());
        g.writeStringField("oscal-version", OSCAL_VERSION);
        new OscalProps()
                .add("tool", Tool.name())
                .add("tool-version", Tool.version())
                .add("catalog-version", a.catalog().version())
                .add("deployment", a.input().deployment().metadata().name())
                .add("organization", a.input().deployment().metadata().organization())
                .write(g);
        g.writeEndObject();
    }
}
