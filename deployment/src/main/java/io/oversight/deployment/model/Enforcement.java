package io.oversight.deployment.model;

/** Where a checkpoint is enforced: by the platform, or only by the agent's prompt. */
public enum Enforcement implements FormatWord {
    PLATFORM,
    PROMPT;

    @Override
    public String toString() {
        return word();
    }
}
