package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;

/** A key of a mapping, where it was written, and its value. */
public record YEntry(String key, int keyLine, int keyColumn, YNode value) {

    public YEntry(String key, Position keyPosition, YNode value) {
        this(key, keyPosition.line(), keyPosition.column(), value);
    }

    public Position keyPosition() {
        return new Position(keyLine, keyColumn);
    }
}
