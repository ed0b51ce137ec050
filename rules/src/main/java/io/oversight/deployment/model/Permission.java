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
}
