package io.oversight.engine;

import io.oversight.catalog.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings left open after waivers, and those waived, as the coverage step reads them: by
 * control, and for a clause the fingerprints of its controls' open (or waived) findings in report
 * order. Frameworks map the same controls to many clauses (94 clauses name 55 lists of controls),
 * and a large fleet's clause lists hundreds of thousands of fingerprints, so each list is made once.
 */
final class OpenFindings {

    private final List<Finding> findings;
    /** Positions in {@code findings} of each control's open findings, ascending. */
    private final Map<String, List<Integer>> byControl = new HashMap<>();
    /** Positions in {@code findings} of each control's waived findings, ascending. */
    private final Map<String, List<Integer>> waivedByControl = new HashMap<>();
    private final Map<Gaps, List<String>> made = new HashMap<>();

    /** {@code findings} in report order. */
    OpenFindings(List<Finding> findings) {
        this.findings = findings;
        for (int i = 0; i < findings.size(); i++) {
            (findings.get(i).waived() ? waivedByControl : byControl).computeIfAbsent(findings.get(i).control(), c -> new ArrayList<>()).add(i);
        }
    }

    /**
     * A clause's open (or waived) findings: of these controls, about any agent ({@code bound} null)
     * or about the deployment or an agent in {@code bound}; with {@code clause} not null only those
     * that break it, for a clause some condition of its controls' violations leaves met.
     */
    private record Gaps(Set<String> controls, Set<String> bound, boolean waived, Reference clause) {
    }

    /**
     * The fingerprints, in report order, of the open findings of {@code controls}; with {@code bound}
     * not null only those about no agent in particular or about an agent in {@code bound}; with
     * {@code clause} not null only those whose references hold it.
     */
    List<String> fingerprints(List<String> controls, Set<String> bound, Reference clause) {
        return made.computeIfAbsent(new Gaps(Set.copyOf(controls), bound, false, clause), this::make);
    }

    /** The same as {@link #fingerprints} for the waived findings. */
    List<String> waivedFingerprints(List<String> controls, Set<String> bound, Reference clause) {
        return made.computeIfAbsent(new Gaps(Set.copyOf(controls), bound, true, clause), this::make);
    }

    private List<String> make(Gaps gaps) {
        List<List<Integer>> lists = new ArrayList<>();
        int size = 0;
        for (String control : gaps.controls()) {
            List<Integer> positions = (gaps.waived() ? waivedByControl : byControl).get(control);
            if (positions != null) {
                lists.add(positions);
                size += positions.size();
            }
        }
        // A finding has one control, so the lists are disjoint: one sort puts them in report order.
        int[] order = new int[size];
        int n = 0;
        for (List<Integer> positions : lists) {
            for (Integer position : positions) {
                order[n++] = position;
            }
        }
        if (lists.size() > 1) {
            Arrays.sort(order);
        }
        List<String> fingerprints = new ArrayList<>(size);
        for (int position : order) {
            Finding f = findings.get(position);
            if ((gaps.bound() == null || f.subject().agentId() == null || gaps.bound().contains(f.subject().agentId()))
                    && (gaps.clause() == null || breaks(f, gaps.clause()))) {
                fingerprints.add(f.fingerprint());
            }
        }
        return List.copyOf(fingerprints);
    }

    private static boolean breaks(Finding finding, Reference clause) {
        return finding.references().stream().anyMatch(r -> r.framework().equals(clause.framework()) && r.clause().equals(clause.clause()));
    }
}
