package io.oversight.deployment.model;

/** How much harm an incident in an environment does. */
public enum Criticality implements FormatWord {
    CRITICAL("critical"),
    HIGH("high"),
    MODERATE("moderate"),
    LOW("low");

    private final String word;

    Criticality(String word) {
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
