package io.oversight.deployment.model;

/** Whose credentials an agent acts with: its own, a human's, or ones other principals use too. */
public enum IdentityType implements FormatWord {
    DEDICATED,
    INHERITED,
    SHARED;

    @Override
    public String toString() {
        return word();
    }
}
