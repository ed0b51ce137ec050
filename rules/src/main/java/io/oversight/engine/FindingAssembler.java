package io.oversight.engine;

import io.oversight.access.RightDescription;
import io.oversight.catalog.Catalog;
import io.oversight.catalog.Control;
import io.oversight.catalog.Reference;
import io.oversight.catalog.Severity;
import io.oversight.deployment.Sha256;
import io.oversight.deployment.SourceMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups violations into findings, locates their evidence and adds the catalog's words and
 * severities. One assembler serves one thread: it keeps its digest between findings.
 */
final class FindingAssembler {

    private final Catalog catalog;
    private final SourceMap sources;
    private final java.time.LocalDate asOf;
    private final java.util.Set<String> annexIAgents;
    private final MessageDigest sha;

    /**
     * Assembles findings rated as on {@code asOf}, the day a law's escalations are weighed against;
     * {@code annexIAgents}, high-risk as products under Annex I, meet the EU AI Act's high-risk
     * duties later than the others.
     */
    /** The controls a reference of which narrows the violations that break its clause. */
    private final Set<String> narrowing;

    FindingAssembler(Catalog catalog, SourceMap sources, java.time.LocalDate asOf, java.util.Set<String> annexIAgents) {
        this.catalog = catalog;
        this.sources = sources;
        this.asOf = asOf;
        this.annexIAgents = annexIAgents;
        this.sha = Sha256.digest();
        this.narrowing = catalog.controls().stream().filter(c -> c.references().stream().anyMatch(Reference::narrowed)).map(Control::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * What groups violations into one finding. Written out rather than the record's own methods,
     * which go through method handles that the quick compiler the launcher uses does not inline:
     * every violation of a large check is hashed and compared here.
     */
    private record Key(String control, Subject subject, String group) {

        @Override
        public int hashCode() {
            return (Objects.hashCode(control) * 31 + Objects.hashCode(subject)) * 31 + Objects.hashCode(group);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(control, k.control) && Objects.equals(group, k.group) && Objects.equals(subject, k.subject);
        }
    }

    /** A violation with the places its evidence and each of its ways through ({@link Violation#via()}) are at. */
    private record Located(Violation violation, SourceMap.Location location, List<SourceMap.Location> through) {
    }

    /**
     * The findings of {@code violations}, in no particular order: callers sort them with
     * {@link #ORDER}, which is total, once all are built.
     */
    List<Finding> findings(List<Violation> violations) {
        Map<Key, List<Violation>> groups = new HashMap<>();
        for (Violation v : violations) {
            groups.computeIfAbsent(new Key(v.control(), v.subject(), v.group()), k -> new ArrayList<>(2)).add(v);
        }
        List<Finding> findings = new ArrayList<>(groups.size());
        groups.forEach((key, members) -> findings.add(finding(key, members)));
        distinguishCopies(findings);
        return findings;
    }

    /**
     * Findings about entries fingerprinted by what they are, not where (identical waivers, one in the
     * deployment and its copy in a waivers file), each keep a fingerprint of their own: the first by
     * place keeps it, each later one hashes it with its number among them. A shared fingerprint had
     * made two findings one alert in code scanning and two OSCAL objects of one UUID.
     */
    private void distinguishCopies(List<Finding> findings) {
        Map<String, List<Integer>> byFingerprint = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).subject().positional()) {
                byFingerprint.computeIfAbsent(findings.get(i).fingerprint(), f -> new ArrayList<>(1)).add(i);
            }
        }
        for (List<Integer> copies : byFingerprint.values()) {
            if (copies.size() < 2) {
                continue;
            }
            copies.sort(Comparator.comparing((Integer i) -> findings.get(i).subject().id().length()).thenComparing(i -> findings.get(i).subject().id()));
            for (int n = 1; n < copies.size(); n++) {
                Finding copy = findings.get(copies.get(n));
                findings.set(copies.get(n), copy.withFingerprint(hashed(copy.fingerprint() + "\u0000" + (n + 1))));
            }
        }
    }

    /** Most severe first, then by control, subject and place; the fingerprint makes the order total. */
    static final Comparator<Finding> ORDER = FindingAssembler::compare;

    /**
     * Sorts {@code findings} into {@link #ORDER}, on every core for a large list (the JDK's parallel
     * sort takes one core below 8,192 elements): all of a fleet's findings are ordered once every
     * part has fired, while the other cores would idle. The order is total, so the result is the same.
     */
    static void sort(List<Finding> findings) {
        Finding[] sorted = findings.toArray(new Finding[0]);
        Arrays.parallelSort(sorted, ORDER);
        for (int i = 0; i < sorted.length; i++) {
            findings.set(i, sorted[i]);
        }
    }

    private static int compare(Finding a, Finding b) {
        int c = a.severity().compareTo(b.severity());
        if (c == 0) {
            c = a.control().compareTo(b.control());
        }
        if (c == 0) {
            c = a.subject().id().compareTo(b.subject().id());
        }
        if (c == 0) {
            c = Integer.compare(a.primaryEvidence().line(), b.primaryEvidence().line());
        }
        if (c == 0) {
            c = Integer.compare(a.primaryEvidence().column(), b.primaryEvidence().column());
        }
        return c != 0 ? c : a.fingerprint().compareTo(b.fingerprint());
    }

    private Finding finding(Key key, List<Violation> violations) {
        List<Located> members = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            List<SourceMap.Location> through = v.via().isEmpty() ? List.of() : v.via().stream().map(sources::resolve).toList();
            members.add(new Located(v, sources.resolve(v.evidencePath()), through));
        }
        if (members.size() > 1) {
            members.sort(MEMBER_ORDER);
        }
        Control control = catalog.control(key.control())
                .orElseThrow(() -> new IllegalStateException("a rule reports control " + key.control() + ", which the catalog lacks"));
        List<Evidence> evidence = new ArrayList<>();
        Set<SourceMap.Location> seen = new LinkedHashSet<>();
        Map<String, Set<String>> items = new LinkedHashMap<>();
        for (Located member : members) {
            SourceMap.Location at = member.location();
            if (seen.add(at)) {
                // Evidence names its file: a grant imported from an IAM policy is cited in the policy.
                evidence.add(new Evidence(at.file(), at.position().line(), at.position().column(), member.violation().evidencePath()));
            }
            for (int i = 0; i < member.through().size(); i++) {
                SourceMap.Location through = member.through().get(i);
                if (seen.add(through)) {
                    evidence.add(new Evidence(through.file(), through.position().line(), through.position().column(), member.violation().via().get(i)));
                }
            }
            if (member.violation().item() != null) {
                String on = member.violation().on() == null ? "" : member.violation().on();
                items.computeIfAbsent(on, k -> new LinkedHashSet<>()).add(member.violation().item());
            }
        }
        Violation first = members.get(0).violation();
        String message = items.isEmpty() ? first.message() : first.message() + ": " + listed(items);
        // The highest (first) severity any member's condition gives; a loop, as this runs for every finding.
        boolean annexI = annexI(key.subject());
        Severity severity = control.severityFor(first.condition(), asOf, annexI);
        for (Located member : members.subList(1, members.size())) {
            Severity s = control.severityFor(member.violation().condition(), asOf, annexI);
            if (s.compareTo(severity) < 0) {
                severity = s;
            }
        }
        return new Finding(fingerprint(key), key.control(), control.title(), severity, key.subject(), message, first.message(),
                allItems(items), control.remediation(), evidence, references(control, members), null);
    }

    /** The clauses the finding breaks: its control's, narrowed by its violations where a reference says so (a few controls). */
    private List<Reference> references(Control control, List<Located> members) {
        if (!narrowing.contains(control.id())) {
            return control.references();
        }
        List<String> conditions = new ArrayList<>(members.size());
        List<String> about = new ArrayList<>(members.size());
        for (Located member : members) {
            conditions.add(member.violation().condition());
            about.add(member.violation().item());
        }
        return control.referencesBrokenBy(conditions, about);
    }

    private boolean annexI(Subject subject) {
        return subject.agentId() != null && annexIAgents.contains(subject.agentId());
    }

    /** Every item of every group, sorted: what a baseline compares, whatever the order the entries are written in. */
    private static List<String> allItems(Map<String, Set<String>> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<String> all = new TreeSet<>();
        items.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** How many offending items a message names; the evidence still cites every place. */
    static final int ITEMS_NAMED = 8;

    /**
     * The items, those reaching the same resources together ("delete, update on a, b"), in the
     * order their evidence comes; the first {@link #ITEMS_NAMED} groups, each with its first as many
     * items, and how many more there are: a policy of hundreds of actions gives a readable message.
     */
    private static String listed(Map<String, Set<String>> items) {
        List<String> all = new ArrayList<>(items.size());
        // A group can hold hundreds of items too (one per agent sharing a principal).
        items.forEach((on, named) -> all.add(firstNamed(named) + (on.isEmpty() ? "" : " on " + on)));
        return firstNamed(all);
    }

    private static String firstNamed(java.util.Collection<String> items) {
        return items.size() <= ITEMS_NAMED ? String.join(", ", items)
                : RightDescription.named(items.stream().limit(ITEMS_NAMED).toList(), items.size());
    }

    /** Stable across runs and line moves: it hashes what the finding is about, not where it was written. */
    private String fingerprint(Key key) {
        String text = key.control() + "\u0000" + key.subject().kind() + "\u0000" + (key.subject().positional() ? "" : key.subject().id())
                + "\u0000" + key.group();
        return hashed(text);
    }

    /** The first 16 bytes of {@code text}'s SHA-256, in hex: what a fingerprint is. */
    private String hashed(String text) {
        return HEX.formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static final HexFormat HEX = HexFormat.of();

    /**
     * A total order of one finding's violations, so that the same input always gives the same
     * evidence and message, whatever order the rules fired in: two ways to one right (a role reached
     * through the entry's own grant and through an imported policy's assume) are told apart by
     * where their ways through are.
     */
    private static final Comparator<Located> MEMBER_ORDER = Comparator.comparingInt((Located l) -> l.violation().rank())
            .thenComparing(Located::location)
            .thenComparing(l -> l.violation().evidencePath())
            .thenComparing(l -> l.violation().item() == null ? "" : l.violation().item())
            .thenComparing(Located::through, FindingAssembler::compareThrough);

    private static int compareThrough(List<SourceMap.Location> a, List<SourceMap.Location> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
