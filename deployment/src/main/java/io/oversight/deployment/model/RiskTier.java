package io.oversight.deployment.model;

/** An agent's risk class under the EU AI Act. */
public enum RiskTier implements FormatWord {
    UNACCEPTABLE,
    HIGH,
    LIMITED,
    MINIMAL;

    @Override
    public String toString() {
        return word();
    }
}
