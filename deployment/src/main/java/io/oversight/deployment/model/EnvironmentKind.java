package io.oversight.deployment.model;

/** What an environment is for. */
public enum EnvironmentKind implements FormatWord {
    PRODUCTION("production"),
    STAGING("staging"),
    DEVELOPMENT("development"),
    SANDBOX("sandbox");

    private final String word;

    EnvironmentKind(String word) {
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
