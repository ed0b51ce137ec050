package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;
import java.util.Collections;
import java.util.Map;

/** A YAML mapping with string keys, in document order. */
public record YMap(Position position, Map<String, YEntry> entries) implements YNode {

    public YMap {
        entries = Collections.unmodifiableMap(entries);
    }

    public YEntry entry(String key) {
        return entries.get(key);
    }

    /** The value under {@code key}, or null when the key is absent. */
    public YNode get(String key) {
        YEntry e = entries.get(key);
        return e == null ? null : e.value();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
