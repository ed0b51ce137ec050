package io.oversight.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A requirement that can be decided from a deployment description, the clauses it serves, and the
 * subjects its rule examines ({@code appliesTo}, any of them).
 */
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
        List<Reference> references,
        List<SubjectClass> appliesTo) {

    /**
     * A control that names no {@code appliesTo}, as an organization's own control may, is about the
     * deployment as a whole: it always has its subject.
     */
    public Control {
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        references = references == null ? List.of() : List.copyOf(references);
        appliesTo = appliesTo == null || appliesTo.isEmpty() ? List.of(SubjectClass.DEPLOYMENT) : List.copyOf(appliesTo);
    }

    /**
     * The severity of a violation that its rule reports under {@code condition} on {@code asOf}, of
     * a subject on the EU AI Act's Annex I route or not ({@code annexI}): the default when the
     * condition is null or its escalation does not hold yet, else the escalation's.
     */
    public Severity severityFor(String condition, java.time.LocalDate asOf, boolean annexI) {
        if (condition == null) {
            return severity;
        }
        for (String part : Conditions.parts(condition)) {
            for (Escalation escalation : escalations) {
                if (escalation.when().equals(part)) {
                    return escalation.holdsOn(asOf, annexI) ? escalation.severity() : severity;
                }
            }
        }
        if (namesCondition(condition)) {
            return severity;
        }
        throw new IllegalArgumentException("control " + id + " has no escalation when " + condition + ", and cites no clause unless it");
    }

    /**
     * Whether a rule of this control may report a violation under {@code condition}: each of its
     * parts one an escalation rates, or one a clause it cites is left met by.
     */
    public boolean namesCondition(String condition) {
        return Conditions.parts(condition).stream().allMatch(part -> escalations.stream().anyMatch(e -> e.when().equals(part))
                || references.stream().anyMatch(r -> r.unless().contains(part)));
    }

    /**
     * The clauses a finding breaks whose violations were reported under {@code conditions} (null
     * for none) about {@code items} (null for none), the two lists in step: those that any of its
     * violations breaks. The same list as {@link #references()} when no clause narrows which
     * violations break it, as for nearly every finding.
     */
    public List<Reference> referencesBrokenBy(List<String> conditions, List<String> items) {
        if (references.stream().noneMatch(Reference::narrowed)) {
            return references;
        }
        return references.stream().filter(r -> java.util.stream.IntStream.range(0, conditions.size())
                .anyMatch(i -> r.brokenBy(conditions.get(i), items.get(i)))).toList();
    }

    /** The same control with {@code resolved} escalations. */
    Control withEscalations(List<Escalation> resolved) {
        return new Control(id, title, severity, resolved, statement, rationale, check, remediation, remediationExample, references, appliesTo);
    }

    /**
     * Whether every finding of the control is about the deployment or one of its environments, whose
     * risks the deployment's owner holds (no agent's owner does).
     */
    public boolean aboutTheDeployment() {
        return !appliesTo.isEmpty() && appliesTo.stream().allMatch(s -> s == SubjectClass.DEPLOYMENT || s.environments());
    }

    /** Whether every finding of the control is about an environment, which no waiver can name as it names an agent. */
    public boolean aboutEnvironments() {
        return !appliesTo.isEmpty() && appliesTo.stream().allMatch(SubjectClass::environments);
    }

    /** The most severe finding the control can report: its default, or an escalation above it. */
    public Severity worstSeverity() {
        Severity worst = severity;
        for (Escalation escalation : escalations) {
            if (escalation.severity().compareTo(worst) < 0) {
                worst = escalation.severity();
            }
        }
        return worst;
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
