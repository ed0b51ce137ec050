package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;

/** A key of a mapping, where it was written, and its value. */
public record YEntry(String key, Position keyPosition, YNode value) {
}
