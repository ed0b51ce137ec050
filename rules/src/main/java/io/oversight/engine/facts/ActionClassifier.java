package io.oversight.engine.facts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies an action to a verb: the format's own verbs as they are, provider-qualified actions
 * ({@code ec2:TerminateInstances}, {@code kubernetes:deletecollection}) by the name after the
 * service. Order matters: the first matching rule wins, most dangerous first, so that
 * {@code iam:PutRolePolicy} is a grant and not an update.
 */
public final class ActionClassifier {

    private ActionClassifier() {
    }

    private record Rule(Verb verb, Pattern pattern) {
        Rule(Verb verb, String regex) {
            this(verb, Pattern.compile(regex));
        }
    }

    /** Patterns over the lower-cased action name (the part after the last colon). */
    private static final List<Rule> RULES = List.of(
            new Rule(Verb.DELETE, "(delete|terminate|destroy|remove|purge|drop|deletecollection).*"),
            new Rule(Verb.GRANT, "(put|attach)\\w*policy|create\\w*accesskey|passrole|escalate|bind|impersonate|addpermission"
                    + "|setiampolicy|grant.*|createloginprofile|updateassumerolepolicy|assumerole.*"),
            new Rule(Verb.READ, "(get|list|describe|read|view|head|search|query|watch|lookup|batchget).*"),
            new Rule(Verb.DEPLOY, "(deploy|rollout|release|promote).*"),
            new Rule(Verb.SEND, "(send|publish|notify).*"),
            new Rule(Verb.PAY, "(pay|charge|transfer|refund|payout).*"),
            new Rule(Verb.EXECUTE, "(invoke|execute|run|start|exec).*"),
            new Rule(Verb.CREATE, "(create|add|import|copy|upload|register|tag).*"),
            new Rule(Verb.UPDATE, "(update|modify|put|set|patch|change|stop|reboot|restore|enable|disable|reset|replace|write|edit|scale).*"));

    public static Verb classify(String action) {
        if (action.equals("*") || action.equals("*:*")) {
            return action.equals("*") ? Verb.ALL : Verb.ADMIN;
        }
        int colon = action.lastIndexOf(':');
        if (colon < 0) {
            return plainVerb(action);
        }
        String service = action.substring(0, action.indexOf(':')).toLowerCase(Locale.ROOT);
        String name = action.substring(colon + 1).toLowerCase(Locale.ROOT);
        if (name.equals("*")) {
            return Verb.ADMIN; // every action of a service, its deletes and permission changes included
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(name).matches()) {
                // Changing identities or policies in an identity service is granting, whatever the verb.
                return isIdentityService(service) && rule.verb() != Verb.READ && !rule.verb().destructive() ? Verb.GRANT : rule.verb();
            }
        }
        return isIdentityService(service) ? Verb.GRANT : Verb.UNKNOWN;
    }

    /** Whether any of {@code actions} is destructive once classified. */
    public static boolean anyDestructive(java.util.Collection<String> actions) {
        return actions.stream().anyMatch(a -> classify(a).destructive());
    }

    /** A wildcard grant: every action, or every action of a service. */
    public static boolean isWildcard(String action) {
        return action.equals("*") || action.endsWith(":*");
    }

    private static boolean isIdentityService(String service) {
        return service.equals("iam") || service.equals("sts") || service.equals("rbac");
    }

    private static Verb plainVerb(String action) {
        for (Verb verb : Verb.values()) {
            if (verb.word().equals(action)) {
                return verb;
            }
        }
        return Verb.UNKNOWN;
    }
}
