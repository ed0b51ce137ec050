package io.oversight.deployment.model;

import io.oversight.catalog.action.Verb;
import java.util.EnumSet;
import java.util.Set;

/**
 * A switch an MCP server is started with that keeps tools from it, as the server itself enforces:
 * {@code --read-only} registers only the tools that read, {@code --disable-destructive} leaves out
 * those that delete. Read only for servers whose switches are known ({@code McpServerFields}); any
 * other server is taken to offer every tool its name suggests.
 */
public enum ServerLimit {
    READ_ONLY("read-only"),
    /**
     * Read-only on a server whose reads return secrets to act with: kubernetes-mcp-server's and
     * mcp-server-kubernetes' get and list of a Secret (unless the server is told to deny the kind),
     * the AWS API server's read operations, GetSecretValue among them (runtime red team).
     */
    READ_ONLY_WITH_SECRETS("read-only, its reads returning secrets"),
    NON_DESTRUCTIVE("without destructive tools");

    private final String words;

    ServerLimit(String words) {
        this.words = words;
    }

    /** How a message names the limit: "read-only". */
    public String words() {
        return words;
    }

    /**
     * What a tool whose name reaches {@code verbs} can still do on a server so limited: on a
     * read-only server it reads (and hands out secrets, where the server's reads return them), or is
     * not offered at all (no verb) when its name says it only writes; without destructive tools, what it reaches less deleting, administering and granting
     * ({@code *}: every other verb).
     */
    public Set<Verb> narrow(Set<Verb> verbs) {
        Set<Verb> left = EnumSet.noneOf(Verb.class);
        if (this == READ_ONLY || this == READ_ONLY_WITH_SECRETS) {
            boolean reads = verbs.contains(Verb.READ) || verbs.contains(Verb.ALL) || verbs.contains(Verb.UNKNOWN);
            if (reads) {
                left.add(Verb.READ);
            }
            // A read that hands out a secret is a grant, as a get of a Kubernetes Secret is anywhere else.
            if (this == READ_ONLY_WITH_SECRETS && (reads || verbs.contains(Verb.GRANT))) {
                left.add(Verb.GRANT);
            }
            return left;
        }
        for (Verb verb : verbs) {
            if (verb == Verb.ALL) {
                for (Verb each : Verb.values()) {
                    if (!each.destructive() && each != Verb.UNKNOWN) {
                        left.add(each);
                    }
                }
            } else if (!verb.destructive()) {
                left.add(verb);
            }
        }
        return left;
    }
}
