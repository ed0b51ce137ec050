package io.oversight.deployment.model;

import java.util.List;

/**
 * Where an imported permission's rights were read: an AWS IAM policy document or Kubernetes RBAC
 * manifests. {@code written} is the path as the deployment gives it, {@code file} the path
 * Oversight reads and cites. {@code denied} holds rights an unconditional deny removed entirely;
 * they are shown, not granted. {@code denies} are the Deny statements that apply to the rights
 * (an IAM policy's; none for RBAC, which has none), to judge a request on one resource.
 */
public record PermissionSource(String kind, String written, String file, List<ImportedRight> rights, List<ImportedRight> denied,
                               List<IamDeny> denies) {

    public static final String AWS_IAM_POLICY = "aws-iam-policy";
    public static final String KUBERNETES_RBAC = "kubernetes-rbac";

    public PermissionSource {
        rights = List.copyOf(rights);
        denied = List.copyOf(denied);
        denies = List.copyOf(denies);
    }
}
