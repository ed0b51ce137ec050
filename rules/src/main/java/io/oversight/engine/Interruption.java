package io.oversight.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Remembers the rule that fired last in a session with an organization's rules: when the session
 * stopped before the built-in rules ran to the end ({@link io.oversight.engine.facts.RulesCompleted}
 * missing), the one that halted it or cleared the agenda.
 */
final class Interruption extends DefaultAgendaEventListener {

    private Rule lastFired;

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastFired = event.getMatch().getRule();
    }

    Rule lastFired() {
        return lastFired;
    }
}
