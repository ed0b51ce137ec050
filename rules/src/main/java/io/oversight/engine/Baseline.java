package io.oversight.engine;

import io.oversight.catalog.Severity;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An earlier run's findings, to tell what is new: a finding whose fingerprint the earlier run
 * had is {@code unchanged}; a finding whose fingerprint is new, of a control and subject for which
 * the earlier run had a finding this run no longer has, is {@code updated} (the same gap, its
 * entry edited: an action added to a permission changes what the finding is about); any other
 * is {@code new}, and earlier findings neither found again nor updated are {@code resolved}. A
 * finding a waiver covered then ({@code waivedBefore}) and none covers now is new as well: the
 * risk was accepted, and no longer is; so is one more severe now than then ({@code severities}):
 * an environment rated critical since makes the same gap a critical one. With {@code failOnNew} only new findings can fail the
 * check. {@code asOf} is the earlier run's as-of date (null when its output does not say), from
 * which its report set its target dates.
 *
 * @param updated the fingerprint of each updated finding, with the earlier one's it stands for
 */
public record Baseline(String file, LocalDate asOf, Set<String> previous, Set<String> waivedBefore, Map<String, Severity> severities,
                       List<PreviousFinding> resolved, Map<String, String> updated, boolean failOnNew) {

    public Baseline {
        previous = Set.copyOf(previous);
        severities = Map.copyOf(severities);
        waivedBefore = Set.copyOf(waivedBefore);
        resolved = List.copyOf(resolved);
        updated = Map.copyOf(updated);
    }

    /** What the earlier run said about a finding, enough to list it as resolved. */
    public record PreviousFinding(String fingerprint, String control, String severity, String subject, String message, boolean waived) {
    }

    /**
     * Compares an earlier run's findings with the current ones. Only a control this run evaluated
     * ({@code evaluated}) can resolve a finding: a run scoped to one framework, or without an
     * organization's rules, says nothing of the others' earlier findings. The findings left over on
     * each side are paired by control and subject, in their order, so that the pairing is the same
     * on every run.
     */
    public static Baseline compare(String file, LocalDate asOf, List<PreviousFinding> earlier, List<Finding> current, Set<String> evaluated,
                                   boolean failOnNew) {
        Set<String> now = current.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        Set<String> previous = earlier.stream().map(PreviousFinding::fingerprint).collect(Collectors.toSet());
        Map<String, Deque<PreviousFinding>> gone = new LinkedHashMap<>();
        for (PreviousFinding p : earlier) {
            if (evaluated.contains(p.control()) && !now.contains(p.fingerprint())) {
                gone.computeIfAbsent(p.control() + " " + p.subject(), k -> new ArrayDeque<>()).add(p);
            }
        }
        Map<String, String> updated = new HashMap<>();
        for (Finding f : current) {
            Deque<PreviousFinding> same = previous.contains(f.fingerprint()) ? null : gone.get(f.control() + " " + f.subject());
            PreviousFinding before = same == null ? null : same.stream().filter(p -> saysTheSame(p, f)).findFirst().orElse(null);
            if (before != null) {
                same.remove(before);
                updated.put(f.fingerprint(), before.fingerprint());
            }
        }
        Set<String> paired = Set.copyOf(updated.values());
        List<PreviousFinding> resolved = earlier.stream()
                .filter(p -> evaluated.contains(p.control()) && !now.contains(p.fingerprint()) && !paired.contains(p.fingerprint())).toList();
        Set<String> waived = earlier.stream().filter(PreviousFinding::waived).map(PreviousFinding::fingerprint).collect(Collectors.toSet());
        Map<String, Severity> severities = new HashMap<>();
        for (PreviousFinding p : earlier) {
            // An output edited to a word that is no severity compares by fingerprint alone.
            Severity.ofLabel(p.severity()).ifPresent(s -> severities.putIfAbsent(p.fingerprint(), s));
        }
        return new Baseline(file, asOf, previous, waived, severities, resolved, updated, failOnNew);
    }

    /**
     * Whether an earlier finding says what {@code finding} says, but for the items it lists: the same
     * statement (the same environment, permission or checkpoint in its words) with other actions or
     * resources. A gap of the same control about the same agent elsewhere (another environment) is
     * a new gap, not an edited one.
     */
    private static boolean saysTheSame(PreviousFinding earlier, Finding finding) {
        String statement = finding.statement();
        return earlier.message() != null && (earlier.message().equals(statement) || earlier.message().startsWith(statement + ": "));
    }

    public boolean isNew(Finding finding) {
        String before = updated.getOrDefault(finding.fingerprint(), finding.fingerprint());
        Severity then = severities.get(before);
        return !previous.contains(before) || !finding.waived() && waivedBefore.contains(before)
                || then != null && finding.severity().compareTo(then) < 0;
    }

    /** {@code new}, {@code updated} or {@code unchanged}: the words of SARIF's baselineState. */
    public String state(Finding finding) {
        return isNew(finding) ? "new" : updated.containsKey(finding.fingerprint()) ? "updated" : "unchanged";
    }
}
