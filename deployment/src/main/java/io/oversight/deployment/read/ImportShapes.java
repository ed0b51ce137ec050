package io.oversight.deployment.read;

import java.util.List;

/**
 * The shapes of the documents a deployment imports, as AWS and Kubernetes write them (their keys
 * keep their own spelling). They are not part of format oversight/v1, so the schema does not
 * declare them.
 */
final class ImportShapes {

    private ImportShapes() {
    }

    /** An IAM policy document. */
    static final Shape POLICY = Shape.foreign("policy", List.of("Statement"), "Version", "Id");
    /** The output of {@code aws iam get-policy-version}, which wraps the document. */
    static final Shape POLICY_VERSION_OUTPUT = Shape.foreign("policy version output", List.of("PolicyVersion"));
    static final Shape POLICY_VERSION = Shape.foreign("PolicyVersion", List.of("Document"), "VersionId", "IsDefaultVersion", "CreateDate");
    static final Shape STATEMENT = Shape.foreign("statement", List.of("Effect"),
            "Sid", "Action", "NotAction", "Resource", "NotResource", "Condition", "Principal", "NotPrincipal");

    /** A Kubernetes RBAC object; {@code metadata} is read leniently, as clusters add many keys to it. */
    static final Shape RBAC_OBJECT = Shape.foreign("RBAC object", List.of("apiVersion", "kind", "metadata"),
            "rules", "aggregationRule", "roleRef", "subjects");
    static final Shape RULE = Shape.foreign("rule", List.of("verbs"), "apiGroups", "resources", "resourceNames", "nonResourceURLs");
    static final Shape ROLE_REF = Shape.foreign("roleRef", List.of("kind", "name"), "apiGroup");
    static final Shape SUBJECT = Shape.foreign("subject", List.of("kind", "name"), "namespace", "apiGroup");
    static final Shape AGGREGATION_RULE = Shape.foreign("aggregationRule", List.of(), "clusterRoleSelectors");
    static final Shape LABEL_SELECTOR = Shape.foreign("label selector", List.of(), "matchLabels", "matchExpressions");
}
