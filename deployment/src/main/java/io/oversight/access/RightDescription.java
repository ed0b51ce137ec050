package io.oversight.access;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * A right as a reviewer should read it: the pattern as written (an IAM {@code NotAction} as
 * "everything except ..."), the real provider actions behind it, verb by verb, and the resources
 * it reaches: {@code ec2:*Instances (delete: ec2:TerminateInstances) on arn:aws:ec2:*:*:instance/*}
 * rather than a bare pattern. Every list is cut to a few names and a count of the rest, so that
 * findings stay short whatever the policy says, and names come in a fixed order, so that the same
 * input gives the same words.
 */
public final class RightDescription {

    /** How many names of one list are shown before "(+N more)". */
    static final int SHOWN = 3;

    /** The verbs whose actions stand for "every action": what makes it dangerous. */
    private static final List<Verb> TELLING_OF_EVERYTHING = List.of(Verb.DELETE, Verb.GRANT);

    private RightDescription() {
    }

    /** {@code action} (less {@code except}) as held with {@code verb}, and the {@code resources} it reaches. */
    public static String of(String action, List<String> except, Verb verb, List<String> resources) {
        return granted(action, except) + behind(action, except, verb) + on(resources);
    }

    /** The pattern as written, a {@code NotAction} or a partial deny worded as what it leaves. */
    public static String granted(String action, List<String> except) {
        if (except.isEmpty()) {
            return action;
        }
        return (action.equals("*") ? "everything" : action) + " except " + bounded(except);
    }

    /**
     * The real actions behind a pattern held with {@code verb}, as " (delete: a, b, c (+N more))";
     * for every action (or every action but some), the deletes and grants among them. Empty for
     * one action, a verb of the format, or a pattern of actions AWS does not list.
     */
    public static String behind(String action, List<String> except, Verb verb) {
        if (!ActionClassifier.isPattern(action)) {
            return "";
        }
        boolean everything = verb == Verb.ALL || verb == Verb.ADMIN;
        List<String> parts = new ArrayList<>();
        for (Verb one : everything ? TELLING_OF_EVERYTHING : List.of(verb)) {
            List<String> actions = ActionClassifier.actionsBehind(action, except, one);
            if (!actions.isEmpty()) {
                parts.add(one.word() + ": " + bounded(actions));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return " (" + (everything ? "among them " : "") + String.join("; ", parts) + ")";
    }

    /** " on r1, r2, r3 (+N more)", or nothing when no resource is named. */
    public static String on(List<String> resources) {
        return resources.isEmpty() ? "" : " on " + bounded(resources);
    }

    /** The first {@link #SHOWN} of {@code names}, and how many more there are. */
    static String bounded(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(SHOWN, names.size())));
        return names.size() <= SHOWN ? shown : shown + " (+" + (names.size() - SHOWN) + " more)";
    }
}
