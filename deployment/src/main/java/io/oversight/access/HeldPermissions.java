package io.oversight.access;

import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.IdentityType;
import io.oversight.deployment.model.People;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permission entries each agent of a deployment holds, as the rules' derive.drl gives them: its
 * own, then, wherever they are granted, its operator's (an inherited identity) or those of every other
 * agent with the same principal (a shared identity, or a dedicated one that is not the agent's
 * alone: the same credentials hold the same rights, whatever the declaration says). People and
 * principals are indexed once, so a fleet of agents sharing one principal costs one pass per agent,
 * not one per pair.
 */
public final class HeldPermissions {

    /** A permission entry an agent holds, and through whom when it is not its own (empty when it is). */
    public record Held(Permission permission, String borrowed) {
    }

    private final Deployment deployment;
    /** Made on the first agent that borrows: most agents borrow nothing, and a large fleet pays nothing for them. */
    private Map<String, Person> people;
    private Map<String, List<Agent>> byPrincipal;
    private People byEmail;
    /** What each entry of an agent sharing its principal grants, made with the index. */
    private Map<Permission, Permission.Rights> rights;
    /** Written last, after the maps above: a thread that reads it true sees them whole. */
    private volatile boolean indexed;

    public HeldPermissions(Deployment deployment) {
        this.deployment = deployment;
    }

    /** The permission entries {@code agent} holds, its own list itself when its identity borrows nothing. */
    public List<Permission> permissionsOf(Agent agent) {
        return borrows(agent) ? of(agent).stream().map(Held::permission).toList() : agent.permissions();
    }

    private boolean borrows(Agent agent) {
        Identity identity = agent.identity();
        if (identity == null) {
            return false;
        }
        if (identity.type() != IdentityType.DEDICATED) {
            return true;
        }
        if (identity.principalKey() == null) {
            return false;
        }
        index();
        return accountOf(identity) != null || byPrincipal.getOrDefault(identity.principalKey(), List.of()).stream().anyMatch(other -> other != agent);
    }

    /** The person whose e-mail address the identity's principal is: an identity that is that person's account. */
    private Person accountOf(Identity identity) {
        String id = identity.type() == IdentityType.INHERITED ? null : byEmail.credentialHolder(identity);
        return id == null ? null : people.get(id);
    }

    /**
     * Made once, by whichever thread asks first: the coverage step asks about a large fleet's agents
     * from every core. Locked only until it is made, so that those threads do not queue on every agent.
     */
    private void index() {
        if (indexed) {
            return;
        }
        synchronized (this) {
            if (indexed) {
                return;
            }
            people = new HashMap<>();
            byEmail = new People(deployment.people());
            byPrincipal = new HashMap<>();
            deployment.people().forEach(p -> people.putIfAbsent(p.id(), p));
            for (Agent agent : deployment.agents()) {
                if (agent.identity() != null && agent.identity().principalKey() != null) {
                    byPrincipal.computeIfAbsent(agent.identity().principalKey(), k -> new ArrayList<>()).add(agent);
                }
            }
            // Once per entry, not once per co-user that compares it: an imported document's rights are hashed whole.
            rights = new IdentityHashMap<>();
            byPrincipal.values().stream().filter(users -> users.size() > 1).flatMap(List::stream)
                    .flatMap(a -> a.permissions().stream()).forEach(p -> rights.put(p, p.rights()));
            indexed = true;
        }
    }

    /** The entries {@code agent} holds: its own, then its operator's or its co-users', in file order. */
    public List<Held> of(Agent agent) {
        List<Held> held = new ArrayList<>();
        agent.permissions().forEach(p -> held.add(new Held(p, "")));
        Identity identity = agent.identity();
        if (!borrows(agent)) {
            return held;
        }
        index();
        boolean inherited = identity.type() == IdentityType.INHERITED;
        if (inherited) {
            add(held, operatorsEntries(identity), "inherited from " + identity.inheritedFrom());
        }
        if (identity.principalKey() != null) {
            Person account = inherited ? null : accountOf(identity);
            if (account != null) {
                add(held, account.permissions(), "inherited from " + account.id());
            }
            // The operator's credentials an inherited identity names are the same credentials whoever else names them.
            Map<String, List<Permission>> lent = new HashMap<>();
            sharedWith(agent).forEach(s -> lent.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s.permission()));
            for (Agent other : byPrincipal.getOrDefault(identity.principalKey(), List.of())) {
                if (other != agent) {
                    add(held, lent.getOrDefault(other.id(), List.of()), "shared with " + other.id());
                    // A co-user acting with its operator's credentials shows whose the principal is; one of the same operator adds nothing.
                    if (!inherited || !java.util.Objects.equals(other.identity().inheritedFrom(), identity.inheritedFrom())) {
                        add(held, operatorsEntries(other.identity()), "shared with " + other.id());
                    }
                }
            }
        }
        return held;
    }

    /** An entry another agent naming the same principal is granted, and held by the agent through it. */
    public record Shared(Permission permission, String from) {
    }

    /**
     * The entries of the other agents naming {@code agent}'s principal that it holds, whatever its
     * identity's type, in file order: each right once, none identical to one of its own or to one an
     * earlier co-user lends ({@link Permission#rights}), so that a fleet of copies on one principal
     * holds each right once, not once per copy.
     */
    public List<Shared> sharedWith(Agent agent) {
        Identity identity = agent.identity();
        if (identity == null || identity.principalKey() == null) {
            return List.of();
        }
        index();
        List<Agent> users = byPrincipal.getOrDefault(identity.principalKey(), List.of());
        if (users.size() < 2) {
            return List.of(); // most agents use their principal alone
        }
        List<Shared> shared = new ArrayList<>();
        Set<Permission.Rights> held = new HashSet<>();
        agent.permissions().forEach(p -> held.add(rights.get(p)));
        for (Agent other : users) {
            if (other == agent) {
                continue;
            }
            for (Permission p : other.permissions()) {
                if (held.add(rights.get(p))) {
                    shared.add(new Shared(p, other.id()));
                }
            }
        }
        return shared;
    }

    /** The entries of the person an inherited identity acts for; none for any other identity, or a person the file lacks. */
    private List<Permission> operatorsEntries(Identity identity) {
        Person operator = identity.type() == IdentityType.INHERITED && identity.inheritedFrom() != null ? people.get(identity.inheritedFrom()) : null;
        return operator == null ? List.of() : operator.permissions();
    }

    /**
     * {@code entries}, held through {@code borrowed} wherever they are granted: credentials are not
     * bound to the environments the agent's job needs.
     */
    private static void add(List<Held> held, List<Permission> entries, String borrowed) {
        entries.forEach(p -> held.add(new Held(p, borrowed)));
    }
}
