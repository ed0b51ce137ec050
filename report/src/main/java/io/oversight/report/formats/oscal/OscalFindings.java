package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.catalog.Control;
import io.oversight.engine.Finding;
import java.io.IOException;
import java.util.List;

/**
 * OSCAL findings: each Oversight finding is a control statement not satisfied for one subject,
 * tied to its observation (and, when waived, to the accepted risk); each control that passed is a
 * statement satisfied.
 */
final class OscalFindings {

    private OscalFindings() {
    }

    static void write(JsonGenerator g, List<Finding> findings, List<Control> satisfied, OscalIds ids) throws IOException {
        if (findings.isEmpty() && satisfied.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            notSatisfied(g, f, ids);
        }
        for (Control c : satisfied) {
            g.writeStartObject();
            g.writeStringField("uuid", ids.satisfied(c.id()));
            g.writeStringField("title", OscalText.markupLine(c.id() + ": " + c.title()));
            g.writeStringField("description", OscalText.markup(c.statement()));
            target(g, c.id(), c.title(), "satisfied", "pass");
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void notSatisfied(JsonGenerator g, Finding f, OscalIds ids) throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", ids.finding(f));
        g.writeStringField("title", OscalText.markupLine(f.control() + ": " + f.title()));
        g.writeStringField("description", OscalText.markup(f.message() + "\n\nFix: " + f.remediation()));
        new OscalProps()
                .add("severity", f.severity().label())
                .add("fingerprint", f.fingerprint())
                .add("subject-kind", f.subject().kind())
                .add("subject-id", f.subject().id())
                .add("waived", Boolean.toString(f.waived()))
                .write(g);
        target(g, f.control(), f.title(), "not-satisfied", "fail");
        g.writeArrayFieldStart("related-observations");
        g.writeStartObject();
        g.writeStringField("observation-uuid", ids.observation(f));
        g.writeEndObject();
        g.writeEndArray();
        if (f.waived()) {
            OscalRisks.related(g, f, ids);
            g.writeStringField("remarks", OscalText.markup("Waived until " + f.waiver().expires() + ", approved by " + f.waiver().approvedBy() + ": "
                    + f.waiver().justification()));
        }
        g.writeEndObject();
    }

    /** The target is the control's statement, by OSCAL's convention of naming it {@code <control>_smt}. */
    private static void target(JsonGenerator g, String controlId, String title, String state, String reason) throws IOException {
        g.writeObjectFieldStart("target");
        g.writeStringField("type", "statement-id");
        g.writeStringField("target-id", controlId + "_smt");
        g.writeStringField("title", OscalText.markupLine(title));
        g.writeObjectFieldStart("status");
        g.writeStringField("state", state);
        g.writeStringField("reason", reason);
        g.writeEndObject();
        g.writeEndObject();
    }
}
