package io.oversight.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in catalog compiled to one JSON file at build time. Reading it with the streaming
 * parser takes a few milliseconds, where parsing the YAML sources and binding them through
 * databind took a tenth of a second of every run's start-up.
 */
final class CatalogJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CatalogJson() {
    }

    static void write(Catalog catalog, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("version", catalog.version());
            g.writeArrayFieldStart("families");
            for (Family f : catalog.families()) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                g.writeStringField("title", f.title());
                g.writeStringField("file", f.file());
                g.writeStringField("rules", f.rules());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("controls");
            for (Control c : catalog.controls()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("title", c.title());
                g.writeStringField("severity", c.severity().label());
                g.writeArrayFieldStart("escalations");
                for (Escalation e : c.escalations()) {
                    g.writeStartObject();
                    g.writeStringField("when", e.when());
                    g.writeStringField("severity", e.severity().label());
                    g.writeStringField("reason", e.reason());
                    g.writeStringField("framework", e.framework());
                    g.writeStringField("from", e.from() == null ? null : e.from().toString());
                    g.writeStringField("fromAnnexI", e.fromAnnexI() == null ? null : e.fromAnnexI().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("statement", c.statement());
                g.writeStringField("rationale", c.rationale());
                g.writeStringField("check", c.check());
                g.writeStringField("remediation", c.remediation());
                g.writeStringField("remediationExample", c.remediationExample());
                g.writeArrayFieldStart("references");
                for (Reference r : c.references()) {
                    g.writeStartObject();
                    g.writeStringField("framework", r.framework());
                    g.writeStringField("clause", r.clause());
                    g.writeStringField("note", r.note());
                    g.writeArrayFieldStart("unless");
                    for (String condition : r.unless()) {
                        g.writeString(condition);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("onlyFor");
                    for (String item : r.onlyFor()) {
                        g.writeString(item);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("appliesTo");
                for (SubjectClass subjects : c.appliesTo()) {
                    g.writeString(subjects.word());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("frameworks");
            for (Framework f : catalog.frameworks()) {
                framework(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("useCases");
            for (UseCase u : catalog.useCases()) {
                g.writeStartObject();
                g.writeStringField("id", u.id());
                g.writeStringField("class", u.regulatoryClass().word());
                if (u.source() != null) {
                    g.writeObjectFieldStart("source");
                    g.writeStringField("framework", u.source().framework());
                    g.writeStringField("clause", u.source().clause());
                    g.writeStringField("note", u.source().note());
                    g.writeEndObject();
                }
                if (!u.otherWords().isEmpty()) {
                    g.writeArrayFieldStart("otherWords");
                    for (String word : u.otherWords()) {
                        g.writeString(word);
                    }
                    g.writeEndArray();
                }
                if (u.sourceFrom() != null) {
                    g.writeStringField("sourceFrom", u.sourceFrom().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void framework(JsonGenerator g, Framework f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("title", f.title());
        g.writeStringField("citation", f.citation());
        g.writeStringField("url", f.url());
        g.writeArrayFieldStart("jurisdictions");
        for (String j : f.jurisdictions()) {
            g.writeString(j);
        }
        g.writeEndArray();
        g.writeStringField("effective", f.effective() == null ? null : f.effective().toString());
        g.writeArrayFieldStart("clauses");
        for (Clause c : f.clauses()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("title", c.title());
            g.writeStringField("gist", c.gist());
            g.writeStringField("appliesFrom", c.appliesFrom() == null ? null : c.appliesFrom().toString());
            g.writeStringField("duty", c.duty());
            if (c.highRiskOnly() != null) {
                g.writeBooleanField("highRiskOnly", c.highRiskOnly());
            }
            g.writeStringField("note", c.note());
            if (c.annexIFrom() != null) {
                g.writeStringField("annexIFrom", c.annexIFrom().toString());
            }
            if (c.annexIIIOnly() != null) {
                g.writeBooleanField("annexIIIOnly", c.annexIIIOnly());
            }
            if (c.appliesTo() != null) {
                g.writeStringField("appliesTo", c.appliesTo().word());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attestations");
        for (Attestation a : f.attestations()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("clause", a.clause());
            g.writeStringField("statement", a.statement());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Catalog read(InputStream in) throws IOException {
        Map<String, Object> root;
        try (JsonParser p = FACTORY.createParser(in)) {
            root = object(p, p.nextToken());
        }
        List<Family> families = new ArrayList<>();
        for (Map<String, Object> f : objects(root, "families")) {
            families.add(new Family(text(f, "id"), text(f, "title"), text(f, "file"), text(f, "rules")));
        }
        List<Control> controls = new ArrayList<>();
        for (Map<String, Object> c : objects(root, "controls")) {
            List<Reference> references = new ArrayList<>();
            for (Map<String, Object> r : objects(c, "references")) {
                references.add(new Reference(text(r, "framework"), text(r, "clause"), text(r, "note"), texts(r, "unless"), texts(r, "onlyFor")));
            }
            List<Escalation> escalations = new ArrayList<>();
            for (Map<String, Object> e : objects(c, "escalations")) {
                escalations.add(new Escalation(text(e, "when"), Severity.parse(text(e, "severity")), text(e, "reason"), text(e, "framework"),
                        date(e, "from"), date(e, "fromAnnexI")));
            }
            List<SubjectClass> appliesTo = new ArrayList<>();
            for (Object word : (List<?>) c.get("appliesTo")) {
                appliesTo.add(SubjectClass.ofWord((String) word)
                        .orElseThrow(() -> new IOException("unknown subject class '" + word + "' in the compiled catalog")));
            }
            controls.add(new Control(text(c, "id"), text(c, "title"), Severity.parse(text(c, "severity")), escalations,
                    text(c, "statement"), text(c, "rationale"), text(c, "check"), text(c, "remediation"), text(c, "remediationExample"),
                    references, appliesTo));
        }
        List<Framework> frameworks = new ArrayList<>();
        for (Map<String, Object> f : objects(root, "frameworks")) {
            List<Clause> clauses = new ArrayList<>();
            for (Map<String, Object> c : objects(f, "clauses")) {
                clauses.add(new Clause(text(c, "id"), text(c, "title"), text(c, "gist"), date(c, "appliesFrom"), text(c, "duty"),
                        (Boolean) c.get("highRiskOnly"), text(c, "note"), date(c, "annexIFrom"), (Boolean) c.get("annexIIIOnly"),
                        c.get("appliesTo") == null ? null : SubjectClass.ofWord(text(c, "appliesTo")).orElseThrow()));
            }
            List<Attestation> attestations = new ArrayList<>();
            for (Map<String, Object> a : objects(f, "attestations")) {
                attestations.add(new Attestation(text(a, "id"), text(a, "clause"), text(a, "statement")));
            }
            List<String> jurisdictions = new ArrayList<>();
            jurisdictions.addAll(texts(f, "jurisdictions"));
            frameworks.add(new Framework(text(f, "id"), text(f, "title"), text(f, "citation"), text(f, "url"), jurisdictions,
                    date(f, "effective"), clauses, attestations));
        }
        List<UseCase> useCases = new ArrayList<>();
        for (Map<String, Object> u : objects(root, "useCases")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) u.get("source");
            String regulatoryClass = text(u, "class");
            useCases.add(new UseCase(text(u, "id"), UseCaseClass.ofWord(regulatoryClass)
                    .orElseThrow(() -> new IOException("unknown use-case class '" + regulatoryClass + "' in the compiled catalog")),
                    source == null ? null : new Reference(text(source, "framework"), text(source, "clause"), text(source, "note")),
                    texts(u, "otherWords"), date(u, "sourceFrom")));
        }
        return new Catalog(text(root, "version"), families, controls, frameworks, useCases);
    }

    private static String text(Map<String, Object> map, String key) {
        return (String) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> map, String key) {
        return (List<String>) map.get(key);
    }

    private static LocalDate date(Map<String, Object> map, String key) {
        String text = text(map, key);
        if (text == null) {
            return null;
        }
        // Written by LocalDate.toString, so yyyy-MM-dd: read by hand, as java.time's parser costs a
        // small check a few milliseconds of code run once.
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(p, token);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(value(p, t));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token + " in the compiled catalog");
        };
    }

    private static Map<String, Object> object(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("the compiled catalog is not a JSON object");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            map.put(key, value(p, p.nextToken()));
        }
        return map;
    }
}
