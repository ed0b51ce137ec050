package io.oversight.deployment.model;

/** The organization's role under the EU AI Act for its agents. */
public enum EuAiActRole implements FormatWord {
    PROVIDER("provider"),
    DEPLOYER("deployer");

    private final String word;

    EuAiActRole(String word) {
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
