package io.oversight.deployment.model;

/**
 * The credentials an agent acts with. {@code configuredAt} is null for an identity the deployment
 * declares; for one taken from the agent's runtime configuration (when the deployment declares
 * none), the evidence path of what decides it there: the service account or role, or a person's
 * credential handed to the agent.
 */
public record Identity(String agentId, String path, IdentityType type, String principal, String inheritedFrom, Integer credentialTtlMinutes,
                       String configuredAt) {
}
