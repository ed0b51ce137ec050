package io.oversight.deployment.model;

/** What an environment is for. */
public enum EnvironmentKind implements FormatWord {
    PRODUCTION,
    STAGING,
    DEVELOPMENT,
    SANDBOX;

    @Override
    public String toString() {
        return word();
    }
}
