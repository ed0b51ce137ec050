package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.engine.Assessment;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.formats.AsOf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An OSCAL 1.1.2 plan of action and milestones: a POA&amp;M item per open finding, saying what to
 * do, tied to the same finding and observation (same UUIDs) as in the assessment results; and one
 * per waived finding, tied to its accepted risk ({@code deviation-approved}, the waiver's expiry as
 * the deadline), as the assessment results carry it. A plan that left them out would hide, from
 * whoever tracks it, a weakness that comes back when its waiver ends.
 */
public final class OscalPoamRenderer implements Renderer {

    @Override
    public String name() {
        return "oscal-poam";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        List<Finding> open = a.openFindings();
        List<Finding> waived = a.findings().stream().filter(Finding::waived).toList();
        List<Finding> planned = new ArrayList<>(open);
        planned.addAll(waived);
        String title = "Oversight plan of action and milestones: " + a.input().deployment().metadata().name();
        OscalDocument.write(out, a, "plan-of-action-and-milestones", title, (g, ids) -> {
            // OSCAL's model requires an imported SSP or a system-id; no SSP exists here, so the deployment is the system.
            g.writeObjectFieldStart("system-id");
            g.writeStringField("identifier-type", "https://ietf.org/rfc/rfc4122");
            g.writeStringField("id", ids.system());
            g.writeEndObject();
            OscalObservations.write(g, planned, ids, AsOf.startOfDay(a.asOf()));
            OscalRisks.write(g, waived, ids);
            OscalFindings.write(g, planned, List.of(), ids);
            g.writeArrayFieldStart("poam-items");
            for (Finding f : planned) {
                item(g, f, ids);
            }
            if (planned.isEmpty()) {
                nothingOpen(g, a, ids);
            }
            g.writeEndArray();
        });
    }

    private static void item(JsonGenerator g, Finding f, OscalIds ids) throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", ids.poamItem(f));
        g.writeStringField("title", OscalText.markupLine((f.waived() ? "Accepted risk, " : "") + f.control() + ": " + f.title() + " ("
                + f.subject().kind() + " " + f.subject().id() + ")"));
        g.writeStringField("description", OscalText.markup(f.waived() ? "Waived until " + f.waiver().expires() + ", approved by " + f.waiver().approvedBy()
                + ": " + f.waiver().justification() + " When the waiver ends: " + f.remediation() : f.remediation()));
        new OscalProps()
                .add("severity", f.severity().label())
                .add("fingerprint", f.fingerprint())
                .add("location", f.primaryEvidence().file() + ":" + f.primaryEvidence().line())
                .add("waived", Boolean.toString(f.waived()))
                .write(g);
        g.writeArrayFieldStart("related-findings");
        g.writeStartObject();
        g.writeStringField("finding-uuid", ids.finding(f));
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("related-observations");
        g.writeStartObject();
        g.writeStringField("observation-uuid", ids.observation(f));
        g.writeEndObject();
        g.writeEndArray();
        if (f.waived()) {
            OscalRisks.related(g, f, ids);
        }
        g.writeEndObject();
    }

    /**
     * OSCAL requires at least one POA&amp;M item, and a deployment with nothing open still needs a
     * valid document; so the one item says, in words and in a property, that nothing is open.
     */
    private static void nothingOpen(JsonGenerator g, Assessment a, OscalIds ids) throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", ids.noOpenFindings());
        g.writeStringField("title", "No open findings");
        g.writeStringField("description", OscalText.markup("The check of " + a.input().file() + " as of " + a.asOf()
                + " left no finding open; there is nothing to plan."));
        new OscalProps().add("open-findings", "0").write(g);
        g.writeEndObject();
    }
}
