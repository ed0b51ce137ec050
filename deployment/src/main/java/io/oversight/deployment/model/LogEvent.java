package io.oversight.deployment.model;

/** What an agent's log records. */
public enum LogEvent implements FormatWord {
    PROMPTS("prompts"),
    TOOL_CALLS("tool-calls"),
    APPROVALS("approvals"),
    OUTPUTS("outputs"),
    ERRORS("errors");

    private final String word;

    LogEvent(String word) {
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
