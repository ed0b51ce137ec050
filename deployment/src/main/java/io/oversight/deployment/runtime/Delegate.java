package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/** Another agent this one can hand work to, by its name and the reference that resolves it (an alias ARN, namespace/name). */
public record Delegate(String name, String reference, Position position) {
}
