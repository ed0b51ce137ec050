package io.oversight.engine.facts;

/**
 * Inserted by the last rule of a rule base with an organization's rules, after every other rule
 * of ours: its absence says an organization rule halted the session or cleared the agenda first.
 * A fact of this package, so that no organization rule may insert it in that rule's place.
 */
public record RulesCompleted() {
}
