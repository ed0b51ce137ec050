package io.oversight.deployment.model;

/**
 * The platform identity an agent's runtime configuration runs it as: a kagent Agent's service
 * account ({@code namespace/name}), a Bedrock agent's role (an ARN, or the template's reference to
 * one, {@code !GetAtt AgentRole.Arn}). {@code byDefault} says the file names none and the
 * platform's default applies.
 */
public record RuntimePrincipal(String name, boolean byDefault, String evidencePath) {

    /**
     * Whether {@code principal}, as a deployment declares it, can be this one: the same service
     * account in either spelling, the same role by ARN or by name, or a template reference, which
     * only the deployed stack resolves.
     */
    public boolean admits(String principal) {
        return name.startsWith("!") || Identity.principalKey(principal).equals(Identity.principalKey(name));
    }
}
