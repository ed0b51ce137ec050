package io.oversight.engine.facts;

import io.oversight.catalog.action.ActionPattern;
import io.oversight.deployment.model.Checkpoint;
import java.util.List;

/**
 * A checkpoint that really gates: enforced by the platform and closed when nobody answers.
 * {@code patterns} are the provider-qualified actions it lists ({@code ec2:Terminate*},
 * {@code kubernetes:*}), read as the provider reads them: wildcards, and case ignored.
 */
public record EffectiveCheckpoint(String agentId, Checkpoint checkpoint, List<ActionPattern> patterns) {

    public EffectiveCheckpoint(String agentId, Checkpoint checkpoint) {
        this(agentId, checkpoint, checkpoint.actions().stream().filter(a -> a.indexOf(':') > 0).map(ActionPattern::of).toList());
    }

    /**
     * Whether this gate stands in front of {@code grant}: same environment, and its verb listed, or
     * a listed action that covers every action the grant stands for. A gate over {@code s3:Delete*}
     * covers {@code s3:DeleteBucket} and not {@code s3:*}, whose delete rights are not all spelt so.
     */
    public boolean covers(Grant grant) {
        if (!checkpoint.appliesIn(grant.environment())) {
            return false;
        }
        if (checkpoint.actions().contains("*") || checkpoint.actions().contains(grant.verb().word())) {
            return true;
        }
        if (patterns.isEmpty()) {
            return false;
        }
        ActionPattern granted = ActionPattern.of(grant.action());
        for (ActionPattern listed : patterns) {
            if (listed.covers(granted)) {
                return true;
            }
        }
        return false;
    }

    public int approvals() {
        return checkpoint.approvals();
    }
}
