package io.oversight.bench;

import java.io.IOException;

/** Just enough of a document writer for the generator: YAML and JSON share one walk. */
interface Emitter {
    void beginDocument() throws IOException;

    void endDocument() throws IOException;

    void scalar(String key, String value) throws IOException;

    void bool(String key, boolean value) throws IOException;

    void number(String key, long value) throws IOException;

    void list(String key, String... values) throws IOException;

    void beginObject(String key) throws IOException;

    void endObject() throws IOException;

    void beginList(String key) throws IOException;

    void endList() throws IOException;

    void beginItem() throws IOException;

    /** A list item written on one line where the format allows: key, value, key, value... (values String, Long or String[]). */
    void inlineItem(Object... keysAndValues) throws IOException;

    /** A mapping written on one line where the format allows, with values as for {@link #inlineItem}. */
    void inlineObject(String key, Object... keysAndValues) throws IOException;

    void endItem() throws IOException;
}
