package io.oversight.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A requirement that can be decided from a deployment description, and the clauses it serves. */
public record Control(
        String id,
        String title,
        Severity severity,
        List<Escalation> escalations,
        String statement,
        String rationale,
        String check,
        String remediation,
        String remediationExample,
        List<Reference> references) {

    public Control {
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /**
     * The severity of a violation that its rule reports under {@code condition}: the default when
     * the condition is null, else the severity of the escalation that names it.
     */
    public Severity severityFor(String condition) {
        if (condition == null) {
            return severity;
        }
        for (Escalation escalation : escalations) {
            if (escalation.when().equals(condition)) {
                return escalation.severity();
            }
        }
        throw new IllegalArgumentException("control " + id + " has no escalation when " + condition);
    }

    /** The escalations as prose, "; " between them, or the empty string when there are none. */
    public String escalationText() {
        return escalations.stream().map(Escalation::describe).collect(Collectors.joining("; "));
    }

    /** The family prefix of the id: {@code HO} for {@code HO-02}. */
    public String family() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
