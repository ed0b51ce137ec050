package io.oversight.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.oversight.catalog.action.Verb;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The action table compiled to JSON at build time, read with the streaming parser for the same
 * reason as the catalog (see {@link CatalogJson}): YAML databind costs start-up time on every run.
 */
final class ActionTableJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ActionTableJson() {
    }

    static void write(ActionTable table, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("rules");
            for (ActionRule rule : table.rules()) {
                g.writeStartObject();
                g.writeStringField("action", rule.action());
                g.writeStringField("level", rule.level());
                g.writeStringField("verb", rule.verb().word());
                g.writeStringField("note", rule.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static ActionTable read(InputStream in) throws IOException {
        List<ActionRule> rules = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(in)) {
            expect(p, JsonToken.START_OBJECT);
            expectField(p, "rules");
            expect(p, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String action = null;
                String level = null;
                String verb = null;
                String note = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    String value = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
                    switch (field) {
                        case "action" -> action = value;
                        case "level" -> level = value;
                        case "verb" -> verb = value;
                        case "note" -> note = value;
                        default -> throw new IOException("unexpected field '" + field + "' in the compiled action table");
                    }
                }
                rules.add(new ActionRule(action, level, verb(verb), note));
            }
        }
        return new ActionTable(rules);
    }

    private static Verb verb(String word) throws IOException {
        return Verb.ofWord(word).orElseThrow(() -> new IOException("the compiled action table gives unknown verb '" + word + "'"));
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.nextToken() != token) {
            throw new IOException("the compiled action table is malformed: expected " + token);
        }
    }

    private static void expectField(JsonParser p, String name) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
            throw new IOException("the compiled action table is malformed: expected '" + name + "'");
        }
    }
}
