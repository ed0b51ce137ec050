package io.oversight.report.pdf;

import io.oversight.catalog.Control;
import io.oversight.catalog.Reference;
import io.oversight.catalog.Severity;
import io.oversight.catalog.WorkPackage;
import io.oversight.catalog.WorkPackages;
import io.oversight.deployment.model.Person;
import io.oversight.engine.Assessment;
import io.oversight.engine.Baseline;
import io.oversight.engine.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The open findings grouped by the change that closes them (the catalog's work packages), ranked
 * by the risk each change removes, each with an owner found by role and a target date that
 * respects both the severity and how much the same owner already has to do.
 */
final class WorkPackagePlan {

    /** Who carries a package: a person holding one of its roles, or the deployment owner as a stated fallback. */
    record Owner(String personId, String role, boolean fallback) {
    }

    /** One package of this deployment: the change, the findings it closes and who does it by when. */
    record Item(WorkPackage work, Severity worst, int risk, List<Finding> findings, List<String> controls, List<String> agents,
                List<String> otherSubjects, List<String> clauses, Owner owner, LocalDate due) {
    }

    private WorkPackagePlan() {
    }

    static List<Item> of(ReportFacts facts) {
        WorkPackages catalog = WorkPackages.builtIn();
        Map<String, List<Finding>> byPackage = new LinkedHashMap<>();
        Map<String, WorkPackage> packages = new HashMap<>();
        for (Finding f : facts.assessment().openFindings()) {
            WorkPackage work = catalog.of(f.control()).orElseGet(() -> ownPackage(facts, f.control()));
            packages.putIfAbsent(work.id(), work);
            byPackage.computeIfAbsent(work.id(), k -> new ArrayList<>()).add(f);
        }
        record Draft(WorkPackage work, List<Finding> findings, int risk, Severity worst, Owner owner) {
        }
        List<Draft> drafts = new ArrayList<>();
        byPackage.forEach((id, findings) -> drafts.add(new Draft(packages.get(id), findings,
                findings.stream().mapToInt(f -> weight(f.severity())).sum(),
                findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow(), owner(facts, packages.get(id)))));
        // Dated most severe first, so that an owner's high packages never push a critical one past its target; shown by risk.
        drafts.sort(Comparator.comparing(Draft::worst).thenComparing(Comparator.comparingInt(Draft::risk).reversed())
                .thenComparing(d -> d.work().id()));
        Map<String, LocalDate> lastDue = new HashMap<>();
        Map<String, LocalDate> dueDates = new HashMap<>();
        LocalDate asOf = facts.assessment().asOf();
        for (Draft d : drafts) {
            String person = d.owner().personId();
            LocalDate due = due(d.worst(), asOf);
            LocalDate previous = lastDue.get(person);
            if (previous != null && previous.plusDays(spacing(d.worst())).isAfter(due)) {
                due = previous.plusDays(spacing(d.worst()));
            }
            lastDue.put(person, due);
            dueDates.put(d.work().id(), earlierLimit(facts.assessment(), d.findings()).filter(due::isAfter).orElse(due));
        }
        drafts.sort(Comparator.comparingInt(Draft::risk).reversed().thenComparing(Draft::worst).thenComparing(d -> d.work().id()));
        List<Item> items = new ArrayList<>();
        for (Draft d : drafts) {
            Owner owner = d.owner();
            LocalDate due = dueDates.get(d.work().id());
            TreeSet<String> controls = new TreeSet<>();
            TreeSet<String> agents = new TreeSet<>(Words.NATURAL);
            TreeSet<String> others = new TreeSet<>(Words.NATURAL);
            TreeSet<String> clauses = new TreeSet<>();
            for (Finding f : d.findings()) {
                controls.add(f.control());
                if (f.subject().agentId() != null) {
                    agents.add(f.subject().agentId());
                } else {
                    others.add(Words.subject(f.subject()));
                }
                for (Reference r : f.references()) {
                    // The clauses the change closes: those the findings make a gap, not those that do not bind here.
                    if (facts.frameworkApplies(r.framework()) && facts.clause(r.framework(), r.clause())
                            .map(c -> c.status().broken()).orElse(false)) {
                        clauses.add(facts.frameworkTitle(r.framework()) + " " + r.clause());
                    }
                }
            }
            items.add(new Item(d.work(), d.worst(), d.risk(), List.copyOf(d.findings()), List.copyOf(controls), List.copyOf(agents),
                    List.copyOf(others), List.copyOf(clauses), owner, due));
        }
        return List.copyOf(items);
    }

    /** A control no package names (an organization's own): its remediation is a change of its own, without a role to give it to. */
    private static WorkPackage ownPackage(ReportFacts facts, String controlId) {
        Control control = facts.assessment().catalog().control(controlId).orElseThrow();
        return new WorkPackage(controlId, control.title(), control.remediation(), List.of(controlId), "owner of the control", List.of());
    }

    /** The first of the package's roles that someone in the file holds, the people in file order; else the deployment owner, said so. */
    static Owner owner(ReportFacts facts, WorkPackage work) {
        List<Person> people = facts.assessment().input().deployment().people();
        for (String role : work.ownerRoles()) {
            for (Person p : people) {
                if (p.roles().contains(role)) {
                    return new Owner(p.id(), role, false);
                }
            }
        }
        return new Owner(facts.metadata().owner(), work.owner(), true);
    }

    /** Risk a finding carries, each severity three times the one below: one critical outweighs two highs. */
    static int weight(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 27;
            case HIGH -> 9;
            case MEDIUM -> 3;
            case LOW -> 1;
        };
    }

    /**
     * The earliest time limit a package's findings had by the baseline's report: a finding it had is
     * that gap still open, and a later plan does not give it time again (empty without a dated baseline).
     */
    private static Optional<LocalDate> earlierLimit(Assessment assessment, List<Finding> findings) {
        Baseline baseline = assessment.baseline();
        if (baseline == null || baseline.asOf() == null) {
            return Optional.empty();
        }
        return findings.stream().filter(baseline::hadThen).map(f -> due(f.severity(), baseline.asOf())).min(Comparator.naturalOrder());
    }

    /** How long a finding of each severity may stay open. */
    static LocalDate due(Severity severity, LocalDate asOf) {
        return asOf.plusDays(switch (severity) {
            case CRITICAL -> 7;
            case HIGH -> 30;
            case MEDIUM -> 90;
            case LOW -> 180;
        });
    }

    /** The least time an owner gets for a package after their previous one. */
    static int spacing(Severity severity) {
        return switch (severity) {
            case CRITICAL -> 7;
            case HIGH -> 14;
            case MEDIUM, LOW -> 30;
        };
    }
}
