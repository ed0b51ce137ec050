package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.SecretMasker;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which environment variables and headers handed to an agent or an MCP server are
 * credentials, and where each comes from. Only the variable's name and the reference are kept,
 * never a written value.
 */
final class Credentials {

    /** A name that says it holds a secret: {@code GITHUB_TOKEN}, {@code DB_PASSWORD}, {@code Authorization}. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(token|secret|passw(or)?d|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth[_-]?key)|authorization|x-api-key");

    /** Variables that select the operator's own credentials rather than hold one. */
    private static final Set<String> OPERATOR_PROFILES = Set.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SHARED_CREDENTIALS_FILE",
            "AWS_CONFIG_FILE", "KUBECONFIG", "GOOGLE_APPLICATION_CREDENTIALS", "CLOUDSDK_CONFIG", "AZURE_CONFIG_DIR", "DOCKER_CONFIG");

    /** {@code ${input:id}}: VS Code asks for the value. */
    private static final Pattern INPUT = Pattern.compile("\\$\\{input:([^}]+)}");
    /** {@code ${env:NAME}}, {@code ${NAME}}, {@code $NAME} (with Claude Code's {@code ${NAME:-default}}): read from the environment. */
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Credentials() {
    }

    /** The credential that {@code name = value} hands over, if it is one. */
    static Optional<Credential> of(String name, String value, Position at) {
        Matcher input = INPUT.matcher(value);
        if (input.find()) {
            return Optional.of(new Credential(name, CredentialSource.PROMPTED, input.group(1), at));
        }
        if (SecretMasker.holdsPersonalToken(value)) {
            return Optional.of(new Credential(name, CredentialSource.PERSONAL_TOKEN, null, at));
        }
        boolean secretName = SECRET_NAME.matcher(name).matches();
        boolean profile = OPERATOR_PROFILES.contains(name);
        Matcher environment = ENVIRONMENT.matcher(value);
        if (environment.find() && (secretName || profile || isCredentialVariable(variable(environment)))) {
            return Optional.of(new Credential(name, CredentialSource.ENVIRONMENT, variable(environment), at));
        }
        if (profile) {
            return Optional.of(new Credential(name, CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(value), at));
        }
        if ((secretName && !value.isBlank()) || !SecretMasker.mask(value).equals(value)) {
            return Optional.of(new Credential(name, CredentialSource.WRITTEN, null, at));
        }
        return Optional.empty();
    }

    /** Whether an environment variable of this name is a credential when passed on by reference. */
    static boolean isCredentialVariable(String name) {
        return SECRET_NAME.matcher(name).matches() || OPERATOR_PROFILES.contains(name);
    }

    private static String variable(Matcher environment) {
        return environment.group(1) != null ? environment.group(1) : environment.group(2);
    }
}
