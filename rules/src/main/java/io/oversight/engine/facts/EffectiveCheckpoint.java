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
        // A grant written as a format verb ("delete") stands for every provider action of that verb:
        // only the verb or "*" gates it, never a pattern such as *:Delete*, which misses Terminate* and the rest.
        if (patterns.isEmpty() || grant.action().indexOf(':') < 0) {
            return false;
        }
        if (gates(grant.action())) {
            return true;
        }
        // rbac: is Oversight's name for one Kubernetes API group: a request for a RoleBinding is a Kubernetes create, which a
        // gate over kubernetes:* or kubernetes:create stands in front of (Kubernetes review: it had been reported ungated).
        return grant.action().regionMatches(true, 0, RBAC, 0, RBAC.length()) && gates(KUBERNETES + grant.action().substring(RBAC.length()));
    }

    private static final String RBAC = "rbac:";
    private static final String KUBERNETES = "kubernetes:";

    /** Whether a listed pattern covers {@code action}; Kubernetes authorizes kubernetes:create:jobs as the verb create, which covers it too. */
    private boolean gates(String action) {
        ActionPattern granted = ActionPattern.of(action);
        int resource = action.indexOf(':', action.indexOf(':') + 1);
        ActionPattern verb = resource < 0 ? null : ActionPattern.of(action.substring(0, resource));
        for (ActionPattern listed : patterns) {
            if (listed.covers(granted) || verb != null && listed.covers(verb)) {
                return true;
            }
        }
        return false;
    }

    public int approvals() {
        return checkpoint.approvals();
    }
}
