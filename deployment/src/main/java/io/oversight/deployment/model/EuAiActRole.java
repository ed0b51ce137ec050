package io.oversight.deployment.model;

/** The organization's role under the EU AI Act for its agents. */
public enum EuAiActRole implements FormatWord {
    PROVIDER,
    DEPLOYER;

    @Override
    public String toString() {
        return word();
    }
}
