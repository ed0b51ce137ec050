package io.oversight.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** Compact JSON through Jackson's generator. */
final class JsonEmitter implements Emitter {

    private final JsonGenerator g;

    JsonEmitter(Writer out) throws IOException {
        this.g = new JsonFactory().createGenerator(out);
    }

    @Override
    public void beginDocument() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endDocument() throws IOException {
        g.writeEndObject();
        g.flush();
    }

    @Override
    public void scalar(String key, String value) throws IOException {
        g.writeStringField(key, value);
    }

    @Override
    public void bool(String key, boolean value) throws IOException {
        g.writeBooleanField(key, value);
    }

    @Override
    public void number(String key, long value) throws IOException {
        g.writeNumberField(key, value);
    }

    @Override
    public void list(String key, String... values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    @Override
    public void beginObject(String key) throws IOException {
        g.writeObjectFieldStart(key);
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void beginList(String key) throws IOException {
        g.writeArrayFieldStart(key);
    }

    @Override
    public void endList() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void inlineItem(Object... keysAndValues) throws IOException {
        g.writeStartObject();
        fields(keysAndValues);
    }

    @Override
    public void inlineObject(String key, Object... keysAndValues) throws IOException {
        g.writeObjectFieldStart(key);
        fields(keysAndValues);
    }

    private void fields(Object... keysAndValues) throws IOException {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value instanceof String[] list) {
                list(key, list);
            } else if (value instanceof Boolean b) {
                g.writeBooleanField(key, b);
            } else if (value instanceof Number n) {
                g.writeNumberField(key, n.longValue());
            } else {
                g.writeStringField(key, (String) value);
            }
        }
        g.writeEndObject();
    }

    @Override
    public void beginItem() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endItem() throws IOException {
        g.writeEndObject();
    }
}
