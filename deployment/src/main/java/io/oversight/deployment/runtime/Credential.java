package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/**
 * A credential passed to an agent or to one of its MCP servers, named by its variable or header.
 * Its value is never kept: {@code reference} names only where it comes from (an environment
 * variable, an input, a profile, a secret), and is null for a value written in the file.
 * {@code file} is null for the configuration's own file (see {@link Located}).
 */
public record Credential(String name, CredentialSource source, String reference, Position position, String file) {

    public Credential(String name, CredentialSource source, String reference, Position position) {
        this(name, source, reference, position, null);
    }

    /** The same credential, written in {@code other}. */
    Credential in(String other) {
        return new Credential(name, source, reference, position, other);
    }
}
