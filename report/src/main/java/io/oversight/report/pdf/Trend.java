package io.oversight.report.pdf;

import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What changed since the report given as {@code --baseline}: the findings that are new ({@code grown}
 * of them earlier findings that list more, are more severe or are no longer waived), those resolved, those still open ({@code updated} when their entry was edited since, as the JSON output's
 * {@code baselineState} says, else {@code unchanged}), those open then and waived now (an accepted
 * risk since), and which of those still open are past the
 * time their severity allows counted from the earlier report's as-of date. That report's plan may
 * have dated a package later, to space out one owner's work; the JSON it leaves holds no plan.
 */
record Trend(String file, LocalDate since, List<Finding> added, int grown, List<Baseline.PreviousFinding> resolved, List<Finding> updated,
             List<Finding> unchanged, List<Overdue> overdue, List<Finding> waived) {

    /** A finding still open after its severity's time limit, counted from the earlier report's date. */
    record Overdue(Finding finding, LocalDate due) {
    }

    static Optional<Trend> of(Assessment a) {
        Baseline b = a.baseline();
        if (b == null) {
            return Optional.empty();
        }
        List<Finding> open = a.openFindings().stream().sorted(ControlGroup.FINDING_ORDER).toList();
        List<Finding> known = open.stream().filter(f -> !b.isNew(f)).toList();
        // A finding the earlier report had is that gap, edited or grown since (new then, for a gate): its time limit still counts
        // from the earlier report, so that adding to a gap does not restart its clock.
        List<Overdue> overdue = b.asOf() == null ? List.of() : open.stream().filter(b::hadThen)
                .map(f -> new Overdue(f, WorkPackagePlan.due(f.severity(), b.asOf())))
                .filter(o -> o.due().isBefore(a.asOf()))
                .toList();
        List<Finding> added = open.stream().filter(b::isNew).toList();
        return Optional.of(new Trend(b.file(), b.asOf(), added, (int) added.stream().filter(b::hadThen).count(), b.resolved(),
                known.stream().filter(f -> b.state(f).equals("updated")).toList(),
                known.stream().filter(f -> b.state(f).equals("unchanged")).toList(), overdue,
                a.findings().stream().filter(b::waivedSince).toList()));
    }

    /** "Since the report of 2026-10-01: 3 new, 23 resolved, 2 updated, 12 unchanged; 4 past their severity's time limit since that report." (waived and updated only when some are) */
    String line() {
        return "Since the report " + (since == null ? "in " + file : "of " + since) + ": " + added.size() + " new"
                + (grown == 0 ? "" : " (" + grown + " of them earlier findings that grew)") + ", " + resolved.size()
                + " resolved, " + (waived.isEmpty() ? "" : waived.size() + " waived, ") + (updated.isEmpty() ? "" : updated.size() + " updated, ")
                + unchanged.size() + " unchanged open findings"
                + (since == null ? "." : "; " + overdue.size() + " past their severity's time limit since that report.");
    }
}
