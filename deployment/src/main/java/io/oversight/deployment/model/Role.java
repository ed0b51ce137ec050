package io.oversight.deployment.model;

/**
 * A role an identity may take on ({@code roles[]}): its ARN and the policy attached to it
 * ({@code fromAwsIamPolicy}). An imported policy that allows {@code sts:AssumeRole} or
 * {@code iam:PassRole} on the role's ARN reaches the role's rights. {@code source} is null when the
 * policy could not be read (reported, so the deployment is never assessed); {@code breakGlass} is
 * null unless the role is kept for emergencies.
 */
public record Role(String path, String arn, PermissionSource source, BreakGlass breakGlass) {

    /**
     * Whether {@code identity} acts as this role: its principal names the role in any spelling
     * ({@link Identity#principalKey}), and so holds the role's rights as surely as assuming it would.
     * Never for an inherited identity, which acts with a person's credentials.
     */
    public boolean actedAsBy(Identity identity) {
        return identity != null && identity.type() != IdentityType.INHERITED && source != null && arn != null
                && identity.principalKey() != null && Identity.principalKey(arn).equals(identity.principalKey());
    }
}
