package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Properties in Oversight's namespace. OSCAL reads a property without {@code ns} as one of its own
 * names, so ours carry a namespace; it is an identifier, never fetched. Values are OSCAL strings:
 * one line, no surrounding blanks, never empty.
 */
final class OscalProps {

    /** The namespace of Oversight's property names, after the project's reverse-DNS group id io.oversight. */
    static final String NS = "https://oversight.io/ns/oscal";

    private record Prop(String name, String value) {
    }

    private final List<Prop> props = new ArrayList<>();

    OscalProps add(String name, String value) {
        String line = OscalText.line(value);
        if (!line.isEmpty()) {
            props.add(new Prop(name, line));
        }
        return this;
    }

    void write(JsonGenerator g) throws IOException {
        if (props.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("props");
        for (Prop p : props) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("ns", NS);
            g.writeStringField("value", p.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
