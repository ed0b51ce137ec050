package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/** A value of a runtime configuration and where it was written, for file:line evidence. */
public record Located<T>(T value, Position position) {
}
