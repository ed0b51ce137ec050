package io.oversight.deployment;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in text from the user's files before any output carries it:
 * values shaped like well-known credentials (cloud access and secret keys, API tokens, JWTs,
 * private keys, passwords in URLs, signatures of presigned URLs) and the value of any key named
 * like a token, secret or password, written as YAML or JSON in block, flow or quoted form, or as
 * an environment assignment; in prose,
 * a word that could be a password after a credential word, and a comment that names a credential
 * beside such a word.
 * Reports are filed and shared; a secret pasted into a deployment description must not travel
 * with them.
 */
public final class SecretMasker {

    /** What a secret is shown as, wherever it is hidden. */
    public static final String MASK = "****";

    /**
     * Said of an imported file that is not what it should be, whose content is then kept out of
     * the message: a path may name another file by mistake, such as one of secrets.
     */
    public static final String NOT_QUOTED = "; nothing of the file is quoted, since it may be another file, such as one of secrets";

    /**
     * The words a variable's name in capitals holds when it names a secret: anywhere in a name, as a
     * word of its own or at the end of a glued one ({@code DB_PASSWORD_PROD}, {@code PGPASSWORD_RO});
     * {@code PASS} only as a word of its own ({@code DB_PASS_PROD}, not {@code BYPASS_CACHE}).
     */
    private static final List<String> CAPITAL_SECRET_WORDS = List.of("PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "API_KEY", "PRIVATE_KEY");

    /**
     * The last words of a capital name that make it a setting about a secret, not the secret: where it
     * is kept ({@code DB_PASSWORD_FILE}, {@code VAULT_TOKEN_PATH}) or a measure of it
     * ({@code PASSWORD_MIN_LENGTH}, {@code TOKEN_TTL_DAYS}). Evidence the report must show.
     */
    private static final List<String> SETTING_ENDINGS = List.of("FILE", "PATH", "DIR", "LENGTH", "LEN", "TTL", "TIMEOUT", "SECONDS", "MINUTES",
            "HOURS", "DAYS", "COUNT", "SIZE", "LIMIT", "ENABLED", "MODE", "TYPE", "NAME", "POLICY", "ROTATION", "EXPIRY", "AGE", "URL", "ENDPOINT");

    /** A capital name with one of {@link #CAPITAL_SECRET_WORDS} that does not end in one of {@link #SETTING_ENDINGS}. */
    private static final String CAPITAL_SECRET_NAME = "(?-i:[A-Z0-9_]*(?:(?:" + String.join("|", CAPITAL_SECRET_WORDS) + ")|(?<![A-Z0-9])PASS)"
            + "(?=_|[\"'\\s:=]|$)(?:_(?!(?:" + String.join("|", SETTING_ENDINGS) + ")(?:[\"'\\s:=]|$))[A-Z0-9]+)*)";

    /**
     * A key that names a secret: the name ends in one of these words, so that {@code credentialTtlMinutes} is no secret;
     * a variable's name in capitals holds one anywhere.
     */
    private static final Pattern SECRET_KEY_NAME = Pattern.compile(
            "(?i)(?:[\\w.-]*(?:token|secret|passw(?:or)?d|passphrase|pwd|api[_-]?key|private[_-]?key|access[_-]?key"
                    + "|secret[_-]?key|credentials?|auth[_-]?key|client[_-]?secret|app(?:lication)?[_-]?key|routing[_-]?key"
                    + "|integration[_-]?key|master[_-]?key|signing[_-]?key|encryption[_-]?key|subscription[_-]?key|functions?[_-]?key"
                    + "|license[_-]?key|[_-]dsn|[_-]pass|pw|referer)"
                    // A variable's name in capitals holds its secret word anywhere: DB_PASSWORD_PROD, PGPASSWORD_RO, VAULT_TOKEN_FILE.
                    + "|" + CAPITAL_SECRET_NAME + ")");

    /** A key and what separates it from its value ({@code db_password_prod: }, {@code "apiKeyProd"=}); {@link #secretKey} judges its name. */
    private static final Pattern KEY_CANDIDATE = Pattern.compile("(?<![\\w.-])([\\w.-]+)[\"']?[ \\t]*[:=][ \\t]*");

    /** Whether a key's name names a secret: as {@link #SECRET_KEY_NAME} reads it, or by its words ({@link SecretNames}). */
    private static boolean secretName(String name) {
        return SECRET_KEY_NAME.matcher(name).matches() || SecretNames.secret(name);
    }

    /**
     * The first key of {@code text} from {@code from} whose name names a secret, with the blanks and mark after it, found with
     * {@code candidate}, a matcher of {@link #KEY_CANDIDATE} over the text; null when there is none.
     */
    private static MatchResult secretKey(Matcher candidate, String text, int from) {
        int at = from;
        while (at < text.length() && candidate.find(at)) {
            if (secretName(candidate.group(1))) {
                return candidate.toMatchResult();
            }
            at = candidate.end();
        }
        return null;
    }

    /**
     * A line of a private key's body: base64, a PEM or PGP armor header, or blank (PGP's line after
     * its headers), as a regular expression of one line without its end.
     */
    private static final String KEY_MATERIAL = "[ \\t]*(?:[A-Za-z0-9+/=]+|(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):[^\\n]*)?[ \\t]*";

    /** {@link #KEY_MATERIAL}, for one line. */
    private static final Pattern KEY_MATERIAL_LINE = Pattern.compile(KEY_MATERIAL);

    /**
     * Where a token's prefix may start: not inside a word of letters and digits, but after an
     * underscore, as a tool name may glue one to its server's ({@code mcp__gh__ghp_...}).
     */
    private static final String TOKEN_START = "(?<![A-Za-z0-9])";

    /**
     * Long-lived tokens issued to a person: an IAM user's access key, GitHub classic and
     * fine-grained personal access tokens, a GitHub OAuth token (what {@code gh auth token} prints)
     * and a GitHub App's refresh token for a user, GitLab personal tokens, Slack user tokens, and the
     * personal access tokens and user keys of Supabase, DigitalOcean, Hugging Face, Sentry (a user's,
     * not an organization's {@code sntrys_}), Databricks, Doppler (not its service tokens), npm, PyPI,
     * Postman, Linear and Figma, each in its service's own format. An agent handed one acts as that
     * person. Each is a secret value too.
     */
    private static final List<Pattern> PERSONAL_TOKENS = List.of(
            Pattern.compile(TOKEN_START + "AKIA[0-9A-Z]{16}\\b"),
            Pattern.compile(TOKEN_START + "gh[por]_[A-Za-z0-9]{30,}\\b"),
            Pattern.compile(TOKEN_START + "github_pat_[A-Za-z0-9_]{40,}\\b"),
            Pattern.compile(TOKEN_START + "glpat-[A-Za-z0-9_-]{20,}\\b"),
            Pattern.compile(TOKEN_START + "xoxp-[A-Za-z0-9-]{10,}\\b"),
            Pattern.compile(TOKEN_START + "sbp_[a-f0-9]{40}\\b"),
            Pattern.compile(TOKEN_START + "do[opr]_v1_[a-f0-9]{64}\\b"),
            Pattern.compile(TOKEN_START + "hf_[A-Za-z0-9]{30,}\\b"),
            Pattern.compile(TOKEN_START + "sntryu_[a-f0-9]{64}\\b"),
            Pattern.compile(TOKEN_START + "dapi[a-f0-9]{32}(?:-[0-9]+)?\\b"),
            Pattern.compile(TOKEN_START + "dp\\.pt\\.[A-Za-z0-9]{40,}\\b"),
            Pattern.compile(TOKEN_START + "npm_[A-Za-z0-9]{36}\\b"),
            Pattern.compile(TOKEN_START + "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"),
            Pattern.compile(TOKEN_START + "PMAK-[a-f0-9]{24}-[a-f0-9]{34}\\b"),
            Pattern.compile(TOKEN_START + "lin_api_[A-Za-z0-9]{40}\\b"),
            Pattern.compile(TOKEN_START + "figd_[A-Za-z0-9_-]{40,}"));

    /**
     * An AWS access key id with its secret key after it ({@code AKIA…:SECRET}, {@code AKIA…/SECRET},
     * as backup tools and URLs write the pair): masked together, first, since the secret key alone is
     * not taken after a colon or a slash (an ARN's resource is no key).
     */
    private static final Pattern AWS_KEY_PAIR = Pattern.compile(TOKEN_START
            + "(?:AKIA|ASIA)[0-9A-Z]{16}[:/=,;| ]+[A-Za-z0-9/+]{40}(?![A-Za-z0-9+])");

    private static final List<Pattern> SECRET_VALUES = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(AWS_KEY_PAIR), PERSONAL_TOKENS.stream()), java.util.stream.Stream.of(
            Pattern.compile(TOKEN_START + "(?:ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\\b"),
            // Vault tokens, before the secret key below takes a part of one.
            Pattern.compile(TOKEN_START + "hv[sbr]\\.[A-Za-z0-9_-]{20,}"),
            // SendGrid, Google OAuth access, Grafana service-account and Cloud tokens: also before the
            // secret key, which could take 40 characters of one.
            Pattern.compile(TOKEN_START + "SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}"),
            Pattern.compile(TOKEN_START + "ya29\\.[A-Za-z0-9_-]{20,}"),
            Pattern.compile(TOKEN_START + "gl(?:sa|c)_[A-Za-z0-9_+/=-]{32,}"),
            // An AWS secret access key: 40 characters of base64 with upper and lower case and a digit,
            // not after a colon: an ARN's resource (role/ and a name of 34) is no key.
            Pattern.compile("(?<![A-Za-z0-9/+=:])(?=[A-Za-z0-9/+]{0,39}[A-Z])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[0-9])"
                    + "[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"),
            Pattern.compile(TOKEN_START + "gh[ousr]_[A-Za-z0-9]{30,}\\b"),
            Pattern.compile(TOKEN_START + "xox[abosr]-[A-Za-z0-9-]{10,}\\b"),
            Pattern.compile("\\bhooks\\.slack(?:-gov)?\\.com/(?:services|triggers|workflows)/[A-Za-z0-9/]+"),
            // A Telegram bot's token.
            Pattern.compile("\\bbot[0-9]{6,12}:[A-Za-z0-9_-]{30,}"),

            Pattern.compile(TOKEN_START + "[sr]k_(?:live|test)_[A-Za-z0-9]{10,}\\b"),
            Pattern.compile(TOKEN_START + "sk-[A-Za-z0-9_-]{20,}\\b"),
            // Prefixed tokens of other services: Stripe webhook secrets, Slack app tokens, GitLab runner, deploy and trigger
            // tokens, PyPI, Shopify, Linear, Postman, New Relic, Sentry, Databricks, Doppler, Supabase, Mailgun, age keys.
            Pattern.compile(TOKEN_START + "(?:whsec_|xapp-|glrt-|gldt-|glptt-|pypi-|shp(?:at|ss|ca|pa)_|lin_api_|PMAK-|NRAK-|sntry[su]_|dapi"
                    + "|dp\\.pt\\.|sbp_|AGE-SECRET-KEY-|sq0(?:atp|csp)-)"
                    // Two digits at least, so that an id such as pypi-release-agent or dapi-gateway is no token.
                    + "(?=[A-Za-z_+/=.-]*[0-9][A-Za-z_+/=.-]*[0-9])[A-Za-z0-9_+/=.-]{12,}"),
            Pattern.compile(TOKEN_START + "key-[0-9a-f]{32}\\b"),
            Pattern.compile(TOKEN_START + "s\\.[A-Za-z0-9]{24}\\b"), // a Vault service token of the format before hvs.

            Pattern.compile(TOKEN_START + "AIza[0-9A-Za-z_-]{35}\\b"),
            Pattern.compile(TOKEN_START + "eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\b"),
            // A private key: to its END line when the text holds it (a block scalar), else the rest of its BEGIN line and
            // the lines of key material after it; a BEGIN line alone (a comment naming one) had masked all that followed.
            Pattern.compile("(?s)-----BEGIN [A-Z ]*PRIVATE KEY(?: BLOCK)?-----(?:.*?-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----"
                    + "|[^\\n]*(?:\\n" + KEY_MATERIAL + "(?=\\n|$))*)"),
            Pattern.compile("(?s)PuTTY-User-Key-File-[0-9]+:.*"))).toList();

    /**
     * A secret that is one parameter among others, masked alone so that the rest stays readable: the
     * key in an Azure storage connection string, the signature of a shared access signature (SAS),
     * and the signature, credential and session token of an S3 or Cloud Storage presigned URL.
     * Group 1 is the secret.
     */
    private static final List<Pattern> PARAMETER_SECRETS = List.of(
            // Connection strings are read without regard to case, and a key may come URL-encoded (%2B, %2F, %3D).
            Pattern.compile("(?i)\\b(?:Account|SharedAccess)Key=([A-Za-z0-9+/%]{16,}={0,2})"),
            Pattern.compile("(?<![\\w-])sig=([A-Za-z0-9%+/=]{16,})"),
            Pattern.compile("(?i)\\bX-(?:Amz|Goog)-(?:Signature|Credential|Security-Token)=([^\\s&'\"#]+)"),
            // A URL's query parameter named like a credential: a webhook's key=, an Azure Function's code=, a v2 presigned
            // Signature=, a session.
            Pattern.compile("(?i)[?&](?:key|code|token|access_token|apikey|api_key|secret|password|auth|signature|session(?:id)?|pat|jwt)"
                    + "=([^\\s&'\"#)]+)"));

    /**
     * The secret part of a webhook's URL, which lets anyone who has it post: Discord's token (its API
     * version in the path or not), the path of a Microsoft Teams or Office 365 connector, Webex's,
     * Zapier's and Mattermost's incoming hooks. Group 1 is the secret; the host stays readable, so
     * that two hooks stay two items.
     */
    private static final List<Pattern> WEBHOOK_SECRETS = List.of(
            Pattern.compile("(?i)\\bdiscord(?:app)?\\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{1,25}/([A-Za-z0-9_-]+)"),
            Pattern.compile("(?i)\\.webhook\\.office\\.com/webhookb2/([^\\s'\"():]+)"),
            Pattern.compile("(?i)\\boutlook\\.office(?:365)?\\.com/webhook/([^\\s'\"():]+)"),
            Pattern.compile("(?i)\\bwebexapis\\.com/v1/webhooks/incoming/([A-Za-z0-9_-]+)"),
            Pattern.compile("(?i)\\bhooks\\.zapier\\.com/hooks/catch/([A-Za-z0-9/_-]+)"),
            // Mattermost's is a server's own host, so only a URL's path /hooks/ and its 26-character key: a git hooks folder is no URL.
            Pattern.compile("(?i)\\bhttps?://[^\\s/'\"]+/hooks/([a-z0-9]{26})(?![A-Za-z0-9])"));

    /**
     * The password of a URL's user information: {@code https://user:PASSWORD@host}, to the last
     * {@code @} before the host, as URL parsers split it ({@code p@ss} is one password); also after
     * one '/', as a URL given for a file path is printed once the path is normalised ({@code https:/user:...}).
     */
    private static final Pattern PORT_AND_PATH = Pattern.compile("[0-9]*/.*");

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]+://?[^\\s:/@]*:)([^\\s'\"]+?)(@)(?=(?:\\[[0-9A-Fa-f:.]+\\]|[\\w.-]+)(?![\\w.@-]))");

    /**
     * The user of an HTTP URL that has no password: {@code https://TOKEN@git.example.com}, how a
     * token is given to git as the user alone. Masked when it has letters and digits and eight
     * characters or more; a name ({@code https://alice@bitbucket.org}) stays, as do ssh's users.
     */
    private static final Pattern URL_USER_TOKEN = Pattern.compile("(?i)\\bhttps?://([^\\s:/@'\"]+)(@)(?=(?:\\[[0-9A-Fa-f:.]+\\]|[\\w.-]+)(?![\\w@-]))");

    /**
     * The password of a Go driver's address: {@code user:PASSWORD@tcp(host:3306)/db}, which has no
     * {@code ://}; to the last {@code @} before the protocol, as the driver splits it (a password may hold {@code @} and {@code /}).
     */
    private static final Pattern DSN_PASSWORD = Pattern.compile("(?i)(?<![\\w.:/-])([\\w.-]+:)(\\S+)(@(?:tcp6?|udp|unix)\\()");

    /**
     * A name given to a value, as Kubernetes names headers and variables ({@code name: X-Api-Key}):
     * a regular expression, its key and the name (its group), quoted or not; {@link #secretPairName}
     * says whether it makes the value a secret.
     */
    private static final String NAME_PAIR = "[\"']?name[\"']?[ \\t]*:[ \\t]*[\"']?([\\w.-]+)[\"']?";

    /** How a name that makes its value a secret ends ({@code X-Api-Key}, {@code DB_PASSWORD}); {@link SecretNames} knows the others. */
    private static final Pattern PAIR_NAME = Pattern.compile("(?i)[\\w.-]*(?:key|token|secret|passw(?:or)?d|authorization|credentials?|cookie)");

    /** Whether {@code name}, given beside a value, makes the value a secret. */
    private static boolean secretPairName(String name) {
        return PAIR_NAME.matcher(name).matches() || SecretNames.secret(name);
    }

    /**
     * A pair's value: quoted, or to a comma, brace or blank. Bounded and possessive, so that a long
     * run that repeats "value:" is not scanned to its end from each (the review: a hostile file).
     */
    private static final String PAIR_VALUE = "(\"[^\"\\n]{0,1000}+\"|'[^'\\n]{0,1000}+'|[^,}\\s]{1,1000}+)";

    /** The value of a name and value pair whose name is a secret's, written on one line: {@code {name: X-Api-Key, value: V}}. */
    private static final Pattern NAMED_VALUE = Pattern.compile("(?i)(" + NAME_PAIR + "[ \\t]*,[ \\t]*[\"']?value[\"']?[ \\t]*:[ \\t]*)"
            + PAIR_VALUE);

    /** Six or more characters written as JSON's {@code \\u00XX} escapes in a row: a value spelt so that no pattern sees it. */
    private static final Pattern ESCAPED_RUN = Pattern.compile("(?:\\\\u00[2-7][0-9A-Fa-f]){6,}");

    /** A flag's name, past its dashes, that names a secret: {@code password}, {@code db-token}, {@code api-key}. */
    private static final String SECRET_FLAG_NAME = "(?!-|no-)[\\w-]*(?:token|secret|passw(?:or)?d|passphrase|pwd|api[_-]?key|access[_-]?key|credentials?|[_-]pass)"
            // One qualifier may follow the word (--password-prod), but no word of a setting about it (--token-file, --token-limit).
            + "(?:-(?!(?:stdin|" + String.join("|", SecretNames.settingWords()) + ")\\b)[a-z0-9]+)?";

    /**
     * A credential given on a command line, as a permission rule of an agent's runtime may spell one
     * ({@code Bash(deployctl --password Tr0ub4dor-and-3:*)}): the value after a flag named like a
     * secret and a blank (the {@code --flag=value} form is a secret-named key), after
     * {@code Bearer} or {@code Basic} in an authorization header, glued to a MySQL client's
     * {@code -p}, after curl's {@code -u user:}, and after the password flag of a registry or cloud
     * login, sshpass or redis-cli. (An environment variable set before the command is
     * {@link #ENVIRONMENT_SECRET}.)
     */
    private static final List<Pattern> COMMAND_LINE_SECRETS = commandLineSecrets();

    /**
     * The name of a header that carries a credential, as JSON and TOML maps and quoted arguments write them: not any X- header
     * (X-Request-Id) nor a server named like one ("k8s-api": {...}).
     */
    private static final String CREDENTIAL_HEADER = "(?:cookie|authorization|proxy-authorization|x-(?:[a-z0-9]+-)*?(?:api-key|key|token|auth"
            + "|authorization|secret|signature|session|jwt)(?:-[a-z0-9]+)*|[a-z0-9]+(?:-[a-z0-9]+)*-(?:key|token|auth|secret))"
            + "(?![\\w-])";

    /** Values a header or flag named like a credential takes as a setting (X-Token-Type: bearer), which are none. */
    private static final Set<String> SETTING_VALUES = Set.of("bearer", "basic", "true", "false", "enabled", "disabled", "none", "null", "yes", "no");

    /** The scheme word an authorization's value may start with, and the blank after it. */
    private static final String AUTHORIZATION_SCHEME = "(?:(?:bearer|basic|ssws|token|bot|oauth|key|geniekey|splunk|apikey|api-key|dsn)[ \\t]+)?";

    /**
     * What may stand between a program's name and its password's flag on one command line: bounded,
     * so that a long value that repeats the name (a hostile file) is not scanned to its end from each
     * (the review: a 60 KB value took 28 s).
     */
    private static final String ARGS = "[^\\n]{0,300}?";

    private static List<Pattern> commandLineSecrets() {
        // The value: to a blank or quote, or to where a runtime rule ends (":*)" or ")").
        String value = "([^\\s'\"]+?)(?=:\\*\\)|\\)|[\\s'\"]|$)";
        return List.of(
                Pattern.compile("(?i)(?<![\\w-])--?" + SECRET_FLAG_NAME + "[ \\t]+['\"]?(?!-)" + value),
                // The same flag as an item of an argument list (JSON, TOML, YAML flow), its value the next item: "--password", "...".
                Pattern.compile("(?i)(?<![\\w-])--?" + SECRET_FLAG_NAME + "['\"][ \\t]*,[ \\t]*['\"](?!-)([^'\"]+)"),
                // Unquoted, as a YAML flow list writes it: [--password, X].
                Pattern.compile("(?i)(?<![\\w-])--?" + SECRET_FLAG_NAME + "[ \\t]*,[ \\t]*(?![-'\"])([^\\s,\\]'\"]+)"),
                Pattern.compile("(?i)\\b(?:bearer|basic)[ \\t]+([A-Za-z0-9._~+/=-]{8,})"),
                // A header that carries a credential, written as a command writes it ("Cookie: ...", "X-Api-Key: ...",
                // "Authorization: SSWS ..."): its value, past the scheme word an authorization may start with.
                Pattern.compile("(?i)(?<![\\w-])" + CREDENTIAL_HEADER + "[ \\t]*(?::[ \\t]+|=[ \\t]*(?=['\"])|(?<=[ \\t])=[ \\t]+)['\"]?(?!" + AUTHORIZATION_SCHEME + "\\$)"
                        + AUTHORIZATION_SCHEME + value),
                // A credential header in a JSON or TOML map of headers ("Authorization": "Token ...", "X-Tenant-Key" = "..."), its
                // value quoted; a variable's name (${GITHUB_TOKEN}) is evidence, not the credential.
                Pattern.compile("(?i)['\"]" + CREDENTIAL_HEADER + "['\"][ \\t]*[:=][ \\t]*['\"](?!" + AUTHORIZATION_SCHEME + "\\$)" + AUTHORIZATION_SCHEME + value),
                // Passwords glued to a flag or after one a client reads as the password: curl -uuser:pass, --user=user:pass,
                // twine/mongosh -p, sqlcmd -P, ldapsearch -w, keytool -storepass, htpasswd -b user pass, smbclient -U user%pass.
                Pattern.compile("(?<![\\w-])(?:-u|--user=)['\"]?[^\\s:'\"]+:([^\\s'\"@]+?)(?=:\\*\\)|\\)|[\\s'\"@]|$)"),
                Pattern.compile("\\b(?:twine|mongosh|mongo|mongodump|mongorestore)\\b" + ARGS + "[ \\t]-p[ \\t]+['\"]?" + value),
                Pattern.compile("\\b(?:sqlcmd|bcp)\\b" + ARGS + "[ \\t]-P[ \\t]*['\"]?" + value),
                Pattern.compile("\\bldap[a-z]+\\b" + ARGS + "[ \\t]-w[ \\t]+['\"]?" + value),
                Pattern.compile("(?<![\\w-])-(?:storepass|keypass|srcstorepass|deststorepass)[ \\t]+['\"]?" + value),
                Pattern.compile("\\bhtpasswd\\b" + ARGS + "[ \\t]-[a-zA-Z]*b[a-zA-Z]*[ \\t]+(?:[^\\s]+[ \\t]+){1,2}['\"]?" + value),
                Pattern.compile("(?<![\\w-])-U[ \\t]+['\"]?[^\\s%'\"]+%" + value),
                Pattern.compile("(?i)(?<![\\w-])--(?:secret-string|secret-binary|body|key|auth|app-key|api-key|routing-key|dd-app-key)"
                        + "(?:[ \\t]+|=)['\"]?(?!-)" + value),
                Pattern.compile("\\b(?:mysql|mysqldump|mysqladmin|mariadb)\\b" + ARGS + "[ \\t]-p['\"]?" + value),
                Pattern.compile("(?<![\\w-])(?:-u|--user)[ \\t]+['\"]?[^\\s:'\"]+:([^\\s'\"@]+?)(?=:\\*\\)|\\)|[\\s'\"@]|$)"),
                Pattern.compile("\\b(?:docker|podman|buildah|skopeo|helm|oras|nerdctl|az|oc|cf)\\b" + ARGS + "\\blogin\\b" + ARGS + "[ \\t]-p[ \\t]+['\"]?" + value),
                Pattern.compile("\\bsshpass\\b" + ARGS + "[ \\t]-p[ \\t]*['\"]?" + value),
                Pattern.compile("\\bredis-cli\\b" + ARGS + "[ \\t]-a[ \\t]+['\"]?" + value),
                // A password piped to a login that reads it from its input: echo X | docker login --password-stdin.
                Pattern.compile("\\becho[ \\t]+['\"]?([^\\s'\"|]+)['\"]?[ \\t]*\\|[^|\\n]*--password-stdin"),
                // Passwords archivers, OpenSSL and message brokers take on their command lines (red team: an approved
                // command is written into Claude Code's settings word for word).
                Pattern.compile("\\bopenssl\\b" + ARGS + "[ \\t]-k[ \\t]+['\"]?" + value),
                Pattern.compile("(?<![\\w-])-(?:pass|passin|passout)[ \\t]+['\"]?pass:" + value),
                Pattern.compile("\\b(?:zip|unzip|zipcloak)\\b" + ARGS + "[ \\t]-P[ \\t]+['\"]?" + value),
                Pattern.compile("\\b7z[arz]?\\b" + ARGS + "[ \\t]-p['\"]?" + value),
                Pattern.compile("\\brabbitmqctl\\b" + ARGS + "\\b(?:add_user|change_password|authenticate_user)[ \\t]+[^\\s'\"]+[ \\t]+['\"]?" + value),
                Pattern.compile("\\bmc\\b" + ARGS + "\\b(?:alias[ \\t]+set|config[ \\t]+host[ \\t]+add)[ \\t]+[^\\s'\"]+[ \\t]+[^\\s'\"]+[ \\t]+[^\\s'\"]+[ \\t]+['\"]?" + value),
                Pattern.compile("(?i)\\bnet[ \\t]+user[ \\t]+[^\\s'\"/]+[ \\t]+['\"]?(?![/*])" + value),
                Pattern.compile("(?i)\\bnet[ \\t]+use\\b" + ARGS + "/user:[^\\s'\"]+[ \\t]+['\"]?(?!/)" + value),
                // Oracle's user/password@database, on the command line of its clients.
                Pattern.compile("\\b(?:sqlplus|sqlldr|expdp|impdp|rman|exp|imp)\\b" + ARGS + "[ \\t=]['\"]?[\\w$#]+/([^\\s@/'\"]+)@"),
                // A credential header given to curl without a blank after its colon, as a quoted argument: -H "X-Custom-Auth:VALUE".
                Pattern.compile("(?i)['\"]" + CREDENTIAL_HEADER + ":(?![ \\t])(?!" + AUTHORIZATION_SCHEME + "\\$)" + value));
    }

    /**
     * An environment variable named like a key or password set for a command, in capitals as a
     * shell's are, so that a YAML key such as sort_key keeps its value. Such names also hold
     * settings ({@code SKIP_AUTH=true}, {@code KMS_KEY=alias/prod}, {@code SORT_KEY=createdAt}),
     * which a reviewer must see: the value is masked only when {@link #secretShaped}.
     */
    private static final Pattern ENVIRONMENT_SECRET = Pattern.compile("(?<![\\w.-])[A-Z][A-Z0-9_]*_(?:KEY|PASS|AUTH)=['\"]?([^\\s'\"]+?)(?=:\\*\\)|\\)|[\\s'\"]|$)");

    /** Words that name a credential, in prose or a comment; written once, the patterns below are made from it. */
    private static final List<String> CREDENTIAL_WORDS = List.of("passphrase", "credentials", "credential", "password", "passwd", "secret",
            "token", "login", "pass", "pwd", "bearer", "creds", "pw", "passcode", "passwort", "kennwort", "passe");

    /** Credential words and the two-word names of keys ("api key: …", "access key …"). */
    private static final String CREDENTIAL = "(?i)\\b(?:" + String.join("|", CREDENTIAL_WORDS) + "|api[ _-]?key|access[ _-]?key)\\b";

    /** A word that says whose a credential is, between blanks: of, for, and German's and French's (für, du, de, des, d'). */
    private static final String OF = "(?:[ \\t]+(?:of|for|für|du|de|des)[ \\t]+|[ \\t]+d')";

    /**
     * What a credential word may name before "is" in prose: "the password of the break-glass
     * account is ...", "the token for deploy is ..." (two words at most, so that a sentence that
     * goes on is not read as one).
     */
    private static final String OF_WHAT = "(?:" + OF + "(?:the[ \\t]+)?[\\w.-]+(?:[ \\t]+[\\w.-]+)?)?";

    /** The verbs that give a password in prose: English, and German's and French's "is" ("Das Passwort ... ist", "Le mot de passe ... est"). */
    private static final String IS = "(?:is|was|are|were|ist|lautet|est)";

    /**
     * A password in prose: "the db password is Tr0ub4dor&3", "pass: CorrectHorse". The word after a
     * credential word and "is", "was", ":" or "=" is masked when it could be a password
     * ({@link #couldBePassword}); "the token is rotated daily" and "login: github-actions" keep theirs.
     * After a blank alone (group 1) prose often puts a word ("token bucket", "password rotation
     * policy", "pass Kubernetes manifests"), so there the word (group 2) is masked only when
     * {@link #secretShaped}: "password Sup3rSecretPass18". One pattern for the three, since each is a
     * pass over every text that may hold a secret; a password in quotes is {@link #QUOTED_PROSE_SECRET}'s.
     */
    private static final Pattern PROSE_SECRET = Pattern.compile(CREDENTIAL
            + "(?:" + OF_WHAT + "[ \\t]+" + IS + "[ \\t]+|[ \\t]*[:=][ \\t]*|([ \\t]*\\([^)\\n]{0,40}\\)[ \\t]*[:=][ \\t]*|[ \\t]+))([^\\s\"',;]{6,})");

    /**
     * A password written in quotes after a credential word in prose, as a passphrase of several
     * words is ("the password is \"correct horse battery staple\""): the quoted text is masked whole.
     */
    private static final Pattern QUOTED_PROSE_SECRET = Pattern.compile(CREDENTIAL + OF_WHAT
            + "(?:[ \\t]+(?:is|was)[ \\t]+|[ \\t]*[:=][ \\t]*)([\"'])([^\"'\\n]{4,})\\1");

    /**
     * The value of a key named auth ("auth=Sup3rSecretPass23"). It more often names a scheme
     * ("auth: oidc"), so the value is masked only when {@link #secretShaped}; and not after a dash or
     * colon, since {@code eks-auth:AssumeRoleForPodIdentity} is an IAM action.
     */
    private static final Pattern AUTH_VALUE = Pattern.compile("(?i)(?<![\\w.:/-])auth(?:[ \\t]*=|[ \\t]*:[ \\t])[ \\t]*([^\\s\"',;]{8,})");

    /**
     * A password in a longer sentence: "the password of the break-glass admin account in prod is
     * S3cr3t-E01". More words may stand between the credential word and "is" than {@link #OF_WHAT}
     * lets through, so the word after it is masked only when {@link #secretShaped}.
     */
    private static final Pattern LONG_PROSE_SECRET = Pattern.compile(CREDENTIAL
            + "(?:[ \\t]+(?:to|on|in)[ \\t]+|" + OF + ")(?:[\\w.-]+[ \\t]+){1,7}?" + IS + "[ \\t]+([^\\s\"',;]{8,})");

    /**
     * A user and password written as a pair in prose, after a word that says so: "the deploy user
     * (svc-deploy / Pw-2026x9q)"; "Windows / Ubuntu22.04" is none.
     */
    private static final Pattern SLASH_PAIR = Pattern.compile("(?i)\\b(?:user(?:name)?|login|account|creds|credentials?|password|passwd|pw)\\b"
            + "[^/\\n]{0,40}?[ \\t(][A-Za-z][\\w.@-]{1,40}[ \\t]+/[ \\t]+([^\\s\"',;)\\]]{8,})");

    /**
     * Oracle's user/password@database anywhere (a connect string in an MCP server's environment):
     * masked when it names a database as Easy Connect does ({@code @//host}; {@code @host:1521}, the
     * listener's ports, whatever the password; another port when the password could be one), or when
     * the password is {@link #secretShaped}; an image's digest ({@code org/app@sha256:...}) and a Go
     * module at a proxy ({@code pkg/mod@host:8080}) are none.
     */
    private static final Pattern CONNECT_STRING = Pattern.compile(
            "(?<![\\w/:.@$#-])[A-Za-z_][\\w$#]*/([^\\s/@'\"]+)@(//)?(?!sha[0-9]{3}:)[\\w.-]+(:[0-9]+(?![\\w.]))?");

    /** Oracle's listener ports, plain (1521, 1522, 1526) and TLS (2484): an address at one is a database's. */
    private static final Set<String> ORACLE_LISTENER_PORTS = Set.of(":1521", ":1522", ":1526", ":2484");

    /** The value of a name and value pair whose name is a secret's, the value first: {@code {value: V, name: PGPASS}}. */
    private static final Pattern VALUE_NAMED = Pattern.compile("(?i)[\"']?value[\"']?[ \\t]*:[ \\t]*" + PAIR_VALUE + "[ \\t]*,[ \\t]*"
            + NAME_PAIR);

    /** A YAML comment: from a {@code #} that starts the text or follows a blank, to the end of the line. */
    private static final Pattern COMMENT = Pattern.compile("(?:^|(?<=[ \\t]))#[^\\n]*");

    private static final Pattern CREDENTIAL_WORD = Pattern.compile(CREDENTIAL);

    private static final Pattern BLOCK_INDICATOR = Pattern.compile("[|>][0-9+-]*[ \\t]*(?:#.*)?");

    private SecretMasker() {
    }

    /**
     * The shortest run of token characters any of {@link #SECRET_VALUES} matches but the private
     * key, which has its dashes: {@code xoxb-} and ten more. A run of letters alone must be longer
     * to be a secret: {@code AKIA} and sixteen more.
     */
    private static final int SHORTEST_TOKEN = 15;
    private static final int SHORTEST_WORD_TOKEN = 20;

    /**
     * How the names {@link #SECRET_KEY_NAME} knows end, in lower case ({@code api_key} ends in {@code key}),
     * and those of the parameters and variables masked alone: {@code sig}, {@code X-Amz-Signature},
     * {@code DB_PASS}, {@code auth}, and the headers that carry a credential ({@code Cookie}).
     */
    private static final List<String> SECRET_KEY_ENDINGS = List.of("token", "secret", "password", "passwd", "passphrase", "pwd", "key",
            "credential", "credentials", "pass", "auth", "sig", "signature", "dsn", "pw", "referer", "cookie", "authorization");

    /** Whether {@code text} holds a long-lived token issued to a person (see {@link #PERSONAL_TOKENS}). */
    public static boolean holdsPersonalToken(String text) {
        return PERSONAL_TOKENS.stream().anyMatch(p -> p.matcher(text).find());
    }

    /**
     * Short texts that passed {@link #mayHoldSecret}, masked. A fleet repeats its words (a use case
     * such as {@code infrastructure-operations} passes: a long run with a dash), and the regular
     * expressions below were a third of binding 10,000 agents. Bounded, so that a file of distinct
     * values costs no more memory than this many entries.
     */
    private static final Map<String, String> RECENT = new ConcurrentHashMap<>();
    private static final int RECENT_MAX = 4096;
    private static final int RECENT_LONGEST = 80;

    /**
     * {@code text}, which a report quotes as written (a line of a file, a rule of a runtime, a
     * command line, a free text), with every secret {@link #mask} knows masked and, beyond those, every
     * run of token characters that looks drawn at random (see {@link #randomLooking}) and every UUID,
     * the shapes of the keys no pattern names (a Datadog application key, a PagerDuty routing key,
     * an Okta SSWS token, a Splunk or Heroku key). Not for ids, which {@link #holdsSecret} refuses
     * rather than masks: a name with a hash in it is an id, not a secret, and must stay readable.
     */
    public static String maskQuoted(String text) {
        String masked = mask(text);
        if (masked == null || masked.length() < SHORTEST_RANDOM) {
            return masked;
        }
        if (masked.contains("\\u00")) {
            masked = ESCAPED_RUN.matcher(masked).replaceAll(MASK);
        }
        if (masked.length() >= UUID_LENGTH && masked.indexOf('-') >= 0) {
            String withUuids = masked;
            masked = UUID.matcher(masked).replaceAll(m -> inArn(withUuids, m.start()) ? m.group() : MASK);
        }
        // One pass over the characters, no regular expression: every free text of a large fleet comes here.
        StringBuilder out = null;
        int copied = 0;
        int start = 0;
        for (int i = 0; i <= masked.length(); i++) {
            if (i < masked.length() && isRunCharacter(masked.charAt(i))) {
                continue;
            }
            if (i - start >= SHORTEST_RANDOM && randomLooking(masked, start, i) && !resourceId(masked, start, i)) {
                out = out == null ? new StringBuilder(masked.length()) : out;
                out.append(masked, copied, start).append(MASK);
                copied = i;
            }
            start = i + 1;
        }
        return out == null ? masked : out.append(masked, copied, masked.length()).toString();
    }

    /**
     * The characters random tokens are written in (base64's among them); a dash, an underscore, a
     * dot, a slash or a colon ends a run, so that a URL keeps its host and a name its words, and
     * only the random part of {@code glrt-XyZ12abCDef34ghIJkl56mN} is masked.
     */
    private static boolean isRunCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '=' || c == '~' || c == '%';
    }

    /** The kinds of AWS resource id, {@code KIND-} then 8 or 17 hexadecimal digits, that name a resource and hold no secret. */
    private static final Set<String> AWS_ID_KINDS = Set.of("i", "ami", "vpc", "subnet", "sg", "vol", "snap", "eni", "igw", "rtb", "acl",
            "nat", "eipalloc", "lt", "vpce", "tgw", "pcx", "fs", "key", "sgr", "eigw", "dopt", "cvpn", "prefix");

    /**
     * Whether the run of {@code text} from {@code start} to {@code end} is the hexadecimal id in an
     * ARN (a task's, a KMS key's) or an AWS resource id ({@code i-0f3a9c2b7d1e4a6b8},
     * {@code vpc-0a1b2c3d}): names, which a report must show as written, not keys. A run of mixed
     * case in an ARN is masked: a key pasted into one is still a key.
     */
    private static boolean resourceId(String text, int start, int end) {
        if (!lowerHex(text, start, end)) {
            return false;
        }
        if (inArn(text, start)) {
            return true;
        }
        int dash = start - 1;
        if (dash < 1 || text.charAt(dash) != '-' || end - start != 17 && end - start != 8) {
            return false;
        }
        int kind = dash;
        while (kind > 0 && text.charAt(kind - 1) >= 'a' && text.charAt(kind - 1) <= 'z') {
            kind--;
        }
        return (kind == 0 || !Character.isLetterOrDigit(text.charAt(kind - 1))) && AWS_ID_KINDS.contains(text.substring(kind, dash));
    }

    private static boolean lowerHex(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code at} lies in a word of {@code text} that begins {@code arn:}: an ARN names a resource. */
    private static boolean inArn(String text, int at) {
        int word = at;
        while (word > 0 && " \t\"'`([{,=<>".indexOf(text.charAt(word - 1)) < 0) {
            word--;
        }
        return text.startsWith("arn:", word);
    }

    /** The shortest run {@link #maskQuoted} reads as drawn at random. */
    private static final int SHORTEST_RANDOM = 12;
    private static final int UUID_LENGTH = 36;
    private static final Pattern UUID = Pattern.compile("(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])");

    /**
     * Whether the run of {@code text} from {@code start} to {@code end} looks drawn at random:
     * letters and digits both, at least two of each, switching between them at least three times
     * ({@code Hx5kP9mQ3vBn}, a hex key), which words and names with a number in them
     * ({@code x509Certificate}, {@code ubuntu2204}) do not.
     */
    static boolean randomLooking(String text, int start, int end) {
        int digits = 0;
        int letters = 0;
        int switches = 0;
        int previous = 0; // 1 a letter, 2 a digit
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int kind = c >= '0' && c <= '9' ? 2 : Character.isLetter(c) ? 1 : 0;
            if (kind == 2) {
                digits++;
            } else if (kind == 1) {
                letters++;
            }
            if (kind != 0 && previous != 0 && kind != previous) {
                switches++;
            }
            previous = kind == 0 ? previous : kind;
        }
        return digits >= 2 && letters >= 2 && switches >= 3;
    }

    /** {@code text} with every secret it shows replaced by {@value #MASK}. */
    public static String mask(String text) {
        if (text == null || !mayHoldSecret(text)) {
            return text;
        }
        if (text.length() > RECENT_LONGEST) {
            return maskByExpressions(text);
        }
        String masked = RECENT.get(text);
        if (masked == null) {
            masked = maskByExpressions(text);
            if (RECENT.size() < RECENT_MAX) {
                RECENT.put(text, masked);
            }
        }
        return masked;
    }

    private static String maskByExpressions(String text) {
        String masked = text;
        for (Pattern value : SECRET_VALUES) {
            masked = value.matcher(masked).replaceAll(MASK);
        }
        if (masked.indexOf('=') >= 0) { // each parameter has one; most texts have none
            for (Pattern parameter : PARAMETER_SECRETS) {
                masked = replaced(masked, parameter, m -> true, 1, MASK);
            }
        }
        if (masked.indexOf('/') >= 0) { // each webhook is a URL
            for (Pattern webhook : WEBHOOK_SECRETS) {
                masked = replaced(masked, webhook, m -> true, 1, MASK);
            }
        }
        // A password may hold a '/' (base64 does) or an '@', up to the '@' a host follows; a port followed by a path with an
        // '@' in it (host:443/@scope/pkg) is none.
        masked = replaced(masked, URL_PASSWORD, m -> !PORT_AND_PATH.matcher(m.group(2)).matches(), 2, MASK);
        masked = replaced(masked, URL_USER_TOKEN, m -> tokenUser(m.group(1)), 1, MASK);
        if (masked.indexOf('@') >= 0) {
            masked = DSN_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "$3");
            masked = replaced(masked, CONNECT_STRING, m -> !m.group(1).equals(MASK)
                    && (m.group(2) != null || m.group(3) != null && (couldBePassword(m.group(1)) || ORACLE_LISTENER_PORTS.contains(m.group(3)))
                    || secretShaped(m.group(1))), 1, MASK);
        }
        if (masked.indexOf(',') >= 0) {
            masked = replaced(masked, NAMED_VALUE, m -> secretPairName(m.group(2)), 3, MASK);
            masked = replaced(masked, VALUE_NAMED, m -> secretPairName(m.group(2)) && !m.group(1).equals(MASK), 1, MASK);
        }
        for (Pattern flag : COMMAND_LINE_SECRETS) {
            masked = replaced(masked, flag, m -> !m.group(1).equals(MASK) && !m.group(1).startsWith("$")
                    && !SETTING_VALUES.contains(m.group(1).toLowerCase(Locale.ROOT)), 1, MASK);
        }
        if (masked.indexOf('=') >= 0) {
            masked = replaced(masked, ENVIRONMENT_SECRET, m -> secretShaped(m.group(1)), 1, MASK);
        }
        return maskProse(maskComments(maskKeyedValues(masked)));
    }

    /** Whether {@code text} shows something {@link #mask} would hide: an id that does must be refused, not masked. */
    public static boolean holdsSecret(String text) {
        return text != null && !mask(text).equals(text);
    }

    /**
     * Whether a secret could be in {@code text} at all: a secret-named key has its name before a
     * {@code :} or {@code =}, a URL password its {@code ://}, a private key its {@code -----}, and
     * every token shape a run of token characters as long as {@link #SHORTEST_TOKEN} (or, of
     * letters only, {@link #SHORTEST_WORD_TOKEN}), a password in prose or a comment its credential
     * word. One pass over the characters, so that the names,
     * actions and short texts of a deployment of 100,000 agents skip the regular expressions.
     */
    private static boolean mayHoldSecret(String text) {
        int run = 0;
        boolean runHasNonLetter = false;
        int dashes = 0;
        int word = 0; // letters just before i
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == '=') && (text.startsWith("//", i + 1) || followsSecretKey(text, i) || text.startsWith("value", i - 5)
                    || text.startsWith("/user", i - 5)) // net use ... /user:NAME PASSWORD
                    || c == ' ' && i >= 8 && text.regionMatches(true, i - 8, "net user", 0, 8) // net user NAME PASSWORD
                    || c == ' ' && followsSecretFlag(text, i) || c == ',' && i > 1 && followsSecretFlag(text, isQuote(text.charAt(i - 1)) ? i - 1 : i)
                    || c == '@' && text.indexOf('(', i) > i && text.lastIndexOf(':', i) >= 0
                    || c == '@' && text.lastIndexOf('/', i) > text.lastIndexOf(' ', i) // a user/password@database
                    || c == '/' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') { // user / password
                return true;
            }
            if (c == '-' && i > 0 && text.charAt(i - 1) == ' ' && i + 2 < text.length()
                    && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '-')) {
                return true; // a flag: a client's password (-p, -P, -w, -storepass), a user and password (-u user:password)
            }
            dashes = c == '-' ? dashes + 1 : 0;
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && word > 0 && isCredentialWord(text, i - word, i)) {
                return true;
            }
            word = letter ? word + 1 : 0;
            if (letter || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '/' || c == '+') {
                runHasNonLetter = run == 0 ? !letter : runHasNonLetter || !letter;
                run++;
            } else {
                run = 0;
            }
            if (run >= SHORTEST_WORD_TOKEN || run >= SHORTEST_TOKEN && runHasNonLetter || dashes == 5) {
                return true;
            }
        }
        return word > 0 && isCredentialWord(text, text.length() - word, text.length());
    }

    private static boolean isCredentialWord(String text, int start, int end) {
        for (String w : CREDENTIAL_WORDS) {
            if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code :} or {@code =} at {@code at} follows a secret-named key, as {@link #SECRET_KEY_NAME} reads one. */
    private static boolean followsSecretKey(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end > 0 && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'')) {
            end--;
        }
        int start = end;
        while (start > 0 && isKeyCharacter(text.charAt(start - 1))) {
            start--;
        }
        String written = text.substring(start, end);
        String key = written.toLowerCase(Locale.ROOT);
        return SECRET_KEY_ENDINGS.stream().anyMatch(key::endsWith) || capitals(written) && CAPITAL_NAME.matcher(written).matches()
                || SecretNames.secret(written);
    }

    /** Whether {@code name} is written in capitals, digits and '_': a pass over its characters before any expression, as every ':' of an ARN comes here. */
    private static boolean capitals(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static final Pattern CAPITAL_NAME = Pattern.compile(CAPITAL_SECRET_NAME);

    /** Whether the blank at {@code at} follows a command-line flag named like a secret ({@code --api-key}). */
    private static boolean followsSecretFlag(String text, int at) {
        int start = at;
        while (start > 0 && isKeyCharacter(text.charAt(start - 1))) {
            start--;
        }
        return start < at && text.charAt(start) == '-' && followsSecretKey(text, at);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static boolean isKeyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    /**
     * The lines of a file that belong to a secret written over several lines: the body of a block
     * scalar under a secret-named key ({@code password: |}), the lines a quoted value under such a
     * key goes on over (TOML's {@code """}, a YAML string folded over lines), the value on the line
     * after a name that is a secret's ({@code - name: X-Api-Key} then {@code value: ...}) or before it
     * ({@code - value: ...} then {@code name: PGPASS}), the item after
     * a secret's flag in an argument list written one item a line ({@code "--password",} then the
     * password), the line that goes on from one ending on a credential word when its first word could be the password
     * (a comment or a description wrapped: "the admin password is" then "# Tr0ub4dor-3"), a private
     * key between its BEGIN and END lines (PEM, PGP), and a PuTTY key file from its first line.
     * {@link #mask} sees one line at a time and cannot know these.
     */
    public static BitSet secretBlocks(List<String> lines) {
        BitSet secret = new BitSet();
        int blockIndent = -1;
        boolean inKey = false;
        String closing = null; // the quote that ends a secret value going on over lines
        boolean valueNext = false; // the line before named a secret; its value may be on this one
        Predicate<String> wrapped = null; // the line before ended on a credential word: its first word may be the secret
        boolean itemNext = false; // the line before ended on a secret's flag in an argument list: its value is this line's item
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (closing != null) {
                secret.set(i);
                closing = closes(line, 0, closing) ? null : closing;
                continue;
            }
            if (valueNext && VALUE_LINE.matcher(line).lookingAt() && !startsItem(line) || itemNext && !line.isBlank() && !FLAG_ITEM.matcher(line).lookingAt()
                    || i + 1 < lines.size() && namedNext(line, lines.get(i + 1))) {
                secret.set(i);
            }
            itemNext = line.indexOf('-') >= 0 && SECRET_FLAG_ITEM_END.matcher(line).find();
            if (wrapped != null) {
                Matcher first = FIRST_WORD.matcher(line);
                if (first.lookingAt() && wrapped.test(first.group(1))) {
                    secret.set(i);
                }
            }
            wrapped = endsOnCredential(line);
            valueNext = line.indexOf("ame") >= 0 && secretNameLine(line); // name, Name, NAME
            if (line.indexOf('"') >= 0 || line.indexOf('\'') >= 0) {
                closing = openQuote(line);
            }
            int indent = indentation(line);
            if (inKey && (line.contains("-----END ") || KEY_MATERIAL_LINE.matcher(line).matches())) {
                secret.set(i);
                inKey = !line.contains("-----END ");
                continue;
            }
            inKey = false; // a BEGIN line without a body (a comment naming one) ends at the first line that is no key
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    secret.set(i);
                    continue;
                }
                blockIndent = -1;
            }
            if ((line.contains("PRIVATE KEY-----") || line.contains("PRIVATE KEY BLOCK-----")) && line.contains("-----BEGIN ")
                    && !line.contains("-----END ")) {
                inKey = true; // the BEGIN line itself is masked by mask(), from its BEGIN on
                continue;
            }
            if (line.contains("PuTTY-User-Key-File-")) {
                secret.set(i, lines.size()); // a PuTTY key file is a key to its end
                break;
            }
            if (line.indexOf('|') < 0 && line.indexOf('>') < 0) {
                continue; // no block scalar starts here; most lines end at this test
            }
            MatchResult key = secretKey(KEY_CANDIDATE.matcher(line), line, 0);
            if (key != null && BLOCK_INDICATOR.matcher(line.substring(key.end()).strip()).matches()) {
                blockIndent = indent;
            }
        }
        return secret;
    }

    /** A line whose first item is a flag ({@code "--read-only",}), no flag's value. */
    private static final Pattern FLAG_ITEM = Pattern.compile("[ \\t]*(?:-[ \\t]+['\"]?-|['\"]?-[^ \\t])");

    /** A line that ends on a secret's flag as an item of an argument list, the value on the next line: {@code "--password",}, {@code - --token}. */
    private static final Pattern SECRET_FLAG_ITEM_END = Pattern.compile("(?i)(?:^|[\\s\\[,])(?:-[ \\t]+)?['\"]?--?" + SECRET_FLAG_NAME
            + "['\"]?[ \\t]*,?[ \\t]*$");

    /** A line that gives a name that is a secret's, and no value beside it: {@code - name: X-Api-Key}, {@code "name": "DB_PASSWORD",}. */
    private static final Pattern SECRET_NAME_LINE = Pattern.compile("(?i)[ \\t]*(?:-[ \\t]+)?" + NAME_PAIR + "[ \\t]*,?[ \\t]*");

    /** Whether {@code line} gives a value whose secret name {@code next} gives after it, in the same item: {@code - value: V} then {@code name: PGPASS}. */
    private static boolean namedNext(String line, String next) {
        if (next.indexOf("ame") < 0 || line.indexOf("alue") < 0 || !VALUE_LINE.matcher(line).lookingAt()) {
            return false;
        }
        return !startsItem(next) && secretNameLine(next);
    }

    /** Whether {@code line} starts an item of a list: a value or name on it belongs to no item of the lines before. */
    private static boolean startsItem(String line) {
        int at = indentation(line);
        return at < line.length() && line.charAt(at) == '-';
    }

    private static boolean secretNameLine(String line) {
        Matcher name = SECRET_NAME_LINE.matcher(line);
        return name.matches() && secretPairName(name.group(1));
    }

    /** A line's end on a credential word and "is", ":" or "=": the password may follow on the next line, as prose wraps. */
    private static final Pattern ENDS_ON_CREDENTIAL_GIVEN = Pattern.compile(CREDENTIAL + "(?:[ \\t]+(?:is|was)|[ \\t]*[:=])[ \\t]*[\"']?$");

    /** A line's end on a credential word alone ("... with password"). */
    private static final Pattern ENDS_ON_CREDENTIAL = Pattern.compile(CREDENTIAL + "[ \\t]*$");

    /** A line's first word, past its indentation, a comment's marks and a quote. */
    private static final Pattern FIRST_WORD = Pattern.compile("[ \\t]*(?:#+|//)?[ \\t]*[\"']?([^\\s\"',;]{6,})");

    /**
     * How the first word of the line after {@code line} is judged a password, as {@link #PROSE_SECRET}
     * judges the word after a credential word on one line; null when {@code line} does not end on one.
     * Only the line's last characters are looked at: this runs over every line of a file quoted.
     */
    private static Predicate<String> endsOnCredential(String line) {
        int from = Math.max(0, line.length() - 40);
        if (ENDS_ON_CREDENTIAL_GIVEN.matcher(line).region(from, line.length()).useTransparentBounds(true).find()) {
            return SecretMasker::couldBePassword;
        }
        return ENDS_ON_CREDENTIAL.matcher(line).region(from, line.length()).useTransparentBounds(true).find()
                ? SecretMasker::secretShaped : null;
    }

    /** A line that gives a value: {@code value: ...}, {@code "value": ...}. */
    private static final Pattern VALUE_LINE = Pattern.compile("(?i)[ \\t]*(?:-[ \\t]+)?[\"']?value[\"']?[ \\t]*:");

    /**
     * The quote that a value under a secret-named key on {@code line} opens and leaves open at the
     * line's end ({@code """} or {@code '''} of TOML, {@code "} or {@code '} of YAML); null when there is none.
     */
    private static String openQuote(String line) {
        MatchResult key = secretKey(KEY_CANDIDATE.matcher(line), line, 0);
        if (key == null) {
            return null;
        }
        int at = key.end();
        for (String quote : List.of("\"\"\"", "'''", "\"", "'")) {
            if (line.startsWith(quote, at)) {
                return closes(line, at + quote.length(), quote) ? null : quote;
            }
        }
        return null;
    }

    /** Whether {@code line} from {@code from} holds {@code quote} closing a value: a double quote not escaped, a single one not doubled. */
    private static boolean closes(String line, int from, String quote) {
        for (int at = line.indexOf(quote, from); at >= 0; at = line.indexOf(quote, at + quote.length())) {
            boolean escaped = quote.equals("\"") && at > 0 && line.charAt(at - 1) == '\\';
            boolean doubled = quote.equals("'") && at + 1 < line.length() && line.charAt(at + 1) == '\'';
            if (!escaped && !doubled) {
                return true;
            }
            at += doubled ? 1 : 0;
        }
        return false;
    }

    /** A whole line that {@link #secretBlocks} found secret: its indentation kept, the rest masked. */
    public static String maskWholeLine(String line) {
        return line.isBlank() ? line : line.substring(0, indentation(line)) + MASK;
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }

    /** Masks the value after every secret-named key: quoted to its closing quote, plain to where YAML ends it. */
    private static String maskKeyedValues(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        MatchResult key;
        // One matcher for the text's every key: a key found is asked again from past its value.
        Matcher candidates = KEY_CANDIDATE.matcher(text);
        while (from < text.length() && (key = secretKey(candidates, text, from)) != null) {
            int start = key.end();
            // A key quoted whole with its value ('password=x' in a message) ends with the quote that opened it.
            char before = key.start() > 0 ? text.charAt(key.start() - 1) : 0;
            int closer = (before == '\'' || before == '"') && key.group().indexOf(before) < 0 ? before : -1;
            // A parameter of an address (?api-key=...&) ends where the address does, or at the next parameter: neither holds a space or an '&'.
            // A name known by its words alone (AccountKey=, AZURE_STORAGE_KEY=, "pass: x" inside a sentence) is more often one
            // setting among others on a line than a mapping's key: its value ends where a word does, unless the key starts the line.
            boolean byWords = !SECRET_KEY_NAME.matcher(key.group(1)).matches();
            int end = before == '?' || before == '&' ? parameterEnd(text, start)
                    : byWords && !startsLine(text, key.start()) ? wordEnd(text, start, closer)
                    : valueEnd(text, start, inFlow(text, key.start()), closer);
            from = Math.max(end, start + 1);
            String value = text.substring(start, end);
            if (value.isBlank() || value.equals(MASK) || BLOCK_INDICATOR.matcher(value.strip()).matches()
                    || byWords && SecretNames.plainSetting(value) || SecretNames.variable(value)
                    || value.strip().equals("\"" + MASK + "\"") || wildcard(value)) {
                continue;
            }
            out.append(text, copied, start).append(MASK);
            copied = end;
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether only indentation, a list's dash, an opening brace or bracket, or a quote stand before {@code at} on its line. */
    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (" \t-{[\"'".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where a value from {@code start} ends as one word: a quoted one at its closing quote, else at a blank, quote or separator. */
    private static int wordEnd(String text, int start, int closer) {
        if (start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')) {
            return valueEnd(text, start, false, closer);
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "\"';&,)}]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /**
     * Whether a key's value is only a wildcard, as a permission rule for the command {@code pwd}
     * ends ({@code Bash(pwd:*)}): it holds no secret, and masked it read as a broken rule.
     */
    private static boolean wildcard(String value) {
        String v = value.strip();
        return v.startsWith("*") && v.chars().allMatch(c -> c == '*' || c == ')' || c == ']' || c == '"' || c == '\'' || c == ',');
    }

    /**
     * Masks the word {@link #PROSE_SECRET} or {@link #LONG_PROSE_SECRET} finds after a credential
     * word, the password of a {@link #SLASH_PAIR}, and a secret {@link #AUTH_VALUE}.
     */
    private static String maskProse(String text) {
        String masked = replaced(text, PROSE_SECRET, m -> passphrase(m.group(2))
                || (m.group(1) == null ? couldBePassword(m.group(2)) : secretShaped(m.group(2))), 2, MASK);
        masked = replaced(masked, QUOTED_PROSE_SECRET, m -> !m.group(2).equals(MASK) && !SecretNames.variable(m.group(2)), 2, MASK);
        masked = replaced(masked, LONG_PROSE_SECRET, m -> secretShaped(m.group(1)), 1, MASK);
        masked = masked.contains(" / ") ? replaced(masked, SLASH_PAIR, m -> secretShaped(m.group(1)), 1, MASK) : masked;
        return containsAuth(masked) ? replaced(masked, AUTH_VALUE, m -> secretShaped(m.group(1)), 1, MASK) : masked;
    }

    /**
     * Four words or more of letters joined by hyphens, sixteen characters or more: a passphrase as
     * a diceware list makes one ("correct-horse-battery-staple"), which has no digit or capital to
     * tell it by; a hyphenated word of prose has fewer parts ("password-less", "self-service").
     */
    private static boolean passphrase(String word) {
        if (word.length() < 16) {
            return false;
        }
        int parts = 1;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-') {
                if (run < 2) {
                    return false;
                }
                parts++;
                run = 0;
            } else if (Character.isLetter(c)) {
                run++;
            } else {
                return false;
            }
        }
        return run >= 2 && parts >= 4;
    }

    /** Whether {@code text} has "auth" in any case: a pass over its characters is cheaper than one of {@link #AUTH_VALUE}. */
    private static boolean containsAuth(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'a' || c == 'A') && text.regionMatches(true, i + 1, "uth", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with group {@code group} of each match of {@code pattern} that {@code masks} replaced by {@code by}. */
    private static String replaced(String text, Pattern pattern, Predicate<MatchResult> masks, int group, String by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            if (masks.test(m)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, m.start(group)).append(by);
                copied = m.end(group);
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Six characters or more, with a digit or with both cases: not a plain word such as "rotated" or "github-actions". */
    private static boolean couldBePassword(String word) {
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return word.length() >= 6 && !word.equals(MASK) && (digit || upper && lower);
    }

    /** A URL's user that is a token rather than a name: eight characters or more, letters and digits both. */
    private static boolean tokenUser(String user) {
        return user.length() >= 8 && !user.equals(MASK) && user.chars().anyMatch(Character::isDigit) && user.chars().anyMatch(Character::isLetter);
    }

    /**
     * Eight characters or more with a digit among letters of both cases, or among letters and a
     * symbol: "Sup3rSecretPass18" and "hunter2!x", not "v2-rotation", "gpt4-turbo" or "Kubernetes";
     * or a {@link #longToken}, or letters and digits {@link #interleaved}.
     */
    private static boolean secretShaped(String word) {
        return mixedSecret(word) || longToken(word) || interleaved(word);
    }

    /**
     * Eight characters or more in which letters and digits take turns three times or more, as a
     * password spelt with digits for letters does ("S3CRET-E01", "p4ssw0rd"); not a name with a
     * version or a year ("argon2id-hashed", "gpt4-turbo", "AES-256").
     */
    private static boolean interleaved(String word) {
        if (word.length() < 8) {
            return false;
        }
        int turns = 0;
        for (int i = 1; i < word.length(); i++) {
            char a = word.charAt(i - 1);
            char b = word.charAt(i);
            boolean aDigit = a >= '0' && a <= '9';
            boolean bDigit = b >= '0' && b <= '9';
            boolean aLetter = Character.isLetter(a);
            boolean bLetter = Character.isLetter(b);
            turns += aDigit && bLetter || aLetter && bDigit ? 1 : 0;
        }
        return turns >= 3;
    }

    private static boolean mixedSecret(String word) {
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        boolean symbol = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            symbol |= "!#$%&*+=?@^~".indexOf(c) >= 0;
        }
        return word.length() >= 8 && digit && (upper && lower || (upper || lower) && symbol);
    }

    /**
     * An API key or token as many services issue them, hex or base62 in one case: twenty letters and
     * digits or more with at least two of each ("0123456789abcdef0123456789abcdef"), or a UUID. A
     * dash or an underscore between words ("argon2id-hashed", "created_at_2026") is a name, not a
     * token.
     */
    private static boolean longToken(String word) {
        int letters = 0;
        int digits = 0;
        int hex = 0;
        int dashes = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (c == '-') {
                dashes++;
            } else if (!digit && !letter) {
                return false;
            }
            digits += digit ? 1 : 0;
            letters += letter ? 1 : 0;
            hex += digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' ? 1 : 0;
        }
        boolean uuid = dashes == 4 && hex == 32 && word.length() == 36;
        return (dashes == 0 && word.length() >= 20 || uuid) && letters >= 2 && digits >= 2;
    }

    /**
     * Whether a comment names a credential and, after a {@code :} or {@code =} that follows it, holds
     * a word of eight or more characters with letters and digits ("# login for the db: admin / Pw99xyzq").
     * A comment that merely mentions credentials ("# the operator's credentials") is kept.
     */
    private static boolean namesCredentialBesidePassword(String comment) {
        Matcher word = CREDENTIAL_WORD.matcher(comment);
        if (!word.find()) {
            return false;
        }
        int from = comment.indexOf(':', word.end());
        int equals = comment.indexOf('=', word.end());
        from = from < 0 ? equals : equals < 0 ? from : Math.min(from, equals);
        if (from < 0) {
            return false;
        }
        for (String candidate : comment.substring(from + 1).split("[\\s\"',;/]+")) {
            if (candidate.length() >= 8 && candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** Masks, after its {@code #}, a comment that names a credential beside a word that could be one. */
    private static String maskComments(String text) {
        return replaced(text, COMMENT, m -> namesCredentialBesidePassword(m.group()), 0, "# " + MASK);
    }

    /** Whether position {@code at} lies inside a flow collection ({@code {...}} or {@code [...]}) opened on this line. */
    private static boolean inFlow(String text, int at) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** Where a parameter of an address that starts at {@code start} ends: at a space, the next parameter, a fragment or a quote. */
    private static int parameterEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "&#\"'<>".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Where the value that starts at {@code start} ends: its closing quote, or where YAML ends a plain one, or at {@code closer} (-1: none). */
    private static int valueEnd(String text, int start, boolean flow, int closer) {
        if (start >= text.length()) {
            return start;
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && first == '"') {
                    i++;
                } else if (c == first) {
                    if (first == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i++; // '' is an escaped quote in a single-quoted scalar
                    } else {
                        return i + 1;
                    }
                }
            }
            return text.length();
        }
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '\n' || c == '\r' || c == closer || (flow && (c == ',' || c == '}' || c == ']'))
                    || (c == '#' && end > start && Character.isWhitespace(text.charAt(end - 1)))) {
                break;
            }
            end++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
