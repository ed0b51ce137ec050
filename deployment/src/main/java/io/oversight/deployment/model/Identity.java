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
     * ({@code arn:aws:sts::1:assumed-role/NAME/SESSION}), {@code role/NAME}, or the bare name. Roles
     * of the same name in two accounts are taken as one: a deployment that names both is rarer
     * than one that spells one role two ways, and only the first would be a false alarm. A Google
     * Cloud member is its account, without {@code serviceAccount:} or {@code user:} (any such prefix
     * before an e-mail address, {@code oidc:}, is read alike), and e-mail-like names and Azure
     * resource ids are compared case aside, as those systems compare them. A person's own sign-in is
     * that person's e-mail address however it is written: an IAM user named by it, an IAM Identity
     * Center session ({@code assumed-role/AWSReservedSSO_SET/EMAIL}), {@code Name <EMAIL>}; a session
     * of any other role is the role's, whatever its session is named. Spaces around a principal are
     * no part of it. Other principals are compared as written.
     */
    public static String principalKey(String written) {
        String principal = written.strip();
        Matcher member = MEMBER.matcher(principal);
        if (member.matches()) {
            principal = member.group(1);
        }
        Matcher person = PERSON.matcher(principal);
        if (person.matches()) {
            return (person.group(1) != null ? person.group(1) : person.group(2) != null ? person.group(2) : person.group(3)).toLowerCase(Locale.ROOT);
        }
        if (!principal.startsWith("arn:") && principal.indexOf('@') > 0 || principal.toLowerCase(Locale.ROOT).startsWith("/subscriptions/")) {
            return principal.toLowerCase(Locale.ROOT);
        }
        if (principal.startsWith(SERVICE_ACCOUNT)) {
            return principal.substring(SERVICE_ACCOUNT.length()).replace(':', '/');
        }
        Matcher role = AWS_ROLE.matcher(principal);
        if (role.matches()) {
            return ROLE + (role.group(1) != null ? role.group(1) : role.group(2) != null ? role.group(2) : principal).toLowerCase(Locale.ROOT);
        }
        return principal.indexOf('@') > 0 ? principal.toLowerCase(Locale.ROOT) : principal;
    }

    /**
     * A person's own sign-in, the e-mail address in group 1, 2 or 3: an IAM user named by it, an IAM
     * Identity Center session (its session name is the user's), {@code Name <EMAIL>}.
     */
    private static final Pattern PERSON = Pattern.compile("arn:aws[a-z-]*:iam::\\d*:user/(?:[^/]+/)*([^/@]+@[^/]+)"
            + "|arn:aws[a-z-]*:sts::\\d*:assumed-role/AWSReservedSSO_[^/]*/([^/@]+@[^/]+)|[^<>]*<([^<>@\\s]+@[^<>\\s]+)>");

    /** A role's ARN (any path), a session of it, {@code role/[path/]NAME}, or a bare name of IAM's letters. */
    private static final Pattern AWS_ROLE = Pattern.compile(
            "(?:arn:aws[a-z-]*:iam::\\d*:role/(?:[^/]+/)*|role/(?:[^/]+/)*)([\\w+=,.@-]+)|arn:aws[a-z-]*:sts::\\d*:assumed-role/([\\w+=,.@-]+)/[^/]*|[\\w+=,.@-]+");

    private static final String ROLE = "aws-role:";

    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:aws[a-z-]*:iam::\\d*:root");

    /**
     * A member naming an account after its kind, as Google Cloud IAM writes them
     * ({@code serviceAccount:NAME@PROJECT.iam.gserviceaccount.com}, {@code user:EMAIL}) and identity
     * providers' subjects ({@code oidc:EMAIL}).
     */
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z][\\w-]*:([^:/]+@[^:/]+)");
}
