package io.oversight.deployment.model;

/** The credentials an agent acts with. */
public record Identity(String agentId, String path, IdentityType type, String principal, String inheritedFrom, Integer credentialTtlMinutes) {
}
