package io.oversight.deployment.model;

/** Where a checkpoint is enforced: by the platform, or only by the agent's prompt. */
public enum Enforcement implements FormatWord {
    PLATFORM("platform"),
    PROMPT("prompt");

    private final String word;

    Enforcement(String word) {
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
