package io.oversight.engine.facts;

import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agent's own permissions write out, environment by environment: the verbs of their
 * declared grants and the resource patterns they name. PM-08 compares what the agent can do with
 * this. One fact per agent, made from the agent's own entries when its facts are made: when PM-08
 * joined the declared grants, resource scopes and permissions themselves, each of them entered its
 * nodes (a grant two, a scope two, a permission one) in every session, though most fleets borrow
 * nothing to compare.
 */
public final class IntendedRights {

    private final String agentId;
    /** Environments in which some own permission is written out (not imported). */
    private final Set<String> written = new HashSet<>();
    private final Map<String, Set<Verb>> verbs = new HashMap<>();
    private final Map<String, List<String>> patterns = new HashMap<>();
    // Read-only views made once: the rules ask for them at every join.
    private final Set<String> writtenView = Collections.unmodifiableSet(written);
    private final Set<String> resourceView = Collections.unmodifiableSet(patterns.keySet());

    private IntendedRights(String agentId) {
        this.agentId = agentId;
    }

    /**
     * The intended rights of the agent whose own entries are {@code permissions}; {@code grants} are
     * those entries' grants (of which the declared ones count). The patterns are the written-out
     * entries' resources, as their resource scopes name them, {@code *} for an entry that names none.
     */
    public static IntendedRights of(String agentId, List<Permission> permissions, List<Grant> grants) {
        IntendedRights intended = new IntendedRights(agentId);
        for (Permission permission : permissions) {
            if (!permission.isImported()) {
                intended.written.add(permission.environment());
                // An entry that names no resources intends every one in its environment, as "*" does.
                intended.patterns.computeIfAbsent(permission.environment(), e -> new ArrayList<>())
                        .addAll(permission.resources().isEmpty() ? List.of("*") : permission.resources());
            }
        }
        for (Grant grant : grants) {
            if (grant.origin().intended()) {
                intended.verbs.computeIfAbsent(grant.environment(), e -> EnumSet.noneOf(Verb.class)).add(grant.verb());
            }
        }
        return intended;
    }

    public String agentId() {
        return agentId;
    }

    /**
     * The environments for which the agent's own list writes out a permission. A property, not a
     * question taking an environment, so that the rules ask it as one ({@code contains $env}): the
     * rule compiler cannot tell which property a method call with another pattern's variable reads.
     */
    public Set<String> writtenEnvironments() {
        return writtenView;
    }

    /** Whether a declared grant in {@code environment} has {@code verb}, or every verb. */
    public boolean declares(String environment, Verb verb) {
        Set<Verb> declared = verbs.get(environment);
        return declared != null && (declared.contains(verb) || declared.contains(Verb.ALL));
    }

    /** The environments in which the agent's own list names resources (a property, as {@link #writtenEnvironments}). */
    public Set<String> resourceEnvironments() {
        return resourceView;
    }

    /** Whether a resource pattern the agent's own list names in {@code environment} covers {@code pattern} ({@link ResourceScope#covers}). */
    public boolean covers(String environment, String pattern) {
        return patterns.getOrDefault(environment, List.of()).stream().anyMatch(named -> ResourceScope.covers(named, pattern));
    }
}
