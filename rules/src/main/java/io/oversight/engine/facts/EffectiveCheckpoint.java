package io.oversight.engine.facts;

import io.oversight.deployment.model.Checkpoint;

/** A checkpoint that really gates: enforced by the platform and closed when nobody answers. */
public record EffectiveCheckpoint(String agentId, Checkpoint checkpoint) {

    /** Whether this gate stands in front of {@code grant}: same environment, and its verb or action listed. */
    public boolean covers(Grant grant) {
        return checkpoint.appliesIn(grant.environment())
                && (checkpoint.actions().contains("*") || checkpoint.actions().contains(grant.verb().word())
                || checkpoint.actions().contains(grant.action()));
    }

    public int approvals() {
        return checkpoint.approvals();
    }
}
