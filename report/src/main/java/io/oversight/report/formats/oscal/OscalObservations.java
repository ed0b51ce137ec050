package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.report.formats.UriReference;
import java.io.IOException;
import java.util.List;

/**
 * One observation per finding: what the automated test saw and where, every evidence entry as
 * relevant evidence pointing into the deployment file.
 */
final class OscalObservations {

    private OscalObservations() {
    }

    static void write(JsonGenerator g, List<Finding> findings, OscalIds ids, String collected) throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("observations");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("uuid", ids.observation(f));
            g.writeStringField("title", OscalText.markupLine(f.control() + " " + f.subject().kind() + " " + f.subject().id()));
            g.writeStringField("description", OscalText.markup(f.message()));
            new OscalProps().add("fingerprint", f.fingerprint()).write(g);
            g.writeArrayFieldStart("methods");
            // The deployment's description was read, not the running system exercised: SP 800-53A's examine, not test.
            g.writeString("EXAMINE");
            g.writeEndArray();
            g.writeArrayFieldStart("types");
            g.writeString("finding");
            g.writeEndArray();
            g.writeArrayFieldStart("relevant-evidence");
            for (Evidence e : f.evidence()) {
                g.writeStartObject();
                g.writeStringField("href", UriReference.of(e.file()));
                g.writeStringField("description", OscalText.markup(e.file() + ":" + e.line() + ":" + e.column() + " " + e.path()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("collected", collected);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
