package io.oversight.deployment.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credentials an agent acts with. {@code configuredAt} is null for an identity the deployment
 * declares; for one taken from the agent's runtime configuration (when the deployment declares
 * none), the evidence path of what decides it there: the service account or role, or a person's
 * credential handed to the agent.
 */
public record Identity(String agentId, String path, IdentityType type, String principal, String inheritedFrom, Integer credentialTtlMinutes,
                       String configuredAt, String principalKey) {

    private static final String SERVICE_ACCOUNT = "system:serviceaccount:";

    /**
     * {@code principalKey} is {@link #principal} as one key for its spellings; null when none is
     * named, or when it is a template's reference ({@code !GetAtt AgentRole.Arn}), which names a
     * role only once the stack is deployed: two templates' references are no evidence of one
     * principal. Made once here: the rules join identities by it, and two regular expressions per
     * join were 1.5% of a large check's time.
     */
    public Identity(String agentId, String path, IdentityType type, String principal, String inheritedFrom, Integer credentialTtlMinutes,
                    String configuredAt) {
        this(agentId, path, type, principal, inheritedFrom, credentialTtlMinutes, configuredAt,
                principal == null || principal.startsWith("!") ? null : principalKey(principal));
    }

    /** Whether the principal is an AWS account's root, which no IAM policy restricts. */
    public boolean namesAccountRoot() {
        return principal != null && ACCOUNT_ROOT.matcher(principal.strip()).matches();
    }

    /**
     * A principal as one key for the spellings that name the same credentials: a Kubernetes service
     * account written as the user it authenticates as, {@code system:serviceaccount:NS:NAME}, is
     * {@code NS/NAME}, as kubectl prints it. An IAM role is its name, case aside (IAM's role names
     * are), however it is written: its ARN with any path, a session of it
     * ({@code arn:aws:sts::1:assumed-role/NAME/SESSION}, whatever the session is named),
     * {@code role/NAME}, or the bare name; an IAM user is its account and name, case and path
     * aside, as IAM keeps user names unique in an account. Roles of the same name in two accounts are taken as one:
     * a deployment that names both is rarer than one that spells one role two ways, and only the
     * first would be a false alarm. An IAM Identity Center session
     * ({@code assumed-role/AWSReservedSSO_SET/USER}) is its user's, whatever the permission set. A
     * member written after its kind ({@code serviceAccount:}, {@code user:}, {@code oidc:}) is its
     * account, and {@code Name <ADDRESS>} its address; e-mail-like names and Azure resource ids are
     * compared case aside, as those systems compare them. Spaces around a principal are no part of
     * it. Other principals are compared as written.
     */
    public static String principalKey(String written) {
        String principal = written.strip();
        Matcher member = MEMBER.matcher(principal);
        if (member.matches()) {
            principal = member.group(1);
        }
        Matcher named = NAMED_ADDRESS.matcher(principal);
        if (named.matches()) {
            principal = named.group(1);
        }
        Matcher sso = SSO_SESSION.matcher(principal);
        if (sso.matches()) {
            String user = sso.group(1).toLowerCase(Locale.ROOT);
            return user.indexOf('@') > 0 ? user : SSO_USER + user;
        }
        if (!principal.startsWith("arn:") && principal.indexOf('@') > 0 || principal.toLowerCase(Locale.ROOT).startsWith("/subscriptions/")) {
            return principal.toLowerCase(Locale.ROOT);
        }
        if (principal.startsWith(SERVICE_ACCOUNT)) {
            return principal.substring(SERVICE_ACCOUNT.length()).replace(':', '/');
        }
        Matcher user = AWS_USER.matcher(principal);
        if (user.matches()) {
            return USER + user.group(1) + ":" + user.group(2).toLowerCase(Locale.ROOT);
        }
        Matcher role = AWS_ROLE.matcher(principal);
        if (role.matches()) {
            return ROLE + (role.group(1) != null ? role.group(1) : role.group(2) != null ? role.group(2) : principal).toLowerCase(Locale.ROOT);
        }
        return principal.indexOf('@') > 0 ? principal.toLowerCase(Locale.ROOT) : principal;
    }

    /**
     * The e-mail address of the person whose own sign-in the principal is, case aside; null when it
     * names none. A person signs in as an address however it is written ({@code user:ADDRESS},
     * {@code Name <ADDRESS>}, {@code provider#ADDRESS}), as an IAM user or a federated user named by
     * it, or in an IAM Identity Center session named by it. A session of any other role is the
     * role's, whatever it is named, and two IAM users named alike in two accounts are two principals
     * (their keys stay apart): only the person's address is taken from them.
     */
    public String personAddress() {
        if (principal == null || principal.startsWith("!")) {
            return null;
        }
        String written = principal.strip();
        // Asked for every agent of a fleet, most of which name no address at all.
        if (written.indexOf('@') < 0 || written.startsWith("arn:") && !PERSON_ARN.matcher(written).matches()) {
            return null;
        }
        Matcher address = ADDRESS.matcher(written);
        return address.find() ? address.group().toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the principal is an IAM Identity Center session: a person's sign-in, whoever the person is. */
    public boolean namesPersonSession() {
        return principal != null && SSO_SESSION.matcher(principal.strip()).matches();
    }

    /** An IAM Identity Center session, its user in group 1 (the role's name is case aside, as IAM compares it). */
    private static final Pattern SSO_SESSION = Pattern.compile("arn:aws[a-z-]*:sts::\\d*:assumed-role/(?i:AWSReservedSSO_)[^/]*/([^/]+)");

    private static final String SSO_USER = "aws-sso-user:";

    /** The ARNs that may be a person's own: an IAM user, a federated user, an IAM Identity Center session. */
    private static final Pattern PERSON_ARN = Pattern.compile("arn:aws[a-z-]*:(?:iam::\\d*:user/.*|sts::\\d*:federated-user/.*"
            + "|sts::\\d*:assumed-role/(?i:AWSReservedSSO_).*)");

    /** An e-mail address within a principal. */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    /** {@code Name <ADDRESS>}, the address in group 1. */
    private static final Pattern NAMED_ADDRESS = Pattern.compile("[^<>]*<(?:mailto:)?([^<>@\\s]+@[^<>\\s]+)>");

    /** A role's ARN (any path), a session of it, {@code role/[path/]NAME}, or a bare name of IAM's letters. */
    private static final Pattern AWS_ROLE = Pattern.compile(
            "(?:arn:aws[a-z-]*:iam::\\d*:role/(?:[^/]+/)*|role/(?:[^/]+/)*)([\\w+=,.@-]+)|arn:aws[a-z-]*:sts::\\d*:assumed-role/([\\w+=,.@-]+)/[^/]*|[\\w+=,.@-]+");

    private static final String ROLE = "aws-role:";

    /** An IAM user's ARN, with any path: its account in group 1, its name in group 2. */
    private static final Pattern AWS_USER = Pattern.compile("arn:aws[a-z-]*:iam::(\\d*):user/(?:[^/]+/)*([\\w+=,.@-]+)");

    private static final String USER = "aws-user:";

    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:aws[a-z-]*:iam::\\d*:root");

    /**
     * A member naming an account after its kind, as Google Cloud IAM writes them
     * ({@code serviceAccount:NAME@PROJECT.iam.gserviceaccount.com}, {@code user:EMAIL}) and identity
     * providers' subjects ({@code oidc:EMAIL}).
     */
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z][\\w-]*:([^:/]+@[^:/]+)");
}
