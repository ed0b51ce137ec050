package io.oversight.deployment.runtime;

import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.RuntimeCredential;
import io.oversight.deployment.model.RuntimeDelegate;
import io.oversight.deployment.model.RuntimePrincipal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who a runtime configuration makes its agent act as, and whom it hands work to, for the model:
 * the platform identity it names, the credentials it hands over that are a person's, and its
 * delegates, each cited at its place in the file. The names a finding may quote (the identity's,
 * the variable's) are masked as the deployment's own texts are: the file may hold a secret anywhere.
 */
public final class AgentIdentities {

    /**
     * Credentials that are a person's, not the agent's: written personal tokens, the operator's
     * environment and profiles, and the caller's own passed on to the agent's tools.
     */
    private static final Set<CredentialSource> A_PERSONS = EnumSet.of(CredentialSource.PERSONAL_TOKEN, CredentialSource.ENVIRONMENT,
            CredentialSource.OPERATOR_PROFILE, CredentialSource.CALLER);

    private AgentIdentities() {
    }

    /** The identity the configuration runs the agent as; null when it names none. */
    public static RuntimePrincipal principal(RuntimeConfiguration configuration) {
        RuntimeIdentity identity = configuration.identity();
        return identity == null ? null : new RuntimePrincipal(SecretMasker.mask(identity.name()), identity.byDefault(),
                SourceMap.pathAt(configuration.file(), identity.position()));
    }

    /** The credentials handed to the agent, or to a server it starts, that are a person's; in file order. */
    public static List<RuntimeCredential> personCredentials(RuntimeConfiguration configuration) {
        return Stream.concat(configuration.credentials().stream(),
                        configuration.servers().stream().filter(McpServer::isEnabled).flatMap(s -> s.credentials().stream()))
                .filter(c -> A_PERSONS.contains(c.source()))
                .sorted(Comparator.comparing((Credential c) -> c.file() != null).thenComparing(Credential::position))
                .map(c -> new RuntimeCredential(SecretMasker.mask(c.name()), c.source() == CredentialSource.PERSONAL_TOKEN,
                        c.source() == CredentialSource.OPERATOR_PROFILE ? c.reference() : null,
                        configuration.pathAt(c.file(), c.position()), c.source() == CredentialSource.CALLER))
                .toList();
    }

    /** The agents the configuration hands work to, not yet resolved to agents of the deployment. */
    public static List<RuntimeDelegate> delegates(RuntimeConfiguration configuration) {
        return configuration.delegates().stream()
                .map(d -> new RuntimeDelegate(d.name(), d.reference(), null, SourceMap.pathAt(configuration.file(), d.position())))
                .toList();
    }
}
