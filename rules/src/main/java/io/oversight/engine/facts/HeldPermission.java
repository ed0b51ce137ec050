package io.oversight.engine.facts;

import io.oversight.access.RoleChains;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * A permission entry whose rights an agent holds: one of its own, its operator's (inherited
 * identity), another agent's (shared identity), or a declared role's that one of these may assume.
 * {@code from} is whose entry it is when it is not the agent's own (a person's or an agent's id),
 * else null. {@code chain} names the roles it is reached through ("via role arn:..."), empty when
 * none, and {@code chainEvidence} the rights that assume them, so that findings cite the policy
 * line that allows the assume as well as the role's own. Grants and resource scopes are derived
 * from these, so every control judges what the agent can do, not only what its own list says.
 */
public record HeldPermission(String agentId, Permission permission, GrantOrigin origin, String from, String chain,
                             List<String> chainEvidence) {

    public HeldPermission {
        chainEvidence = List.copyOf(chainEvidence);
    }

    public HeldPermission(String agentId, Permission permission, GrantOrigin origin, String from) {
        this(agentId, permission, origin, from, "", List.of());
    }

    /** One of the agent's own entries. */
    public static HeldPermission own(Permission permission) {
        return new HeldPermission(permission.agentId(), permission,
                permission.isImported() ? GrantOrigin.IMPORTED : GrantOrigin.DECLARED, null);
    }

    /** Whether this is one of the agent's own entries, not borrowed and not reached through a role. */
    public boolean ownEntry() {
        return (origin == GrantOrigin.DECLARED || origin == GrantOrigin.IMPORTED) && chain.isEmpty();
    }

    /**
     * The declared roles this entry reaches, through its imported policy or its written actions ({@link RoleChains}), each held in the
     * entry's environment. A role reached from a borrowed entry stays borrowed, from the same person
     * or agent; one reached from the agent's own policy is {@link GrantOrigin#ROLE_CHAIN}.
     */
    public List<HeldPermission> throughRoles(List<Role> roles) {
        return chain.isEmpty() ? reached(roles) : List.of();
    }

    /** The declared roles this entry's rights may take on, their chains going on from this one's. */
    private List<HeldPermission> reached(List<Role> roles) {
        List<HeldPermission> held = new ArrayList<>();
        for (RoleChains.Reached reached : RoleChains.from(permission, roles)) {
            Role role = reached.role();
            Permission rights = Permission.imported(agentId, role.path(), permission.environment(), null, null, role.source());
            GrantOrigin through = origin.borrowed() ? origin : GrantOrigin.ROLE_CHAIN;
            List<String> evidence = new ArrayList<>(chainEvidence);
            evidence.addAll(reached.evidence());
            held.add(new HeldPermission(agentId, rights, through, from, chain.isEmpty() ? reached.describe() : chain + ", " + reached.describe(),
                    evidence));
        }
        return held;
    }

    /**
     * The rights of the declared role that {@code identity} acts as ({@link Role#actedAsBy}), held
     * in {@code environment}, whatever the agent's own entries say, and those of every declared role
     * that role's policy may take on in turn ({@link RoleChains}): the chain goes on from the role as
     * it does from the agent's own policy.
     */
    public static List<HeldPermission> asRole(Identity identity, String environment, List<Role> roles) {
        List<HeldPermission> held = new ArrayList<>();
        for (Role role : roles) {
            if (role.actedAsBy(identity)) {
                Permission rights = Permission.imported(identity.agentId(), role.path(), environment, null, null, role.source());
                String at = identity.configuredAt() != null ? identity.configuredAt() : identity.path() + "/principal";
                HeldPermission acted = new HeldPermission(identity.agentId(), rights, GrantOrigin.ROLE_CHAIN, null, "acts as role " + role.arn(),
                        List.of(at));
                held.add(acted);
                held.addAll(acted.reached(roles));
            }
        }
        return held;
    }

    /** How a finding names where the right comes from: "imported", "inherited from dana-chen", "via role arn:...". */
    public String describeOrigin() {
        String base = switch (origin) {
            case DECLARED -> "declared";
            case IMPORTED -> "imported";
            case INHERITED -> "inherited from " + from;
            case SHARED -> "shared with " + from;
            case ROLE_CHAIN -> "";
        };
        return chain.isEmpty() ? base : base.isEmpty() ? chain : base + ", " + chain;
    }
}
