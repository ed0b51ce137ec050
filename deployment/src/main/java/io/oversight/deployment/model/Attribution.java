package io.oversight.deployment.model;

/** Whom an agent's log names as the actor. */
public enum Attribution implements FormatWord {
    AGENT("agent"),
    OPERATOR("operator"),
    NONE("none");

    private final String word;

    Attribution(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }
}
