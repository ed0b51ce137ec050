package io.oversight.catalog;

import io.oversight.catalog.action.Verb;

/**
 * One rule of the action classification table ({@code actions.yaml}). Exactly one of
 * {@code written} and {@code action} is set: {@code written} matches an action as it is written,
 * wildcards included; {@code action} matches the provider actions the written text stands for.
 * {@code note} says why, when the rule needs it.
 */
public record ActionRule(String written, String action, Verb verb, String note) {

    /** The glob this rule matches with. */
    public String pattern() {
        return written != null ? written : action;
    }

    /** Whether the rule matches the written text itself rather than the actions it stands for. */
    public boolean matchesWritten() {
        return written != null;
    }
}
