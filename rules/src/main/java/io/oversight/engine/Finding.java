package io.oversight.engine;

import io.oversight.catalog.Reference;
import io.oversight.catalog.Severity;
import java.util.List;

/**
 * A control a subject fails, with the evidence that shows it. The first evidence is the primary one.
 * {@code message} is {@code statement} followed by the items it lists, if any ("...: a, b"): the
 * statement is what a baseline compares to tell an edited finding from a new one. {@code items} are
 * all the items the finding is about (the offending actions, the missing events), sorted and
 * without the limit the message has: a baseline takes a finding that shares one with an earlier
 * finding for the same entry edited, and one that shares none for another entry.
 * {@code references} are the clauses this finding breaks: its control's, less those a reference
 * leaves met for the conditions and items of the finding's violations.
 */
public record Finding(
        String fingerprint,
        String control,
        String title,
        Severity severity,
        Subject subject,
        String message,
        String statement,
        List<String> items,
        String remediation,
        List<Evidence> evidence,
        List<Reference> references,
        AppliedWaiver waiver) {

    public Finding {
        items = List.copyOf(items);
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }

    public boolean waived() {
        return waiver != null;
    }

    public Evidence primaryEvidence() {
        return evidence.get(0);
    }

    Finding withFingerprint(String other) {
        return new Finding(other, control, title, severity, subject, message, statement, items, remediation, evidence, references, waiver);
    }

    public Finding withWaiver(AppliedWaiver applied) {
        return new Finding(fingerprint, control, title, severity, subject, message, statement, items, remediation, evidence, references, applied);
    }
}
