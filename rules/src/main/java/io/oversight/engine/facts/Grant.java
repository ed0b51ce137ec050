package io.oversight.engine.facts;

import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.List;

/** One action an agent's identity may take in one environment, classified. */
public record Grant(
        String agentId,
        String environment,
        String action,
        Verb verb,
        boolean destructive,
        boolean highImpact,
        boolean wildcard,
        String permissionPath,
        String permissionKey,
        String evidencePath) {

    /** The grants of a permission entry, one per action, each located at its list item. */
    public static List<Grant> of(Permission permission) {
        List<Grant> grants = new ArrayList<>(permission.actions().size());
        for (int i = 0; i < permission.actions().size(); i++) {
            String action = permission.actions().get(i);
            Verb verb = ActionClassifier.classify(action);
            grants.add(new Grant(permission.agentId(), permission.environment(), action, verb, verb.destructive(),
                    verb.highImpact(), ActionClassifier.isWildcard(action), permission.path(), permission.key(), permission.path() + "/actions/" + i));
        }
        return grants;
    }
}
