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
    public static final int SHOWN = 3;

    /** The verbs whose actions stand for "every action": what makes it dangerous. */
    private static final List<Verb> TELLING_OF_EVERYTHING = List.of(Verb.DELETE, Verb.GRANT);

    private RightDescription() {
    }

    /**
     * {@code action} (less {@code except}) as held with {@code verb}, and the {@code resources} it
     * reaches. {@code imported} says the action is written as its provider writes it (an IAM
     * policy's {@code "*"} is every AWS action; the format's own {@code "*"} is every verb, of
     * whatever system the resources belong to, so no AWS action stands for it).
     */
    public static String of(String action, List<String> except, Verb verb, List<String> resources, boolean imported) {
        return granted(action, except) + behind(action, except, verb, imported) + on(resources);
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
     * for every action, the deletes and grants among them. Empty for
     * one action, a verb of the format, or a pattern of actions AWS does not list.
     */
    public static String behind(String action, List<String> except, Verb verb, boolean imported) {
        List<String> parts = actionsBehind(action, except, verb, imported);
        if (parts.isEmpty()) {
            return "";
        }
        return " (" + (everything(verb) ? "among them " : "") + String.join("; ", parts) + ")";
    }

    /**
     * The real actions behind a pattern held with {@code verb}, one entry per verb, each
     * "delete: a, b, c (+N more)"; for every action, its deletes and grants. Empty for one action,
     * a verb of the format (the format's {@code "*"} included), or a pattern of actions AWS does
     * not list.
     */
    public static List<String> actionsBehind(String action, List<String> except, Verb verb, boolean imported) {
        if (!ActionClassifier.isPattern(action) || !imported && action.indexOf(':') < 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (Verb one : everything(verb) ? TELLING_OF_EVERYTHING : List.of(verb)) {
            List<String> actions = ActionClassifier.actionsBehind(action, except, one);
            if (!actions.isEmpty()) {
                parts.add(one.word() + ": " + bounded(actions));
            }
        }
        return parts;
    }

    /** An IAM policy's "*" is held as every verb at once; any narrower pattern, "*" less some included, verb by verb. */
    private static boolean everything(Verb verb) {
        return verb == Verb.ALL;
    }

    /** " on r1, r2, r3 (+N more)", or nothing when no resource is named. */
    public static String on(List<String> resources) {
        return resources.isEmpty() ? "" : " on " + bounded(resources);
    }

    /** " except r1, r2" for the resources an IAM NotResource leaves out of its "*", or nothing when it leaves none. */
    public static String except(List<String> resources) {
        return resources.isEmpty() ? "" : " except " + bounded(resources);
    }

    /** The first {@link #SHOWN} of {@code names}, and how many more there are. */
    public static String bounded(List<String> names) {
        return named(names.subList(0, Math.min(SHOWN, names.size())), names.size());
    }

    /** {@code shown}, the first of {@code total} names, and how many more there are: "a, b, c (+4 more)". */
    public static String named(List<String> shown, int total) {
        String named = String.join(", ", shown);
        return total > shown.size() ? named + " (+" + (total - shown.size()) + " more)" : named;
    }
}
