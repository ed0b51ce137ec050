package io.oversight.engine.facts;

import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Identity;
import io.oversight.deployment.model.IdentityType;
import io.oversight.deployment.model.Person;
import io.oversight.deployment.model.People;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who holds which approver role, among everyone the deployment names: made once per assessment, so
 * that an approver pool costs a lookup per role, not a scan of everyone per checkpoint, and shared by
 * the sessions of a split deployment, each of which holds only the people its agents name.
 *
 * <p>Approvers are counted as persons ({@link People}): one person under two ids is one approver.
 */
public final class RoleDirectory {

    private final Map<String, Set<String>> holders = new HashMap<>();
    private final People people;
    /** Everyone whose credentials some agent of the deployment acts with, in document order. */
    private final List<String> credentialHolders;
    /** Per principal (its key), the people whose credentials the agents using it act with, in document order. */
    private final Map<String, Set<String>> holdersOfPrincipal = new HashMap<>();

    public RoleDirectory(Collection<Person> people, Collection<Agent> agents) {
        this.people = new People(people);
        for (Person person : people) {
            for (String role : person.roles()) {
                holders.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(person.id());
            }
        }
        Set<String> holding = new LinkedHashSet<>();
        for (Agent agent : agents) {
            String holder = this.people.credentialHolder(agent.identity());
            if (holder != null) {
                holding.add(holder);
                if (agent.identity().principalKey() != null) {
                    holdersOfPrincipal.computeIfAbsent(agent.identity().principalKey(), k -> new LinkedHashSet<>()).add(holder);
                }
            }
        }
        credentialHolders = List.copyOf(holding);
    }

    /** The person whose credentials an agent with {@code identity} acts with ({@link People#credentialHolder}). */
    public String credentialHolder(Identity identity) {
        return people.credentialHolder(identity);
    }

    /**
     * Everyone whose credentials an agent with {@code identity} acts with: its own holder, and, for an
     * identity of its own or a shared one, the holder of every other agent using its principal, whose
     * credentials those are (derive.drl gives the agent their rights too). None may approve for it.
     */
    public List<String> credentialHolders(Identity identity) {
        String own = credentialHolder(identity);
        Set<String> all = new LinkedHashSet<>();
        if (own != null) {
            all.add(own);
        }
        if (identity != null && identity.type() != IdentityType.INHERITED && identity.principalKey() != null) {
            all.addAll(holdersOfPrincipal.getOrDefault(identity.principalKey(), Set.of()));
        }
        return List.copyOf(all);
    }

    /**
     * Everyone whose credentials some agent of the whole deployment acts with: a split assessment's
     * part holds only its own agents, and a deployment-wide waiver is judged against all of them.
     */
    public List<String> credentialHolders() {
        return credentialHolders;
    }

    /** Who is one person, among everyone the deployment names. */
    public People people() {
        return people;
    }

    /**
     * The people holding any of some roles ({@link People#of}), how many people they are at least, and
     * for each name ({@link People#comparedName}) the people in the pool who bear it, each by an id of that name.
     */
    private record Pool(Set<String> persons, int count, Map<String, Map<String, String>> byName) {
    }

    /** The pool of each list of roles: thousands of checkpoints name the same few lists. */
    private final Map<List<String>, Pool> pools = new ConcurrentHashMap<>();

    /**
     * How many people hold any of {@code roles}, not counting anyone who may be one of {@code excluded}
     * ({@link People#same}: a namesake of no address is left out with the person it may be).
     */
    public int poolSize(List<String> roles, Collection<String> excluded) {
        Pool pool = pools.computeIfAbsent(roles, this::pool);
        if (pool.byName().isEmpty()) {
            // No names to mistake (a generated fleet's people have none): each person counts one, and a requester is one of them or none.
            return pool.count() - (int) excluded.stream().map(people::of).distinct().filter(pool.persons()::contains).count();
        }
        Set<String> left = null;
        for (String requester : excluded) {
            String own = people.of(requester);
            if (pool.persons().contains(own)) {
                left = left == null ? new HashSet<>(pool.persons()) : left;
                left.remove(own);
            }
            String name = people.comparedName(requester);
            for (Map.Entry<String, String> namesake : name == null ? Set.<Map.Entry<String, String>>of()
                    : pool.byName().getOrDefault(name, Map.of()).entrySet()) {
                if (people.same(namesake.getValue(), requester)) {
                    left = left == null ? new HashSet<>(pool.persons()) : left;
                    left.remove(namesake.getKey());
                }
            }
        }
        return left == null ? pool.count() : people.persons(left);
    }

    private Pool pool(List<String> roles) {
        Set<String> persons = new HashSet<>();
        Map<String, Map<String, String>> byName = new HashMap<>();
        for (String role : roles) {
            for (String id : holders.getOrDefault(role, Set.of())) {
                String person = people.of(id);
                persons.add(person);
                String name = people.comparedName(id);
                if (name != null) {
                    byName.computeIfAbsent(name, n -> new HashMap<>()).putIfAbsent(person, id);
                }
            }
        }
        return new Pool(persons, people.persons(persons), byName);
    }
}
