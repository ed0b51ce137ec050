package io.oversight.deployment.model;

import java.util.Locale;

/**
 * A credential an agent's runtime configuration hands it or one of its MCP servers that is a
 * person's rather than the agent's: a long-lived personal token written in the file
 * ({@code personal}), or a value taken from the operator's environment or profile. {@code name} is
 * the variable or header; a token's value is never kept, a profile's name or file ({@code profile},
 * masked; null for any other credential) is, to tell whose it is. {@code evidencePath} names the
 * runtime file and the place in it. {@code caller} for the credential of whoever calls the agent,
 * passed on to its tools.
 */
public record RuntimeCredential(String name, boolean personal, String profile, String evidencePath, boolean caller) {

    /**
     * Whether this is a profile named for {@code identity}'s principal ({@code AWS_PROFILE=agent-bot}
     * for the role {@code agent-bot}, a kubeconfig file {@code agent-bot.yaml}): the way a
     * configuration selects the agent's own credentials. Any other profile, and a token, is a
     * person's as far as the file shows.
     */
    public boolean selects(Identity identity) {
        if (profile == null || identity.principalKey() == null) {
            return false;
        }
        return lastName(profile).equals(lastName(identity.principalKey()));
    }

    /** The last segment of a key, name or path, without a file's extension, case aside. */
    private static String lastName(String written) {
        String name = written.strip();
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}
