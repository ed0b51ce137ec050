package io.oversight.deployment.model;

/**
 * Another agent an agent's runtime configuration hands work to (a kagent Agent tool, a Bedrock
 * collaborator): {@code name} and {@code reference} as the file writes them, and {@code to}, the
 * agent of the deployment that runs as it, once resolved (null before). {@code evidencePath} names
 * the runtime file and the place in it.
 */
public record RuntimeDelegate(String name, String reference, String to, String evidencePath) {

    public RuntimeDelegate resolvedTo(String agentId) {
        return new RuntimeDelegate(name, reference, agentId, evidencePath);
    }
}
