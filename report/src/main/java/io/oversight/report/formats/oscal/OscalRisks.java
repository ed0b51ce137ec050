package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Finding;
import io.oversight.report.formats.AsOf;
import java.io.IOException;
import java.util.List;

/**
 * Waived findings as accepted risks: status {@code deviation-approved}, the waiver's justification
 * as the risk statement, its approver as a property and its expiry as the deadline by which the
 * risk must be dealt with again.
 */
final class OscalRisks {

    private OscalRisks() {
    }

    /** A waived finding's link to its accepted risk, as findings and POA&amp;M items carry it. */
    static void related(JsonGenerator g, Finding waived, OscalIds ids) throws IOException {
        g.writeArrayFieldStart("related-risks");
        g.writeStartObject();
        g.writeStringField("risk-uuid", ids.risk(waived));
        g.writeEndObject();
        g.writeEndArray();
    }

    static void write(JsonGenerator g, List<Finding> waived, OscalIds ids) throws IOException {
        if (waived.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("risks");
        for (Finding f : waived) {
            g.writeStartObject();
            g.writeStringField("uuid", ids.risk(f));
            g.writeStringField("title", OscalText.markupLine("Accepted: " + f.control() + " " + f.title() + " for " + f.subject().kind() + " "
                    + f.subject().id()));
            g.writeStringField("description", OscalText.markup(f.message()));
            g.writeStringField("statement", OscalText.markup(f.waiver().justification()));
            new OscalProps()
                    .add("approved-by", f.waiver().approvedBy())
                    .add("fingerprint", f.fingerprint())
                    .write(g);
            g.writeStringField("status", "deviation-approved");
            // A waiver holds through the day it expires: the risk is due when that day ends. OSCAL's date-time admits years up
            // to 2999 only, so a waiver that runs beyond (9999-12-31, a waiver meant never to end) has no deadline written.
            java.time.LocalDate due = f.waiver().expires().plusDays(1);
            if (due.getYear() <= LAST_YEAR) {
                g.writeStringField("deadline", AsOf.startOfDay(due));
            }
            g.writeArrayFieldStart("related-observations");
            g.writeStartObject();
            g.writeStringField("observation-uuid", ids.observation(f));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The last year OSCAL 1.1's date-time pattern admits. */
    private static final int LAST_YEAR = 2999;
}
