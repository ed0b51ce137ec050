package io.oversight.catalog;

import io.oversight.catalog.action.Verb;

/**
 * One rule of the action classification table ({@code actions.yaml}): {@code action} matches the
 * provider actions an action as written stands for. {@code level} narrows the rule to the actions AWS's Service
 * Authorization Reference gives that access level ({@code read}, {@code permissions management}),
 * or with {@link #UNLISTED} to the actions it does not list (every other provider's, and AWS
 * actions newer than the table). {@code verb} is a verb of the deployment format; {@code note} says
 * why, when the rule needs it.
 */
public record ActionRule(String action, String level, Verb verb, String note) {

    /** The {@code level} of a rule for the actions AWS's reference does not list. */
    public static final String UNLISTED = "unlisted";
}
