package io.oversight.engine.facts;

import io.oversight.access.RightDescription;
import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.BackupRights;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * One action an agent's identity may take in one environment, classified. A wildcard pattern that
 * stands for actions of several verbs ({@code s3:Put*}) is one grant per verb, so that a
 * checkpoint gating one of them does not hide the others. {@code except} are the patterns carved
 * out of the action (an IAM {@code NotAction}, a partial deny), {@code resources} what it reaches, less
 * {@code resourcesExcept} (an IAM {@code NotResource}'s, out of its "*");
 * {@code imported} whether the action is written as its provider writes it.
 * {@code origin} says whether the agent's owner intends it or the agent can take it besides;
 * {@code provenance} words that for findings; {@code via} locates the rights through which it is
 * reached (a role chain's assume rights), empty for a right held directly. {@code production} and
 * {@code critical} are its environment's kind ({@link EnvironmentKinds}).
 */
public record Grant(
        String agentId,
        String environment,
        String action,
        List<String> except,
        List<String> resources,
        List<String> resourcesExcept,
        boolean imported,
        Verb verb,
        boolean destructive,
        boolean highImpact,
        boolean wildcard,
        boolean production,
        boolean critical,
        String permissionPath,
        String permissionKey,
        String evidencePath,
        GrantOrigin origin,
        String provenance,
        List<String> via) {

    public Grant {
        except = List.copyOf(except);
        resources = List.copyOf(resources);
        resourcesExcept = List.copyOf(resourcesExcept);
        via = List.copyOf(via);
    }

    /**
     * Equal grants have equal fields, so hashing a few of them is consistent with the record's
     * equality. Rules join grants by identity of value ({@code Coverage( grant == $g )}), which hashes
     * a grant at every such join: the record's own hash walked all sixteen fields and three lists.
     */
    @Override
    public int hashCode() {
        return (java.util.Objects.hashCode(agentId) * 31 + java.util.Objects.hashCode(evidencePath)) * 31 + verb.ordinal();
    }

    /** How a finding names the grant: the real actions behind its pattern and the resources it reaches ({@link RightDescription}). */
    public String described() {
        return RightDescription.of(action, except, verb, resources, imported) + RightDescription.except(resourcesExcept);
    }

    /**
     * The right to destroy backups this grant holds, as {@link BackupRights} names it: none, or one.
     * A list, so that a rule reads it with {@code from} and asks only of grants it has joined.
     */
    public List<String> backupRights() {
        return BackupRights.reached(action, except, verb, resources).stream().toList();
    }

    /** How a finding names the grant's action: the real actions behind its pattern, without the resources. */
    /** Whether the grant is of the agent's own entry, made with its facts, not derived from a right it borrows or reaches through a role. */
    public boolean ownEntry() {
        return (origin == GrantOrigin.DECLARED || origin == GrantOrigin.IMPORTED) && via.isEmpty();
    }

    public String describedAction() {
        return RightDescription.granted(action, except) + RightDescription.behind(action, except, verb, imported);
    }

    /** The resources the grant reaches, as a finding lists them ("a, b, c (+2 more)"); empty when none is named. */
    public String reach() {
        return resources.isEmpty() ? "" : RightDescription.bounded(resources) + RightDescription.except(resourcesExcept);
    }

    /**
     * The grants of a permission entry the agent holds, each located where its action was written:
     * the list item in the deployment (the agent's entry, or its operator's), or for an imported
     * permission the action in the policy or role ({@code policy.json#/Statement/0/Action/2}). In a
     * critical environment, or a production one of no stated criticality, an action no rule
     * recognises is taken as destructive: nothing shows it is not, and there a wrong guess costs the
     * most.
     */
    public static List<Grant> of(HeldPermission held, EnvironmentKinds kinds) {
        Permission permission = held.permission();
        String key = permission.key();
        boolean production = kinds.isProduction(permission.environment());
        boolean critical = kinds.isCritical(permission.environment());
        boolean unknownDestroys = kinds.mayBeCritical(permission.environment());
        List<Grant> grants = new ArrayList<>(permission.actions().size());
        if (permission.isImported()) {
            for (ImportedRight right : permission.source().rights()) {
                add(grants, held, key, production, critical, unknownDestroys, right.action(), right.writtenAs(), right.except(),
                        right.resources().stream().map(ImportedRight.Resource::pattern).distinct().toList(),
                        right.resources().stream().flatMap(r -> r.except().stream()).distinct().toList(), right.evidencePath());
            }
            return grants;
        }
        for (int i = 0; i < permission.actions().size(); i++) {
            String action = permission.actions().get(i);
            add(grants, held, key, production, critical, unknownDestroys, action, action, List.of(), permission.resources(), List.of(),
                    permission.path() + "/actions/" + i);
        }
        return grants;
    }

    /**
     * {@code key} is the permission's, made once for all its grants (it sorts the actions and
     * resources). {@code writtenAs} is the action as written, which says whether the grant is a
     * wildcard: a Kubernetes rule's {@code *} is a wildcard in each verb it grants.
     */
    private static void add(List<Grant> grants, HeldPermission held, String key, boolean production, boolean critical,
                            boolean unknownDestroys, String action, String writtenAs, List<String> except, List<String> resources,
                            List<String> resourcesExcept, String evidencePath) {
        Permission permission = held.permission();
        for (Verb verb : ActionClassifier.verbs(action, except)) {
            boolean destructive = verb.destructive() || unknownDestroys && verb == Verb.UNKNOWN;
            grants.add(new Grant(held.agentId(), permission.environment(), action, except, resources, resourcesExcept, permission.isImported(),
                    verb, destructive, verb.highImpact(),
                    ActionClassifier.isWildcard(writtenAs), production, critical, permission.path(), key, evidencePath, held.origin(),
                    held.describeOrigin(), held.chainEvidence()));
        }
    }
}
