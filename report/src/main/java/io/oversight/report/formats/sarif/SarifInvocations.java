package io.oversight.report.formats.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.report.NotJudged;
import io.oversight.report.formats.UriReference;
import java.io.IOException;
import java.util.List;

/** A run's {@code invocations}: what its results do not show, as tool notifications. */
final class SarifInvocations {

    private SarifInvocations() {
    }

    /**
     * Written only when results were left out or something was not judged: a notification for
     * each, a note at where it is written, so a code-scanning run that shows no alert does not read
     * as if everything had been checked.
     */
    static void write(JsonGenerator g, SarifResultCap cap, List<NotJudged> notJudged) throws IOException {
        int omitted = cap.omitted();
        if (omitted == 0 && notJudged.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        if (omitted > 0) {
            g.writeStartObject();
            g.writeObjectFieldStart("descriptor");
            g.writeStringField("id", "results-cut");
            g.writeEndObject();
            g.writeStringField("level", "warning");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", omitted + " of " + cap.total() + " results are left out: code scanning takes at most " + cap.cap()
                    + " results per run. The open findings, most severe first, were kept; every finding is in the JSON report.");
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeNumberField("resultsTotal", cap.total());
            g.writeNumberField("resultsOmitted", omitted);
            g.writeEndObject();
            g.writeEndObject();
        }
        for (NotJudged note : notJudged) {
            g.writeStartObject();
            g.writeObjectFieldStart("descriptor");
            g.writeStringField("id", note.id());
            g.writeEndObject();
            g.writeStringField("level", "note");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", note.message());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", UriReference.of(note.at().file()));
            g.writeEndObject();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", note.at().position().line());
            g.writeNumberField("startColumn", note.at().position().column());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }
}
