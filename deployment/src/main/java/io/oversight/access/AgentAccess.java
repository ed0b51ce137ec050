package io.oversight.access;

import io.oversight.deployment.model.Identity;
import java.util.List;

/** What one agent's identity can do, environment by environment, in the order the deployment first grants them. */
public record AgentAccess(String agentId, Identity identity, List<EnvironmentAccess> environments) {

    public AgentAccess {
        environments = List.copyOf(environments);
    }
}
