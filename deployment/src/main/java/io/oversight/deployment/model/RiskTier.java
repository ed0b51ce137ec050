package io.oversight.deployment.model;

/** An agent's risk class under the EU AI Act. */
public enum RiskTier implements FormatWord {
    UNACCEPTABLE("unacceptable"),
    HIGH("high"),
    LIMITED("limited"),
    MINIMAL("minimal");

    private final String word;

    RiskTier(String word) {
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
