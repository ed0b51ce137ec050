package io.oversight.engine.facts;

import io.oversight.deployment.model.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who holds which approver role. Built once per deployment so that an approver pool costs a
 * lookup per role, not a scan of everyone per checkpoint.
 */
public final class RoleDirectory {

    private final Map<String, Set<String>> holders = new HashMap<>();

    public RoleDirectory(Collection<Person> people) {
        for (Person person : people) {
            for (String role : person.roles()) {
                holders.computeIfAbsent(role, r -> new HashSet<>()).add(person.id());
            }
        }
    }

    /** The distinct people holding any of {@code roles}, except those in {@code excluded}. */
    public Set<String> pool(List<String> roles, Collection<String> excluded) {
        Set<String> pool = new HashSet<>();
        for (String role : roles) {
            pool.addAll(holders.getOrDefault(role, Set.of()));
        }
        pool.removeAll(excluded);
        return pool;
    }
}
