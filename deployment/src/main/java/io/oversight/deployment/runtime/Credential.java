package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/**
 * A credential passed to an agent or to one of its MCP servers, named by its variable or header.
 * Its value is never kept: {@code reference} names only where it comes from (an environment
 * variable, an input, a profile, a secret), and is null for a value written in the file.
 */
public record Credential(String name, CredentialSource source, String reference, Position position) {
}
