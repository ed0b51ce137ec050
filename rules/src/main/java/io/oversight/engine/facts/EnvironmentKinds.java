package io.oversight.engine.facts;

import io.oversight.deployment.model.Environment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deployment's production environments and, among them, the critical ones and those of no
 * stated criticality ({@link Environment#production()}, {@link Environment#critical()},
 * {@link Environment#unratedProduction()}), by name. A grant takes its environment's kind when it
 * is made, so that rules filter grants on it instead of joining each grant to the environment's
 * fact.
 */
public record EnvironmentKinds(Set<String> production, Set<String> critical, Set<String> unrated) {

    public EnvironmentKinds {
        production = Set.copyOf(production);
        critical = Set.copyOf(critical);
        unrated = Set.copyOf(unrated);
    }

    public static EnvironmentKinds of(List<Environment> environments) {
        return new EnvironmentKinds(
                environments.stream().filter(Environment::production).map(Environment::name).collect(Collectors.toSet()),
                environments.stream().filter(Environment::critical).map(Environment::name).collect(Collectors.toSet()),
                environments.stream().filter(Environment::unratedProduction).map(Environment::name).collect(Collectors.toSet()));
    }

    /** {@link Environment#mayBeCritical()}, by name. */
    public boolean mayBeCritical(String environment) {
        return critical.contains(environment) || unrated.contains(environment);
    }

    public boolean isProduction(String environment) {
        return production.contains(environment);
    }

    public boolean isCritical(String environment) {
        return critical.contains(environment);
    }
}
