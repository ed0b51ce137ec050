package io.oversight.deployment.model;

/** How far an agent acts without a human confirming each action. */
public enum Autonomy implements FormatWord {
    ADVISORY,
    SUPERVISED,
    AUTONOMOUS;

    @Override
    public String toString() {
        return word();
    }
}
