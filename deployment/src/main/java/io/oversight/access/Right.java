package io.oversight.access;

import io.oversight.deployment.SourceMap;
import io.oversight.catalog.action.Verb;
import java.util.List;

/**
 * One thing an identity can do, classified, and where it was written: an action of the deployment,
 * or a right imported from an IAM policy or RBAC manifests. {@code verbs} are most dangerous first;
 * {@code origin} says which statement or role granted it (empty for the deployment's own actions);
 * {@code borrowed} whose credentials the identity holds it through ("inherited from dana-chen",
 * "shared with deploy-bot", "via role arn:aws:iam::111122223333:role/ops"), empty for the agent's
 * own permissions.
 */
public record Right(String action, List<Verb> verbs, List<String> except, List<String> resources, List<String> conditions,
                    List<String> notes, SourceMap.Location source, String origin, String borrowed) {

    public Right {
        verbs = List.copyOf(verbs);
        except = List.copyOf(except);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
    }

    public boolean destructive() {
        return verbs.stream().anyMatch(Verb::destructive);
    }

    public boolean highImpact() {
        return verbs.stream().anyMatch(Verb::highImpact);
    }

    /** Whether the right was imported from a document that grants it (an IAM policy, RBAC manifests), not written in the deployment. */
    public boolean imported() {
        return !origin.isEmpty();
    }

    /** Whether no rule recognises the action, or some action a pattern stands for: it counts as high-impact. */
    public boolean unclassified() {
        return verbs.contains(Verb.UNKNOWN);
    }
}
