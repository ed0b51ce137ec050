package io.oversight.catalog;

import java.util.List;

/** A requirement that can be decided from a deployment description, and the clauses it serves. */
public record Control(
        String id,
        String title,
        Severity severity,
        String escalation,
        String statement,
        String rationale,
        String check,
        String remediation,
        String remediationExample,
        List<Reference> references) {

    public Control {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The family prefix of the id: {@code HO} for {@code HO-02}. */
    public String family() {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
