package io.oversight.deployment.model;

/** What a checkpoint does when no approver answers in time. */
public enum OnTimeout implements FormatWord {
    DENY,
    ALLOW;

    @Override
    public String toString() {
        return word();
    }
}
