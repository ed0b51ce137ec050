package io.oversight.deployment.model;

/** How much harm an incident in an environment does. */
public enum Criticality implements FormatWord {
    CRITICAL,
    HIGH,
    MODERATE,
    LOW;

    @Override
    public String toString() {
        return word();
    }
}
