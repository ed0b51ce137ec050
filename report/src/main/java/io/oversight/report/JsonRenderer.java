package io.oversight.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.access.AgentWithoutPermissions;
import io.oversight.access.UnclassifiedAction;
import io.oversight.catalog.Attestation;
import io.oversight.catalog.Severity;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.ClauseResult;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.ControlResult;
import io.oversight.engine.FrameworkResult;
import io.oversight.engine.UnknownUseCase;
import io.oversight.engine.WaiverStatus;
import io.oversight.report.formats.JsonArrayElements;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The machine contract the README promises ({@code schemaVersion: 1}; later versions only add fields).
 * Streamed, so a deployment of 100,000 agents never holds its JSON in memory.
 */
public final class JsonRenderer implements Renderer {


    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(Assessment a, RenderOptions options, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonOutput.openOversightDocument(out)) {
            g.writeObjectFieldStart("catalog");
            g.writeStringField("version", a.catalog().version());
            g.writeEndObject();
            g.writeObjectFieldStart("input");
            g.writeStringField("file", a.input().file());
            g.writeStringField("sha256", a.input().sha256());
            g.writeEndObject();
            inputs(g, a);
            g.writeObjectFieldStart("deployment");
            g.writeStringField("name", a.input().deployment().metadata().name());
            g.writeStringField("organization", a.input().deployment().metadata().organization());
            g.writeNumberField("agents", a.input().deployment().agents().size());
            // The role decides which clauses bind; left out of the file it is the format's default, said so here as in the PDF.
            g.writeArrayFieldStart("euAiActRoles");
            for (EuAiActRole role : a.input().deployment().metadata().euAiActRoles()) {
                g.writeString(role.word());
            }
            g.writeEndArray();
            g.writeBooleanField("euAiActRolesStated", a.input().deployment().metadata().euAiActRolesStated());
            g.writeEndObject();
            g.writeStringField("asOf", a.asOf().toString());
            summary(g, a);
            if (a.baseline() != null) {
                baseline(g, a);
            }
            g.writeArrayFieldStart("findings");
            g.flush();
            FindingJson findings = new FindingJson(1, a.baseline());
            JsonArrayElements.write(a.findings(), 1, findings::write, out);
            g.writeEndArray();
            unclassified(g, a);
            withoutPermissions(g, a);
            unknownUseCases(g, a);
            g.writeArrayFieldStart("controls");
            for (ControlResult c : a.controls()) {
                g.writeStartObject();
                g.writeStringField("id", c.control().id());
                g.writeStringField("status", c.status().label());
                g.writeNumberField("findings", c.findings());
                g.writeNumberField("waived", c.waived());
                g.writeEndObject();
            }
            g.writeEndArray();
            waivers(g, a);
            g.writeArrayFieldStart("frameworks");
            for (FrameworkResult fr : a.frameworks()) {
                framework(g, fr);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Every file the report was made from, and their combined digest: what the report's identity covers. */
    private static void inputs(JsonGenerator g, Assessment a) throws IOException {
        g.writeArrayFieldStart("inputs");
        for (InputFile input : a.inputs()) {
            g.writeStartObject();
            g.writeStringField("file", input.file());
            g.writeStringField("role", input.role().label());
            g.writeStringField("sha256", input.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("inputsSha256", InputsDigest.of(a));
    }

    private static void unclassified(JsonGenerator g, Assessment a) throws IOException {
        located(g, "unclassifiedActions", "action", a.unclassifiedActions(), UnclassifiedAction::action, UnclassifiedAction::firstWritten);
    }

    private static void withoutPermissions(JsonGenerator g, Assessment a) throws IOException {
        located(g, "agentsWithoutPermissions", "agent", a.agentsWithoutPermissions(), AgentWithoutPermissions::agentId,
                AgentWithoutPermissions::declared);
    }

    private static void unknownUseCases(JsonGenerator g, Assessment a) throws IOException {
        located(g, "unknownUseCases", "useCase", a.unknownUseCases(), UnknownUseCase::named, UnknownUseCase::written);
    }

    /**
     * What a verdict might rest on unseen, each with the place the file writes it ({@code name},
     * {@code file}, {@code line}). Written only when there are some, as {@code baseline} is: earlier
     * readers see the same document as before.
     */
    private static <T> void located(JsonGenerator g, String field, String key, List<T> items, Function<T, String> name,
                                    Function<T, SourceMap.Location> at) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (T item : items) {
            g.writeStartObject();
            g.writeStringField(key, name.apply(item));
            g.writeStringField("file", at.apply(item).file());
            g.writeNumberField("line", at.apply(item).position().line());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void summary(JsonGenerator g, Assessment a) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeStringField("verdict", a.verdict().label());
        g.writeStringField("failOn", a.failOn().label());
        g.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> e : a.openBySeverity().entrySet()) {
            g.writeNumberField(e.getKey().label(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("waived", a.waivedCount());
        g.writeNumberField("controlsEvaluated", a.evaluatedControls());
        g.writeNumberField("controlsTotal", a.controls().size());
        g.writeEndObject();
    }

    private static void baseline(JsonGenerator g, Assessment a) throws IOException {
        g.writeObjectFieldStart("baseline");
        g.writeStringField("file", a.baseline().file());
        Baseline.Changes changes = a.baseline().changes(a.findings());
        g.writeNumberField("new", changes.fresh());
        g.writeNumberField("unchanged", changes.unchanged());
        g.writeNumberField("updated", changes.updated());
        g.writeBooleanField("failOnNew", a.baseline().failOnNew());
        g.writeStringField("gate", a.gate().label());
        g.writeArrayFieldStart("resolved");
        for (var r : a.baseline().resolved()) {
            g.writeStartObject();
            g.writeStringField("fingerprint", r.fingerprint());
            g.writeStringField("control", r.control());
            g.writeStringField("severity", r.severity().label());
            g.writeStringField("subject", r.subject());
            g.writeStringField("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The {@code waivers} field: each declared waiver and what became of it. A later run given this
     * output as its baseline reads which waivers were in force, so the run summary of several
     * deployments writes it too.
     */
    public static void waivers(JsonGenerator g, Assessment a) throws IOException {
        g.writeArrayFieldStart("waivers");
        for (WaiverStatus w : a.waivers()) {
            waiver(g, w);
        }
        g.writeEndArray();
    }

    private static void waiver(JsonGenerator g, WaiverStatus w) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", w.waiver().index());
        if (w.waiver().file() != null) {
            // Only then: the index counts the deployment's waivers first, so a waivers file's entry is told by its file.
            g.writeStringField("file", w.waiver().file());
            g.writeStringField("id", w.waiver().subjectId());
        }
        g.writeStringField("control", w.waiver().control());
        g.writeStringField("agent", w.waiver().agent());
        g.writeStringField("approvedBy", w.waiver().approvedBy());
        g.writeStringField("expires", w.waiver().expires().toString());
        g.writeStringField("status", w.status().label());
        g.writeNumberField("findingsWaived", w.findingsWaived());
        if (w.findingsOutgrown() > 0) {
            // Only then: the outputs of checks whose waivers cover what they covered stay as they were.
            g.writeNumberField("findingsNewSinceBaseline", w.findingsOutgrown());
        }
        g.writeEndObject();
    }

    /** A share to three decimals, or null when there is nothing to divide by. */
    private static void share(JsonGenerator g, String field, Double share) throws IOException {
        if (share == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, Math.round(share * 1000) / 1000.0);
        }
    }

    private static void framework(JsonGenerator g, FrameworkResult fr) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", fr.framework().id());
        g.writeStringField("title", fr.framework().title());
        g.writeBooleanField("applicable", fr.applicable());
        if (fr.unnamedState() != null) {
            // A state's law where the file lists US alone: it may apply, and what it would bind today is undetermined.
            g.writeStringField("applicability", "undetermined: " + fr.unnamedState());
        }
        share(g, "score", fr.score());
        share(g, "assessed", fr.assessedShare());
        g.writeArrayFieldStart("clauses");
        for (ClauseResult c : fr.clauses()) {
            g.writeStartObject();
            g.writeStringField("id", c.clause().id());
            g.writeStringField("status", c.status().label());
            if (c.status() == ClauseStatus.UPCOMING) {
                g.writeStringField("appliesFrom", c.appliesFrom().toString());
            }
            g.writeArrayFieldStart("controls");
            for (String control : c.controls()) {
                g.writeString(control);
            }
            g.writeEndArray();
            if (!c.findings().isEmpty()) {
                g.writeArrayFieldStart("findings");
                for (String fingerprint : c.findings()) {
                    g.writeString(fingerprint);
                }
                g.writeEndArray();
            }
            if (c.reason() != null) {
                g.writeStringField("reason", c.reason());
            }
            if (c.clause().note() != null) {
                g.writeStringField("note", c.clause().note());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attestations");
        for (Attestation at : fr.attestations()) {
            g.writeStartObject();
            g.writeStringField("id", at.id());
            g.writeStringField("clause", at.clause());
            g.writeStringField("statement", at.statement());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
