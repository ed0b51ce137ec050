package io.oversight.catalog.action;

import io.oversight.catalog.ActionRule;
import io.oversight.catalog.ActionTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies an action to verbs: the format's own verbs as they are, provider-qualified actions
 * ({@code ec2:TerminateInstances}, {@code kubernetes:deletecollection}) by the catalog's action
 * table ({@code actions.yaml}), whose first matching rule wins. Rules may ask for the access level
 * AWS's Service Authorization Reference gives an action ({@link AwsActions}), so AWS's own data
 * decides where none of our refinements above such a rule does. A concrete action has one verb; a
 * wildcard pattern of one AWS service such as {@code s3:Put*} or {@code ssm:*} has the verb of every
 * action the reference lists that it stands for ({@code grant} for {@code s3:PutBucketPolicy},
 * {@code update} for {@code s3:PutObject}): a call's verb does not depend on the pattern that
 * allowed it, so a gate over {@code admin} does not stand in front of {@code ssm:SendCommand}
 * because a policy wrote {@code ssm:*}. Any other pattern ({@code stripe:Create*},
 * {@code *:Delete*}) also has every verb that an action it stands for which the reference does not
 * list could get. An action no rule recognises is {@link Verb#UNKNOWN}: high-impact, never read.
 */
public final class ActionClassifier {

    /**
     * A rule matches the actions a written text stands for ({@code pattern}); {@code level}, when
     * set, narrows it to listed actions of that level, and {@code unlistedOnly} to actions the
     * reference does not list.
     */
    private record Rule(ActionPattern pattern, AccessLevel level, boolean unlistedOnly, Verb verb) {

        boolean appliesTo(AwsActions.Listed listed) {
            return !unlistedOnly && (level == null || level == listed.level()) && pattern.matches(listed.action());
        }

        boolean appliesToUnlisted() {
            return level == null;
        }
    }

    /** Most dangerous first: the verb that stands for a pattern where one verb must be shown. */
    private static final List<Verb> DANGER = List.of(Verb.ALL, Verb.ADMIN, Verb.GRANT, Verb.DELETE, Verb.PAY, Verb.DEPLOY,
            Verb.EXECUTE, Verb.SEND, Verb.UPDATE, Verb.UNKNOWN, Verb.CREATE, Verb.READ);

    private static final List<Rule> RULES = rules(ActionTable.builtIn());

    /**
     * Deployments repeat a few actions many times; classifying each distinct one once keeps large
     * files fast. An everything-except right (a {@code NotAction}) walks every listed action, and
     * each grant, description and access listing of it asks again.
     */
    private static final Map<Behind, Set<Verb>> CACHE = new ConcurrentHashMap<>();

    /** The verb of each listed action met so far; a pattern such as {@code *:Get*} stands for thousands. */
    private static final Map<AwsActions.Listed, Verb> LISTED = new ConcurrentHashMap<>();

    /** The rules that can apply to each service's actions ({@link #rulesOfService}). */
    private static final Map<String, List<Rule>> BY_SERVICE = new ConcurrentHashMap<>();

    private ActionClassifier() {
    }

    private static List<Rule> rules(ActionTable table) {
        return table.rules().stream().map(ActionClassifier::rule).toList();
    }

    private static Rule rule(ActionRule rule) {
        boolean unlisted = ActionRule.UNLISTED.equals(rule.level());
        AccessLevel level = rule.level() == null || unlisted ? null : AccessLevel.ofWord(rule.level())
                .orElseThrow(() -> new IllegalStateException("the action table gives unknown level " + rule.level()));
        return new Rule(ActionPattern.of(rule.action()), level, unlisted, rule.verb());
    }

    /** The verb of an action the reference lists: the first rule that applies to it. */
    private static Verb listedVerb(AwsActions.Listed listed) {
        return LISTED.computeIfAbsent(listed, l -> rulesOfService(l.action()).stream().filter(r -> r.appliesTo(l)).findFirst()
                .map(Rule::verb).orElse(Verb.UNKNOWN));
    }

    /**
     * The rules, in order, whose service part can match the service of {@code action}: the others
     * cannot apply to it. Expanding {@code *} classifies every action AWS lists, and most rules name
     * one service.
     */
    private static List<Rule> rulesOfService(String action) {
        int colon = action.indexOf(':');
        String service = colon < 0 ? "" : action.substring(0, colon);
        return BY_SERVICE.computeIfAbsent(service, s -> RULES.stream().filter(r -> r.pattern().matchesService(s)).toList());
    }

    /** The one verb that stands for {@code action}: its verb, or for a pattern the most dangerous of its verbs. */
    public static Verb classify(String action) {
        return mostDangerous(verbs(action));
    }

    /** Every verb {@code action} may have; one for a concrete action or a verb of the format. */
    public static Set<Verb> verbs(String action) {
        return verbs(action, List.of());
    }

    /**
     * Every verb {@code action} may have once the patterns in {@code except} are carved out of it
     * (an IAM {@code NotAction}, or a deny that covers part of a wildcard): the verbs of the actions
     * it still stands for; a rule wholly inside an exception no longer counts.
     */
    public static Set<Verb> verbs(String action, List<String> except) {
        return CACHE.computeIfAbsent(new Behind(action, List.copyOf(except), null),
                key -> Collections.unmodifiableSet(compute(key.action(), key.except())));
    }

    /**
     * The actions AWS lists that {@code action} stands for, once the patterns in {@code except} are
     * carved out, and that have {@code verb}: what a reviewer should read instead of a pattern
     * ({@code ec2:*Instances} is {@code ec2:TerminateInstances} among the deletes). The telling ones
     * come first, then the others alphabetically. Empty for an action the reference does not list.
     */
    public static List<String> actionsBehind(String action, List<String> except, Verb verb) {
        return BEHIND.computeIfAbsent(new Behind(action, List.copyOf(except), verb), ActionClassifier::computeBehind);
    }

    /** A pattern less its exceptions, and the verb asked for ({@code null} when every verb is). */
    private record Behind(String action, List<String> except, Verb verb) {
    }

    /** A pattern such as {@code *} stands for every listed action; each is expanded once per verb. */
    private static final Map<Behind, List<String>> BEHIND = new ConcurrentHashMap<>();

    private static List<String> computeBehind(Behind behind) {
        List<String> listed = listedByVerb(behind.action()).getOrDefault(behind.verb(), List.of());
        if (behind.except().isEmpty()) {
            return listed;
        }
        List<ActionPattern> excluded = behind.except().stream().map(ActionPattern::of).toList();
        return listed.stream().filter(a -> excluded.stream().noneMatch(e -> e.matches(a))).toList();
    }

    /**
     * The actions AWS lists that {@code action} stands for, by verb, each list in the order
     * {@link #actionsBehind} gives: the same pattern less other exceptions (a policy of a hundred
     * NotAction statements) is classified once, not once per exception and verb.
     */
    private static Map<Verb, List<String>> byVerb(String action) {
        Map<Verb, List<String>> byVerb = new java.util.EnumMap<>(Verb.class);
        for (AwsActions.Listed listed : AwsActions.matching(ActionPattern.of(action))) {
            byVerb.computeIfAbsent(listedVerb(listed), v -> new ArrayList<>()).add(listed.action());
        }
        byVerb.replaceAll((verb, actions) -> actions.stream().sorted(TellingActions.ORDER).toList());
        return byVerb;
    }

    private static final Map<String, Map<Verb, List<String>>> BY_VERB = new ConcurrentHashMap<>();

    private static Map<Verb, List<String>> listedByVerb(String action) {
        return BY_VERB.computeIfAbsent(action, ActionClassifier::byVerb);
    }

    /** The verbs of the listed actions {@code action} stands for of which one at least is not {@code excluded}. */
    private static Set<Verb> verbsLeft(String action, List<ActionPattern> excluded) {
        Set<Verb> left = EnumSet.noneOf(Verb.class);
        listedByVerb(action).forEach((verb, actions) -> {
            if (actions.stream().anyMatch(a -> excluded.stream().noneMatch(e -> e.matches(a)))) {
                left.add(verb);
            }
        });
        return left;
    }

    /**
     * The resources of {@code service} on which the table classifies {@code verb} apart from the
     * verb itself ({@code secrets} and {@code pods/exec} for Kubernetes' {@code get}), in the
     * table's order: what a grant on every resource reaches besides plain reads or writes.
     */
    public static List<String> resourcesSingledOut(String service, String verb) {
        return SINGLED_OUT.computeIfAbsent(service + ":" + verb, key -> {
            String prefix = service + ":";
            return ActionTable.builtIn().rules().stream().filter(r -> r.action().startsWith(prefix))
                    .map(r -> r.action().substring(prefix.length()).split(":", 2)).filter(parts -> parts.length == 2)
                    .filter(parts -> Glob.ignoringCase(parts[0]).matches(verb)).map(parts -> parts[1]).distinct().toList();
        });
    }

    /** An RBAC file asks for every verb of every rule on every resource: the table is read once per verb. */
    private static final Map<String, List<String>> SINGLED_OUT = new ConcurrentHashMap<>();

    /** Whether {@code action} is a pattern standing for several actions rather than one action or verb. */
    public static boolean isPattern(String action) {
        return action.indexOf('*') >= 0 || action.indexOf('?') >= 0;
    }

    /** {@code verbs}, most dangerous first. */
    public static List<Verb> byDanger(Set<Verb> verbs) {
        return DANGER.stream().filter(verbs::contains).toList();
    }

    /** The most dangerous of {@code verbs} (UNKNOWN for none). */
    public static Verb mostDangerous(Set<Verb> verbs) {
        return DANGER.stream().filter(verbs::contains).findFirst().orElse(Verb.UNKNOWN);
    }

    /** Whether any of {@code actions} is destructive once classified. */
    public static boolean anyDestructive(Collection<String> actions) {
        return actions.stream().anyMatch(a -> verbs(a).stream().anyMatch(Verb::destructive));
    }

    /**
     * A wildcard grant: every action, or every action of a service, however the pattern is spelt
     * ({@code *}, {@code iam:*}, {@code ec2:**}, {@code s3:?*}: a name of stars and question marks
     * with one star at least stands for every name an action has). Kubernetes actions have two
     * names after the service ({@code kubernetes:VERB:RESOURCE}), so {@code kubernetes:*:*} and
     * {@code *:*:*} are every action too: every part after the service must stand for every name.
     */
    public static boolean isWildcard(String action) {
        for (String name : action.substring(action.indexOf(':') + 1).split(":", -1)) {
            if (!everyName(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code pattern} is stars and question marks only, one star at least: every text of one character or more. */
    public static boolean everyName(String pattern) {
        boolean star = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '*' && c != '?') {
                return false;
            }
            star |= c == '*';
        }
        return star;
    }

    private static EnumSet<Verb> compute(String action, List<String> except) {
        List<ActionPattern> excluded = except.stream().map(ActionPattern::of).toList();
        EnumSet<Verb> verbs = EnumSet.noneOf(Verb.class);
        if (action.indexOf(':') < 0) {
            if (!action.equals("*")) {
                return Verb.ofWord(action).map(EnumSet::of).orElseGet(() -> EnumSet.of(Verb.UNKNOWN));
            }
            if (except.isEmpty()) {
                return EnumSet.of(Verb.ALL);
            }
            // Only an IAM policy carves actions out of "*" (a NotAction, a partial deny): what is left
            // is the AWS actions the reference lists but those, each with its own verb.
            verbs.addAll(verbsLeft(action, excluded));
            return verbs;
        }
        ActionPattern subject = ActionPattern.of(action);
        if (excluded.stream().anyMatch(e -> e.covers(subject))) {
            return verbs;
        }
        verbs.addAll(verbsLeft(action, excluded));
        if (!listedByVerb(action).isEmpty() && AwsActions.listsService(subject)) {
            return verbs; // the reference lists every action of the service, as of its date
        }
        // What the actions it stands for that the reference does not list could be: other providers', or newer ones.
        for (Rule rule : RULES) {
            if (!rule.appliesToUnlisted() || !rule.pattern().intersects(subject)) {
                continue;
            }
            // The rule no longer counts when the actions both it and the pattern stand for are all carved out.
            boolean carvedOut = rule.pattern().meet(subject).map(both -> excluded.stream().anyMatch(e -> e.covers(both))).orElse(false);
            if (!carvedOut) {
                verbs.add(rule.verb());
            }
            if (rule.pattern().covers(subject)) {
                return verbs; // every action the pattern stands for stops at this rule
            }
        }
        verbs.add(Verb.UNKNOWN);
        return verbs;
    }
}
