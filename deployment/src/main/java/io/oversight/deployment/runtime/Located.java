package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;

/**
 * A value of a runtime configuration and where it was written, for file:line evidence. {@code file}
 * is null for the configuration's own file, and names another when settings of two files are
 * combined ({@link ClaudeCodeScopes}).
 */
public record Located<T>(T value, Position position, String file) {

    public Located(T value, Position position) {
        this(value, position, null);
    }

    /** The same value, written in {@code other}. */
    Located<T> in(String other) {
        return new Located<>(value, position, other);
    }
}
