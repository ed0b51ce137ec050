package io.oversight.report.pdf;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.Control;
import io.oversight.catalog.Severity;
import io.oversight.engine.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings of one control, open ones first and most severe first; how the findings section reads. */
record ControlGroup(Control control, List<Finding> findings) {

    static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::waived)
            .thenComparing(Finding::severity)
            .thenComparing(f -> f.subject().id(), Words.NATURAL)
            .thenComparingInt(f -> f.primaryEvidence().line());

    ControlGroup {
        findings = List.copyOf(findings);
    }

    List<Finding> open() {
        return findings.stream().filter(f -> !f.waived()).toList();
    }

    long waived() {
        return findings.stream().filter(Finding::waived).count();
    }

    /** The worst open severity; the control's own severity when every finding is waived (for ordering only). */
    Severity worst() {
        return open().stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(control.severity());
    }

    /** Groups with open findings first, the worst first, then by control id; fully waived groups last. */
    static List<ControlGroup> of(Catalog catalog, List<Finding> findings) {
        Map<String, List<Finding>> byControl = new LinkedHashMap<>();
        for (Finding f : findings) {
            byControl.computeIfAbsent(f.control(), k -> new ArrayList<>()).add(f);
        }
        List<ControlGroup> groups = new ArrayList<>();
        byControl.forEach((id, list) -> {
            List<Finding> sorted = new ArrayList<>(list);
            sorted.sort(FINDING_ORDER);
            Control control = catalog.control(id)
                    .orElseThrow(() -> new IllegalStateException("a finding names control " + id + ", which the catalog lacks"));
            groups.add(new ControlGroup(control, sorted));
        });
        groups.sort(Comparator.comparing((ControlGroup g) -> g.open().isEmpty())
                .thenComparing(ControlGroup::worst)
                .thenComparing(g -> g.control().id()));
        return List.copyOf(groups);
    }
}
