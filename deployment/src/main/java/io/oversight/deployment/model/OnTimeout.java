package io.oversight.deployment.model;

/** What a checkpoint does when no approver answers in time. */
public enum OnTimeout implements FormatWord {
    DENY("deny"),
    ALLOW("allow");

    private final String word;

    OnTimeout(String word) {
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
