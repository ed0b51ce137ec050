package io.oversight.deployment.model;

/** Whom an agent's log names as the actor. */
public enum Attribution implements FormatWord {
    AGENT,
    OPERATOR,
    NONE;

    @Override
    public String toString() {
        return word();
    }
}
