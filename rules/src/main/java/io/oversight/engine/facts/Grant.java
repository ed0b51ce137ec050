package io.oversight.engine.facts;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * One action an agent's identity may take in one environment, classified. A wildcard pattern that
 * stands for actions of several verbs ({@code s3:Put*}) is one grant per verb, so that a
 * checkpoint gating one of them does not hide the others.
 */
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

    /**
     * The grants of a permission entry, each located where its action was written: the list item
     * in the deployment, or for an imported permission the action in the policy or role
     * ({@code policy.json#/Statement/0/Action/2}).
     */
    public static List<Grant> of(Permission permission) {
        List<Grant> grants = new ArrayList<>(permission.actions().size());
        if (permission.isImported()) {
            for (ImportedRight right : permission.source().rights()) {
                add(grants, permission, right.action(), ActionClassifier.verbs(right.action(), right.except()), right.evidencePath());
            }
            return grants;
        }
        for (int i = 0; i < permission.actions().size(); i++) {
            String action = permission.actions().get(i);
            add(grants, permission, action, ActionClassifier.verbs(action), permission.path() + "/actions/" + i);
        }
        return grants;
    }

    private static void add(List<Grant> grants, Permission permission, String action, java.util.Set<Verb> verbs, String evidencePath) {
        for (Verb verb : verbs) {
            grants.add(new Grant(permission.agentId(), permission.environment(), action, verb, verb.destructive(), verb.highImpact(),
                    ActionClassifier.isWildcard(action), permission.path(), permission.key(), evidencePath));
        }
    }
}
