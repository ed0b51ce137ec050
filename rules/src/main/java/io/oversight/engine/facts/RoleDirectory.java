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
                holders.computeIfAbsent(role, r -> new HashSet<>()).add(this.people.of(person.id()));
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

    /** The people holding any of the roles, by list of roles: thousands of checkpoints name the same few lists. */
    private final Map<List<String>, Set<String>> holdersOfAny = new ConcurrentHashMap<>();

    /** How many distinct people hold any of {@code roles}, not counting those in {@code excluded}. */
    public int poolSize(List<String> roles, Collection<String> excluded) {
        Set<String> pool = holdersOfAny.computeIfAbsent(roles, r -> {
            Set<String> all = new HashSet<>();
            r.forEach(role -> all.addAll(holders.getOrDefault(role, Set.of())));
            return all;
        });
        return pool.size() - (int) excluded.stream().map(people::of).distinct().filter(pool::contains).count();
    }
}
