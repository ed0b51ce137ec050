package io.oversight.engine.facts;

import io.oversight.deployment.model.Permission;

/**
 * A permission entry whose rights an agent holds: one of its own, its operator's (inherited
 * identity) or another agent's (shared identity). {@code from} is whose entry it is when it is not
 * the agent's own (a person's or an agent's id), else null. Grants and resource scopes are derived
 * from these, so every control judges what the agent can do, not only what its own list says.
 */
public record HeldPermission(String agentId, Permission permission, GrantOrigin origin, String from) {

    /** One of the agent's own entries. */
    public static HeldPermission own(Permission permission) {
        return new HeldPermission(permission.agentId(), permission,
                permission.isImported() ? GrantOrigin.IMPORTED : GrantOrigin.DECLARED, null);
    }

    /** How a finding names where the right comes from: "imported", "inherited from dana-chen". */
    public String describeOrigin() {
        return switch (origin) {
            case DECLARED -> "declared";
            case IMPORTED -> "imported";
            case INHERITED -> "inherited from " + from;
            case SHARED -> "shared with " + from;
        };
    }
}
