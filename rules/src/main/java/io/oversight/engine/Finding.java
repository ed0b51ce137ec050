package io.oversight.engine;

import io.oversight.catalog.Reference;
import io.oversight.catalog.Severity;
import java.util.List;

/**
 * A control a subject fails, with the evidence that shows it. The first evidence is the primary one.
 * {@code message} is {@code statement} followed by the items it lists, if any ("...: a, b"): the
 * statement is what a baseline compares to tell an edited finding from a new one.
 */
public record Finding(
        String fingerprint,
        String control,
        String title,
        Severity severity,
        Subject subject,
        String message,
        String statement,
        String remediation,
        List<Evidence> evidence,
        List<Reference> references,
        AppliedWaiver waiver) {

    public Finding {
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }

    public boolean waived() {
        return waiver != null;
    }

    public Evidence primaryEvidence() {
        return evidence.get(0);
    }

    public Finding withWaiver(AppliedWaiver applied) {
        return new Finding(fingerprint, control, title, severity, subject, message, statement, remediation, evidence, references, applied);
    }
}
