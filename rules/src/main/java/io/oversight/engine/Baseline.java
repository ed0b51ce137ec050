package io.oversight.engine;

import io.oversight.catalog.Severity;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An earlier run's findings, to tell what is new: a finding whose fingerprint the earlier run
 * had is {@code unchanged}; a finding whose fingerprint is new is {@code updated} when the earlier
 * run had a finding this run no longer has of the same control and subject, saying the same (the
 * same environment, permission or checkpoint in its words) about at least one of the same items
 * (an action taken out of a permission entry changes what the finding is about, but the entry still
 * grants what it granted); any other is {@code new}, and earlier findings neither found again nor
 * updated are {@code resolved}. A finding found again or updated that lists an item the earlier one
 * did not ({@code added}: an action added to the entry, a kill switch now missing as well as
 * untested) is new too: the change added to the gap, and a gate on new findings must see it. An
 * item that differs from an earlier one in its numbers only (a review date, a number of days) is
 * the same item measured again. A finding that shares no item with the earlier one is about
 * another entry: a destructive right removed from one entry and another granted in a second is a
 * new gap, not the old one edited. A finding a waiver covered then ({@code waivedBefore}) and none
 * covers now is new as well: the risk was accepted, and no longer is; so is one more severe now
 * than then ({@code severities}): an environment rated critical since makes the same gap a
 * critical one. With {@code failOnNew} only new findings can fail the check. {@code asOf} is the
 * earlier run's as-of date (null when its output does not say), from which its report set its
 * target dates.
 *
 * <p>A waiver accepts a gap as it stood when it was approved. A waiver the earlier run already had in
 * force ({@code waiversThen}, by {@link Waiver#key()}) does not cover a finding that grew since
 * ({@code grown}, {@link #outgrows}): not there then, more severe, or listing more items than it did
 * (measures aside). The finding stays open and new, so that an action added to an agent whose
 * control is waived reaches the gate instead of passing under an acceptance nobody gave; a waiver
 * written since (a change to the waivers, which its reviewers see) covers it. Growth is counted, not
 * read from the items' words: a kill switch added but not tested since turns three items into one
 * other, and is no growth. {@code waiversThen} is null for an earlier output that lists no waivers:
 * a waiver in force then cannot be told from one written since, so waivers cover what they covered.
 *
 * @param updated the fingerprint of each updated finding, with the earlier one's it stands for
 */
public record Baseline(String file, LocalDate asOf, Set<String> previous, Set<String> waivedBefore, Map<String, Severity> severities,
                       List<PreviousFinding> resolved, Map<String, String> updated, Set<String> added, Set<String> waiversThen,
                       Set<String> grown, boolean failOnNew) {

    public Baseline {
        waiversThen = waiversThen == null ? null : Set.copyOf(waiversThen);
        grown = Set.copyOf(grown);
        added = Set.copyOf(added);
        previous = Set.copyOf(previous);
        severities = Map.copyOf(severities);
        waivedBefore = Set.copyOf(waivedBefore);
        resolved = List.copyOf(resolved);
        updated = Map.copyOf(updated);
    }

    /**
     * An earlier run as a check compares itself with it: its findings and the waivers it had in
     * force ({@link Waiver#key()}; null when its output lists none), read from {@code file}.
     */
    public record Earlier(String file, LocalDate asOf, List<PreviousFinding> findings, Set<String> waivers, boolean failOnNew) {

        /** {@link Baseline#compare} of these findings with {@code current}. */
        Baseline compare(List<Finding> current, Set<String> evaluated) {
            return Baseline.compare(file, asOf, findings, waivers, current, evaluated, failOnNew);
        }
    }

    /**
     * What the earlier run said about a finding, enough to list it as resolved and to pair it with
     * an edited one: {@code items} as {@link Finding#items()} (empty for a finding of none, and for
     * an output written before findings listed them, whose edited findings then count as new);
     * {@code listsItems} false for such an output, which can tell no item added.
     */
    public record PreviousFinding(String fingerprint, String control, Severity severity, String subject, String message, List<String> items,
                                  boolean listsItems, boolean waived) {

        public PreviousFinding {
            items = List.copyOf(items);
        }

        /**
         * This finding as a report lists it once resolved: the earlier file is input like any other,
         * so its message is masked as quoted text is, and the control, subject and items as ids
         * are ({@link SecretMasker}). Pairing compares them as written, as the current run writes them.
         */
        PreviousFinding shown() {
            return new PreviousFinding(fingerprint, SecretMasker.mask(control), severity, SecretMasker.mask(subject),
                    SecretMasker.maskQuoted(message), items.stream().map(SecretMasker::mask).toList(), listsItems, waived);
        }
    }

    /**
     * Compares an earlier run's findings with the current ones. Only a control this run evaluated
     * ({@code evaluated}) can resolve a finding: a run scoped to one framework, or without an
     * organization's rules, says nothing of the others' earlier findings. The findings left over on
     * each side are paired the closest first (the most items shared), ties broken by fingerprint:
     * fingerprints do not depend on where entries are written, so reordering the file pairs the
     * same findings.
     */
    public static Baseline compare(String file, LocalDate asOf, List<PreviousFinding> earlier, Set<String> waiversThen, List<Finding> current,
                                   Set<String> evaluated, boolean failOnNew) {
        Set<String> now = current.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        Set<String> previous = earlier.stream().map(PreviousFinding::fingerprint).collect(Collectors.toSet());
        Map<String, List<PreviousFinding>> gone = new HashMap<>();
        for (PreviousFinding p : earlier) {
            if (evaluated.contains(p.control()) && !now.contains(p.fingerprint())) {
                gone.computeIfAbsent(p.control() + " " + p.subject(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Finding f : current) {
            List<PreviousFinding> same = previous.contains(f.fingerprint()) ? null : gone.get(f.control() + " " + f.subject());
            if (same != null) {
                for (PreviousFinding p : same) {
                    int shared = shared(p.items(), f.items());
                    if (saysTheSame(p, f) && (shared > 0 || p.items().isEmpty() && f.items().isEmpty())) {
                        pairs.add(new Pair(f.fingerprint(), p.fingerprint(), shared));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::shared).reversed().thenComparing(Pair::now).thenComparing(Pair::before));
        Map<String, String> updated = new HashMap<>();
        Set<String> paired = new HashSet<>();
        for (Pair pair : pairs) {
            if (!updated.containsKey(pair.now()) && !paired.contains(pair.before())) {
                updated.put(pair.now(), pair.before());
                paired.add(pair.before());
            }
        }
        List<PreviousFinding> resolved = earlier.stream()
                .filter(p -> evaluated.contains(p.control()) && !now.contains(p.fingerprint()) && !paired.contains(p.fingerprint()))
                .map(PreviousFinding::shown).toList();
        Set<String> waived = earlier.stream().filter(PreviousFinding::waived).map(PreviousFinding::fingerprint).collect(Collectors.toSet());
        Map<String, Severity> severities = new HashMap<>();
        Map<String, PreviousFinding> byFingerprint = new HashMap<>();
        for (PreviousFinding p : earlier) {
            severities.putIfAbsent(p.fingerprint(), p.severity());
            byFingerprint.putIfAbsent(p.fingerprint(), p);
        }
        Set<String> added = new HashSet<>();
        Set<String> grown = new HashSet<>();
        for (Finding f : current) {
            PreviousFinding before = byFingerprint.get(updated.getOrDefault(f.fingerprint(), f.fingerprint()));
            if (before != null && before.listsItems() && listsMore(f.items(), before.items())) {
                added.add(f.fingerprint());
            }
            if (before == null) {
                before = editedWithoutItems(f, gone.getOrDefault(f.control() + " " + f.subject(), List.of()), paired);
            }
            if (before == null || f.severity().compareTo(before.severity()) < 0
                    || before.listsItems() && measuredCount(f.items()) > measuredCount(before.items())) {
                grown.add(f.fingerprint());
            }
        }
        return new Baseline(file, asOf, previous, waived, severities, resolved, updated, added, waiversThen, grown, failOnNew);
    }

    /**
     * The earlier finding {@code finding} is an edit of when the earlier output lists no items and so
     * could not pair them: one of its control and subject, saying the same, gone and unpaired; null for none.
     */
    private static PreviousFinding editedWithoutItems(Finding finding, List<PreviousFinding> gone, Set<String> paired) {
        return gone.stream().filter(p -> !p.listsItems() && !paired.contains(p.fingerprint()) && saysTheSame(p, finding)).findFirst()
                .orElse(null);
    }

    /** How many items {@code items} lists, measures aside ({@link #measured}). */
    private static long measuredCount(List<String> items) {
        return items.stream().map(Baseline::measured).distinct().count();
    }

    /** Whether {@code now} holds an item {@code before} does not, numbers aside ({@link #measured}). */
    private static boolean listsMore(List<String> now, List<String> before) {
        if (now.isEmpty()) {
            return false;
        }
        Set<String> known = before.stream().map(Baseline::measured).collect(Collectors.toSet());
        return now.stream().map(Baseline::measured).anyMatch(item -> !known.contains(item));
    }

    /**
     * An item with its measures left out, dates and quantities: "last reviewed 2026-05-02" is the item
     * "last reviewed 2026-08-01" measured again, "regulatorReportingDays is 30" the item "... is 20". A
     * number in a name ("namespace payments-1") is kept: another namespace is another item.
     */
    private static String measured(String item) {
        return MEASURES.matcher(item).replaceAll("#");
    }

    private static final java.util.regex.Pattern MEASURES = java.util.regex.Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}\\b|(?<=\\bis )\\d+\\b|\\b\\d+(?= ?(?:days?|hours?|minutes?|months?|years?|%))");

    /** A current finding that may be an earlier one edited, and how many items they share. */
    private record Pair(String now, String before, int shared) {
    }

    /** How many of {@code a}'s items {@code b} has too. */
    private static int shared(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> in = new HashSet<>(b);
        return (int) a.stream().filter(in::contains).count();
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

    /** Whether the earlier run had {@code finding}: the same fingerprint, or one it is an edit of ({@code updated}, new or not). */
    public boolean hadThen(Finding finding) {
        return previous.contains(updated.getOrDefault(finding.fingerprint(), finding.fingerprint()));
    }

    /** Whether {@code finding} is waived now and was open in the earlier run: accepted as a risk since. */
    public boolean waivedSince(Finding finding) {
        String before = updated.getOrDefault(finding.fingerprint(), finding.fingerprint());
        return finding.waived() && previous.contains(before) && !waivedBefore.contains(before);
    }

    public boolean isNew(Finding finding) {
        String before = updated.getOrDefault(finding.fingerprint(), finding.fingerprint());
        Severity then = severities.get(before);
        return !previous.contains(before) || !finding.waived() && waivedBefore.contains(before)
                || then != null && finding.severity().compareTo(then) < 0 || added.contains(finding.fingerprint());
    }

    /**
     * Whether {@code waiver}, which matches {@code finding}, was in force in the earlier run while the
     * finding has grown since: the waiver then accepted less than it would cover now.
     */
    public boolean outgrows(Finding finding, Waiver waiver) {
        return waiversThen != null && waiversThen.contains(waiver.key()) && grown.contains(finding.fingerprint());
    }

    /** How many findings are new, updated and unchanged against a baseline, as every report counts them. */
    public record Changes(long fresh, long updated, long unchanged) {
    }

    /** {@code findings} counted by {@link #state}, each judged once. */
    public Changes changes(List<Finding> findings) {
        long fresh = 0;
        long updated = 0;
        for (Finding f : findings) {
            String state = state(f);
            fresh += state.equals("new") ? 1 : 0;
            updated += state.equals("updated") ? 1 : 0;
        }
        return new Changes(fresh, updated, findings.size() - fresh - updated);
    }

    /** {@code new}, {@code updated} or {@code unchanged}: the words of SARIF's baselineState. */
    public String state(Finding finding) {
        return isNew(finding) ? "new" : updated.containsKey(finding.fingerprint()) ? "updated" : "unchanged";
    }
}
