package io.oversight.deployment.model;

/**
 * A credential an agent's runtime configuration hands it or one of its MCP servers that is a
 * person's rather than the agent's: a long-lived personal token written in the file
 * ({@code personal}), or a value taken from the operator's environment or profile. {@code name} is
 * the variable or header; the value is never kept. {@code evidencePath} names the runtime file and
 * the place in it.
 */
public record RuntimeCredential(String name, boolean personal, String evidencePath) {
}
