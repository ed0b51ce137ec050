package io.oversight.report.formats.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import io.oversight.catalog.Clause;
import io.oversight.catalog.Framework;
import io.oversight.report.formats.JsonOutput;
import java.io.IOException;
import java.util.List;

/**
 * The frameworks as SARIF taxonomies (SARIF 2.1.0 §3.19.3): one tool component per framework, its
 * clauses as taxa. Rules point at these taxa by clause id and framework name, so no GUIDs are
 * needed and the output stays the same from run to run.
 */
final class SarifTaxonomies {

    private final List<Framework> frameworks;

    SarifTaxonomies(List<Framework> frameworks) {
        this.frameworks = List.copyOf(frameworks);
    }

    /** The position of a framework in {@code run.taxonomies}, which references carry as {@code index}. */
    int index(String frameworkId) {
        for (int i = 0; i < frameworks.size(); i++) {
            if (frameworks.get(i).id().equals(frameworkId)) {
                return i;
            }
        }
        throw new IllegalStateException("a control references framework " + frameworkId + ", which the catalog lacks");
    }

    /** {@code tool.driver.supportedTaxonomies}: the taxonomies the rules relate to. */
    void writeSupported(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("supportedTaxonomies");
        for (int i = 0; i < frameworks.size(); i++) {
            reference(g, frameworks.get(i).id(), i);
        }
        g.writeEndArray();
    }

    /** Writes {@code {"name": …, "index": …}}, a toolComponentReference. */
    static void reference(JsonGenerator g, String name, int index) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("index", index);
        g.writeEndObject();
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("taxonomies");
        for (Framework framework : frameworks) {
            g.writeStartObject();
            g.writeStringField("name", framework.id());
            g.writeStringField("fullName", framework.title());
            if (framework.url() != null) {
                g.writeStringField("informationUri", framework.url());
            }
            if (framework.citation() != null) {
                JsonOutput.text(g, "shortDescription", framework.citation());
            }
            g.writeArrayFieldStart("taxa");
            for (Clause clause : framework.clauses()) {
                taxon(g, clause);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void taxon(JsonGenerator g, Clause clause) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", clause.id());
        if (clause.title() != null) {
            JsonOutput.text(g, "shortDescription", clause.title());
        }
        if (clause.gist() != null) {
            JsonOutput.text(g, "fullDescription", clause.gist());
        }
        if (clause.appliesFrom() != null || clause.note() != null) {
            g.writeObjectFieldStart("properties");
            if (clause.appliesFrom() != null) {
                g.writeStringField("appliesFrom", clause.appliesFrom().toString());
            }
            if (clause.note() != null) {
                g.writeStringField("note", clause.note());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
