package io.oversight.bench;

import java.io.IOException;
import java.io.Writer;

/** Block-style YAML, two spaces per level; flow style for lists of scalars. */
final class YamlEmitter implements Emitter {

    private final Writer out;
    private int depth;
    private boolean itemStart;

    YamlEmitter(Writer out) {
        this.out = out;
    }

    private void key(String key) throws IOException {
        if (itemStart) {
            out.write("  ".repeat(depth - 1));
            out.write("- ");
            itemStart = false;
        } else {
            out.write("  ".repeat(depth));
        }
        out.write(key);
        out.write(':');
    }

    @Override
    public void beginDocument() {
    }

    @Override
    public void endDocument() {
    }

    @Override
    public void scalar(String key, String value) throws IOException {
        key(key);
        out.write(' ');
        out.write(plain(value));
        out.write('\n');
    }

    @Override
    public void bool(String key, boolean value) throws IOException {
        scalar(key, Boolean.toString(value));
    }

    @Override
    public void number(String key, long value) throws IOException {
        scalar(key, Long.toString(value));
    }

    @Override
    public void list(String key, String... values) throws IOException {
        key(key);
        out.write(" [");
        for (int i = 0; i < values.length; i++) {
            out.write(i == 0 ? "" : ", ");
            out.write(plain(values[i]));
        }
        out.write("]\n");
    }

    @Override
    public void beginObject(String key) throws IOException {
        key(key);
        out.write('\n');
        depth++;
    }

    @Override
    public void endObject() {
        depth--;
    }

    @Override
    public void beginList(String key) throws IOException {
        key(key);
        out.write('\n');
        depth++;
    }

    @Override
    public void endList() {
        depth--;
    }

    /** Quotes only what YAML would misread: colons (flow context) and the alias star. */
    private static String plain(String value) {
        return value.contains(":") || value.contains("*") ? "\"" + value + "\"" : value;
    }

    @Override
    public void inlineItem(Object... keysAndValues) throws IOException {
        out.write("  ".repeat(depth));
        out.write("- ");
        flow(keysAndValues);
    }

    @Override
    public void inlineObject(String key, Object... keysAndValues) throws IOException {
        key(key);
        out.write(' ');
        flow(keysAndValues);
    }

    private void flow(Object... keysAndValues) throws IOException {
        out.write("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.write(i == 0 ? "" : ", ");
            out.write((String) keysAndValues[i]);
            out.write(": ");
            Object value = keysAndValues[i + 1];
            if (value instanceof String[] list) {
                out.write("[");
                for (int j = 0; j < list.length; j++) {
                    out.write((j == 0 ? "" : ", ") + plain(list[j]));
                }
                out.write("]");
            } else {
                out.write(value instanceof String text ? plain(text) : String.valueOf(value));
            }
        }
        out.write("}\n");
    }

    @Override
    public void beginItem() {
        itemStart = true;
        depth++;
    }

    @Override
    public void endItem() {
        depth--;
    }
}
