package io.oversight.deployment.model;

/** Whose credentials an agent acts with: its own, a human's, or ones other principals use too. */
public enum IdentityType implements FormatWord {
    DEDICATED("dedicated"),
    INHERITED("inherited"),
    SHARED("shared");

    private final String word;

    IdentityType(String word) {
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
