package io.oversight.report.formats.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.catalog.Control;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlResult;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Finding;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderer;
import io.oversight.report.Tool;
import io.oversight.report.formats.AsOf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OSCAL 1.1.2 assessment results, for GRC tools: one result holding an observation per finding,
 * a finding per failed control and subject, a satisfied finding per control that passed, and the
 * waived findings as accepted risks. Controls not evaluated are excluded from the reviewed
 * controls. Name-based UUIDs and the as-of date as the only time keep the output reproducible.
 */
public final class OscalResultsRenderer implements Renderer {

    @Override
    public String name() {
        return "oscal";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        String start = AsOf.startOfDay(a.asOf());
        String title = "Oversight assessment results: " + a.input().deployment().metadata().name();
        OscalDocument.write(out, a, "assessment-results", title, (g, ids) -> {
            g.writeObjectFieldStart("import-ap");
            g.writeStringField("href", "#" + ids.catalogResource());
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            result(g, a, ids, start);
            g.writeEndArray();
        });
    }

    private static void result(JsonGenerator g, Assessment a, OscalIds ids, String start) throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", ids.result());
        g.writeStringField("title", OscalText.markupLine("Automated check of " + a.input().deployment().metadata().name()
                + " against the Oversight catalog " + a.catalog().version()));
        g.writeStringField("description", OscalText.markup(description(a)));
        g.writeStringField("start", start);
        new OscalProps()
                .add("verdict", a.verdict().label())
                .add("fail-on", a.failOn().label())
                .write(g);
        reviewedControls(g, a);
        OscalObservations.write(g, a.findings(), ids, start);
        OscalRisks.write(g, a.findings().stream().filter(Finding::waived).toList(), ids);
        List<Control> passed = a.controls().stream().filter(c -> c.status() == ControlStatus.PASS).map(ControlResult::control).toList();
        OscalFindings.write(g, a.findings(), passed, ids);
        g.writeEndObject();
    }

    /** Every control of the catalog, less those no rule evaluated in this check. */
    private static void reviewedControls(JsonGenerator g, Assessment a) throws IOException {
        List<String> notEvaluated = a.controls().stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED).map(c -> c.control().id())
                .toList();
        g.writeObjectFieldStart("reviewed-controls");
        g.writeArrayFieldStart("control-selections");
        g.writeStartObject();
        g.writeObjectFieldStart("include-all");
        g.writeEndObject();
        if (!notEvaluated.isEmpty()) {
            g.writeArrayFieldStart("exclude-controls");
            for (String id : notEvaluated) {
                g.writeStartObject();
                g.writeStringField("control-id", id);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String description(Assessment a) {
        Map<String, Integer> open = a.openBySeverity().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().label(), Map.Entry::getValue, (x, y) -> x, java.util.LinkedHashMap::new));
        String counts = open.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return Tool.name() + " " + Tool.version() + " checked " + a.input().file() + " (SHA-256 " + a.input().sha256() + ") as of "
                + a.asOf() + ": " + a.verdict().label().toUpperCase(java.util.Locale.ROOT) + ", " + counts + " open, " + a.waivedCount()
                + " waived; " + a.evaluatedControls() + " of " + a.controls().size() + " controls evaluated, failing on "
                + a.failOn().label() + " or above.";
    }
}
