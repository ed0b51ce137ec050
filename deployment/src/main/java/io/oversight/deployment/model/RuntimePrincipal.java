package io.oversight.deployment.model;

import java.util.Locale;

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
        if (name.startsWith("!") || Identity.principalKey(principal).equals(Identity.principalKey(name))) {
            return true;
        }
        return roleName(principal).equals(roleName(name));
    }

    /** An IAM role's name, from its ARN ({@code arn:aws:iam::1:role/path/Name}) or as written. */
    private static String roleName(String role) {
        int slash = role.lastIndexOf('/');
        return (role.contains(":role/") && slash >= 0 ? role.substring(slash + 1) : role).toLowerCase(Locale.ROOT);
    }
}
