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

    /** The words of a secret's kind that a variable's or a file's name ends in: a password, an API, access, private or auth key, credentials. */
    private static final String SECRET_WORDS = "passw(or)?d|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth[_-]?key";

    /**
     * A name that says it holds a secret: {@code GITHUB_TOKEN}, {@code DB_PASSWORD}, {@code MYSQL_PWD},
     * {@code DB_PASS}, Terraform's {@code TF_TOKEN_<host>}, {@code Authorization}; not a page's or a
     * cursor's token, which marks a place in a listing.
     */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(?!.*(page|next|continuation|cursor)[_-]?token$)(.*(token|secret|" + SECRET_WORDS + ")|(.*[_-])?(pass|pwd)"
                    + "|tf_token_.+|authorization|x-api-key)");

    /**
     * A name that says it holds a database's address ({@code DATABASE_URL}, {@code PG_DSN},
     * {@code MONGODB_URI}, {@code SQL_CONNECTION_STRING}): such an address carries the user and
     * password the database is reached with, so one taken from the environment is a credential. A
     * written one is when it shows a password ({@link SecretMasker} masks it), not when it names a
     * local database with none.
     */
    private static final Pattern CONNECTION_NAME = Pattern.compile(
            "(?i)(.*[_-])?(database|db|postgres(ql)?|pg|mysql|mariadb|mongo(db)?|redis|amqp|rabbitmq|mssql|sql(server)?|jdbc)[_-]?(ur[il]|dsn)"
                    + "|(?!sentry)(.*[_-])?dsn|.*conn(ection)?[_-]?str(ing)?s?(__.*)?");

    /**
     * A name that says it points at a file holding a secret ({@code TOKEN_FILE},
     * {@code --credentials-file}, {@code PRIVATE_KEY_PATH}): the file is the operator's credential as
     * a named profile is. A key of any other kind ({@code JSON_KEY_PATH}, {@code CACHE_KEY_PATH},
     * a public key's) is none.
     */
    private static final Pattern SECRET_FILE_NAME = Pattern.compile(
            "(?i)(?!.*(public|pub[_-]))(.*[_-])?(tokens?|secrets?|pass|ssh[_-]?key|tls[_-]?key|service[_-]?account[_-]?key|" + SECRET_WORDS
                    + ")[_-]?(file|path)");

    /**
     * A name that says it chooses which of the operator's credentials are used: a kubeconfig
     * however it is spelled ({@code KUBECONFIG_PATH}, {@code --kube-config}), a Kubernetes context,
     * an AWS profile ({@code AWS_API_MCP_PROFILE_NAME}), a role to assume, a service account to act
     * as ({@code --impersonate-service-account}).
     */
    private static final Pattern PROFILE_NAME = Pattern.compile(
            "(?i).*kube[_-]?config.*|(k8s|kube|kubectl)[_-]?context|aws([_-].*)?[_-]profile([_-]name)?|(.*[_-])?role[_-]arn"
                    + "|(impersonate[_-])?service[_-]account([_-](email|name))?");

    /** Variables that select the operator's own credentials rather than hold one. */
    private static final Set<String> OPERATOR_PROFILES = Set.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SHARED_CREDENTIALS_FILE",
            "AWS_CONFIG_FILE", "KUBECONFIG", "GOOGLE_APPLICATION_CREDENTIALS", "CLOUDSDK_CONFIG", "AZURE_CONFIG_DIR", "DOCKER_CONFIG");

    /**
     * The key id of a temporary AWS session ({@code ASIA...}, what {@code aws sts get-session-token}
     * or an SSO login exports): whoever's session it is, most often the operator's copied in, the
     * agent acts with it, not with an identity of its own.
     */
    private static final Pattern AWS_SESSION_KEY = Pattern.compile("(?<![A-Za-z0-9])ASIA[0-9A-Z]{16}\\b");

    /** {@code ${file:/path}}: Windsurf reads the value from a file of the operator's when it starts the server. */
    private static final Pattern FILE = Pattern.compile("\\$\\{file:([^}]+)}");

    /** {@code ${input:id}}: VS Code asks for the value. */
    private static final Pattern INPUT = Pattern.compile("\\$\\{input:([^}]+)}");
    /** {@code ${env:NAME}}, {@code ${NAME}}, {@code $NAME} (with Claude Code's {@code ${NAME:-default}}): read from the environment. */
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{(?:env:)?([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Credentials() {
    }

    /** The credential that {@code name = value} hands over, if it is one. */
    static Optional<Credential> of(String written, String value, Position at) {
        String name = asVariable(written);
        Matcher input = INPUT.matcher(value);
        if (input.find()) {
            return Optional.of(new Credential(written, CredentialSource.PROMPTED, input.group(1), at));
        }
        Matcher file = FILE.matcher(value);
        if (file.find()) {
            return Optional.of(new Credential(written, CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(file.group(1)), at));
        }
        if (AWS_SESSION_KEY.matcher(value).find()) {
            return Optional.of(new Credential(written, CredentialSource.OPERATOR_PROFILE, "a temporary AWS session written in the file", at));
        }
        if (SecretMasker.holdsPersonalToken(value)) {
            return Optional.of(new Credential(written, CredentialSource.PERSONAL_TOKEN, null, at));
        }
        boolean secretName = SECRET_NAME.matcher(name).matches();
        boolean profile = OPERATOR_PROFILES.contains(name) || SECRET_FILE_NAME.matcher(name).matches() || PROFILE_NAME.matcher(name).matches();
        Matcher environment = ENVIRONMENT.matcher(value);
        if (environment.find() && (secretName || profile || CONNECTION_NAME.matcher(name).matches() || isCredentialVariable(variable(environment)))) {
            return Optional.of(new Credential(written, CredentialSource.ENVIRONMENT, variable(environment), at));
        }
        if (profile && !noFile(value, SECRET_FILE_NAME.matcher(name).matches())) {
            return Optional.of(new Credential(written, CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(value), at));
        }
        if ((secretName && !value.isBlank()) || !SecretMasker.mask(value).equals(value)) {
            return Optional.of(new Credential(written, CredentialSource.WRITTEN, null, at));
        }
        return Optional.empty();
    }

    /** Whether an environment variable of this name is a credential when passed on by reference. */
    static boolean isCredentialVariable(String name) {
        return SECRET_NAME.matcher(name).matches() || OPERATOR_PROFILES.contains(name) || SECRET_FILE_NAME.matcher(name).matches()
                || PROFILE_NAME.matcher(name).matches() || CONNECTION_NAME.matcher(name).matches();
    }

    /**
     * Whether a value given as the operator's credentials names none: nothing, or the null device;
     * for a name of a secret's file ({@code asFile}), also a public key ({@code id.pub}, {@code jwt.pub.pem}).
     */
    private static boolean noFile(String value, boolean asFile) {
        String file = value.strip().toLowerCase(java.util.Locale.ROOT);
        return file.isEmpty() || file.equals("/dev/null") || file.equals("nul")
                || asFile && (file.endsWith(".pub") || file.endsWith(".pub.pem") || file.contains("public"));
    }

    /**
     * A command-line flag as the variable it stands for: {@code --kubeconfig} is {@code KUBECONFIG}
     * and {@code --aws-profile} is {@code AWS_PROFILE}, so a flag naming the operator's credentials
     * file is read as the variable naming it is. Other names are themselves.
     */
    private static String asVariable(String name) {
        if (!name.startsWith("-")) {
            return name;
        }
        return name.replaceFirst("^-+", "").replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private static String variable(Matcher environment) {
        return environment.group(1) != null ? environment.group(1) : environment.group(2);
    }
}
