package io.oversight.deployment.model;

/** The credentials an agent acts with. */
public record Identity(String agentId, String path, String type, String principal, String inheritedFrom, Integer credentialTtlMinutes) {
}
