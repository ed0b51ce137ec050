package io.oversight.engine.facts;

import io.oversight.deployment.model.Environment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deployment's production environments and, among them, the critical ones
 * ({@link Environment#production()}, {@link Environment#critical()}), by name. A grant takes its
 * environment's kind when it is made, so that rules filter grants on it instead of joining each
 * grant to the environment's fact.
 */
public record EnvironmentKinds(Set<String> production, Set<String> critical) {

    public EnvironmentKinds {
        production = Set.copyOf(production);
        critical = Set.copyOf(critical);
    }

    public static EnvironmentKinds of(List<Environment> environments) {
        return new EnvironmentKinds(
                environments.stream().filter(Environment::production).map(Environment::name).collect(Collectors.toSet()),
                environments.stream().filter(Environment::critical).map(Environment::name).collect(Collectors.toSet()));
    }

    public boolean isProduction(String environment) {
        return production.contains(environment);
    }

    public boolean isCritical(String environment) {
        return critical.contains(environment);
    }
}
