package io.oversight.deployment.model;

import java.util.List;

/**
 * A human approval gate in front of an agent's actions. {@code environments} is null when the
 * gate applies everywhere; {@code approvals} already holds the default of one.
 */
public record Checkpoint(
        String agentId,
        String path,
        int index,
        String name,
        List<String> environments,
        List<String> actions,
        int approvals,
        List<String> approverRoles,
        Boolean independentOfRequester,
        Integer timeoutMinutes,
        OnTimeout onTimeout,
        Enforcement enforcement) {

    public Checkpoint {
        environments = environments == null ? null : List.copyOf(environments);
        actions = List.copyOf(actions);
        approverRoles = List.copyOf(approverRoles);
    }

    /** How findings name the checkpoint: {@code agent/name}, or by position when unnamed. */
    public String subjectId() {
        return agentId + "/" + (name != null ? name : "checkpoints[" + index + "]");
    }

    public boolean appliesIn(String environment) {
        return environments == null || environments.contains(environment);
    }
}
