package io.oversight.deployment.model;

import java.time.LocalDate;
import java.util.List;

/** What an agent's identity is granted in one environment. */
public record Permission(
        String agentId,
        String path,
        String environment,
        List<String> resources,
        List<String> actions,
        String justification,
        LocalDate lastReviewed) {

    public Permission {
        resources = List.copyOf(resources);
        actions = List.copyOf(actions);
    }

    /**
     * What the grant is, independent of where it is written: environment, actions and resources,
     * sorted. Findings about a permission are fingerprinted by it, so that reordering or moving
     * entries in the file does not make an old finding look new.
     */
    public String key() {
        return environment + "|" + String.join(",", new java.util.TreeSet<>(actions)) + "|" + String.join(",", new java.util.TreeSet<>(resources));
    }
}
