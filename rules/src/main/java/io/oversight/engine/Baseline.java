package io.oversight.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An earlier run's findings, to tell what is new: a finding whose fingerprint the earlier run
 * had is {@code unchanged}, any other is {@code new}, and earlier fingerprints no longer found
 * are {@code resolved}. A finding a waiver covered then ({@code waivedBefore}) and none covers now
 * is new as well: the risk was accepted, and no longer is. With {@code failOnNew} only new findings
 * can fail the check. {@code asOf} is the earlier run's as-of date (null when its output does not
 * say), from which its report set its target dates.
 */
public record Baseline(String file, LocalDate asOf, Set<String> previous, Set<String> waivedBefore, List<PreviousFinding> resolved,
                       boolean failOnNew) {

    public Baseline {
        previous = Set.copyOf(previous);
        waivedBefore = Set.copyOf(waivedBefore);
        resolved = List.copyOf(resolved);
    }

    /** What the earlier run said about a finding, enough to list it as resolved. */
    public record PreviousFinding(String fingerprint, String control, String severity, String subject, String message, boolean waived) {
    }

    /**
     * Compares an earlier run's findings with the current ones. Only a control this run evaluated
     * ({@code evaluated}) can resolve a finding: a run scoped to one framework, or without an
     * organization's rules, says nothing of the others' earlier findings.
     */
    public static Baseline compare(String file, LocalDate asOf, List<PreviousFinding> earlier, List<Finding> current, Set<String> evaluated,
                                   boolean failOnNew) {
        Set<String> now = current.stream().map(Finding::fingerprint).collect(java.util.stream.Collectors.toSet());
        Set<String> previous = earlier.stream().map(PreviousFinding::fingerprint).collect(java.util.stream.Collectors.toSet());
        List<PreviousFinding> resolved = earlier.stream().filter(p -> evaluated.contains(p.control()) && !now.contains(p.fingerprint())).toList();
        Set<String> waived = earlier.stream().filter(PreviousFinding::waived).map(PreviousFinding::fingerprint)
                .collect(java.util.stream.Collectors.toSet());
        return new Baseline(file, asOf, previous, waived, resolved, failOnNew);
    }

    public boolean isNew(Finding finding) {
        return !previous.contains(finding.fingerprint()) || !finding.waived() && waivedBefore.contains(finding.fingerprint());
    }

    public String state(Finding finding) {
        return isNew(finding) ? "new" : "unchanged";
    }
}
