package io.oversight.deployment.model;

/** How far an agent acts without a human confirming each action. */
public enum Autonomy implements FormatWord {
    ADVISORY("advisory"),
    SUPERVISED("supervised"),
    AUTONOMOUS("autonomous");

    private final String word;

    Autonomy(String word) {
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
