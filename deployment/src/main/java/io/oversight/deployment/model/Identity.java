package io.oversight.deployment.model;

/**
 * The credentials an agent acts with. {@code configuredAt} is null for an identity the deployment
 * declares; for one taken from the agent's runtime configuration (when the deployment declares
 * none), the evidence path of what decides it there: the service account or role, or a person's
 * credential handed to the agent.
 */
public record Identity(String agentId, String path, IdentityType type, String principal, String inheritedFrom, Integer credentialTtlMinutes,
                       String configuredAt) {

    private static final String SERVICE_ACCOUNT = "system:serviceaccount:";

    /**
     * {@link #principal} as one key for its spellings; null when none is named, or when it is a
     * template's reference ({@code !GetAtt AgentRole.Arn}), which names a role only once the stack
     * is deployed: two templates' references are no evidence of one principal.
     */
    public String principalKey() {
        return principal == null || principal.startsWith("!") ? null : principalKey(principal);
    }

    /**
     * A principal as one key for the spellings that name the same credentials: a Kubernetes service
     * account written as the user it authenticates as, {@code system:serviceaccount:NS:NAME}, is
     * {@code NS/NAME}, as kubectl prints it. Other principals are compared as written.
     */
    public static String principalKey(String principal) {
        return principal.startsWith(SERVICE_ACCOUNT) ? principal.substring(SERVICE_ACCOUNT.length()).replace(':', '/') : principal;
    }
}
