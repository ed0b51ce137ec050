package io.oversight.engine.facts;

/**
 * Where a right an agent holds comes from. What the agent's own permissions write out is what its
 * owner intends it to do; the rest is what it can do as well: rights imported from the documents
 * that really grant them, and rights it borrows through an identity it does not have to itself.
 */
public enum GrantOrigin {
    /** Written out in the agent's own permissions ({@code actions}, {@code resources}). */
    DECLARED,
    /** Imported into the agent's own permissions ({@code fromAwsIamPolicy}, {@code fromKubernetesRbac}). */
    IMPORTED,
    /** Its operator's, held through an identity of type inherited. */
    INHERITED,
    /** Another agent's, held through an identity of type shared with the same principal. */
    SHARED,
    /** A declared role's ({@code roles[]}), reached because the agent's own imported policy may assume it. */
    ROLE_CHAIN;

    /** What the agent's owner intends it to do. */
    public boolean intended() {
        return this == DECLARED;
    }

    /** Held through another's credentials, whatever the agent's own permissions say. */
    public boolean borrowed() {
        return this == INHERITED || this == SHARED;
    }
}
