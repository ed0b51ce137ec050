package io.oversight.deployment.model;

/** What an agent's log records. */
public enum LogEvent implements FormatWord {
    PROMPTS,
    TOOL_CALLS,
    APPROVALS,
    OUTPUTS,
    ERRORS;

    @Override
    public String toString() {
        return word();
    }
}
