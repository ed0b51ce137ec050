package io.oversight.report.formats.junit;

import io.oversight.catalog.Control;
import io.oversight.catalog.Family;
import io.oversight.catalog.SubjectClass;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlResult;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.engine.Subject;
import io.oversight.report.NotJudged;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns an assessment into test cases, a suite per control family: a control that passed is one
 * passed case for the deployment; a control with findings is a case per subject, failed if any of
 * the subject's findings is open and skipped if all are waived, or, with {@code --fail-on-new}, if
 * none of its open findings is new; a control not evaluated is skipped; what no control could judge
 * (an agent without permissions, an unknown use case) is a skipped case of its own.
 * CI dashboards then show what passed as well as what failed.
 */
final class TestSuites {

    private TestSuites() {
    }

    static List<TestSuite> of(Assessment a) {
        Map<String, List<TestCase>> byFamily = new LinkedHashMap<>();
        // Catalog order: families first as declared, so suites come out in the same order every run.
        for (Family family : a.catalog().families()) {
            byFamily.put(family.id(), new ArrayList<>());
        }
        Map<String, Map<Subject, List<Finding>>> findings = findingsByControlAndSubject(a.findings());
        String deployment = a.input().deployment().metadata().name();
        for (ControlResult result : a.controls()) {
            Control control = result.control();
            List<TestCase> cases = byFamily.computeIfAbsent(control.family(), k -> new ArrayList<>());
            String className = "oversight." + control.id();
            switch (result.status()) {
                case PASS -> cases.add(TestCase.passed(className, name(control, "deployment", deployment)));
                case NOT_EVALUATED -> cases.add(TestCase.skipped(className, name(control, "deployment", deployment),
                        "not evaluated: no rule for this control ran in this check"));
                case NOTHING_TO_CHECK -> cases.add(TestCase.skipped(className, name(control, "deployment", deployment),
                        "nothing to check: " + control.appliesTo().stream().map(SubjectClass::absence).collect(Collectors.joining("; "))));
                case FAIL, WAIVED -> findings.getOrDefault(control.id(), Map.of())
                        .forEach((subject, list) -> cases.add(subjectCase(a, className, control, subject, list)));
            }
        }
        Map<String, String> titles = a.catalog().families().stream().collect(Collectors.toMap(Family::id, Family::title));
        List<TestSuite> suites = new ArrayList<>();
        byFamily.forEach((family, cases) -> {
            if (!cases.isEmpty()) {
                suites.add(new TestSuite(family + " " + titles.getOrDefault(family, family), cases));
            }
        });
        // What no control could judge, each a skipped case: a dashboard of passed cases alone read as if it had been checked.
        List<TestCase> notJudged = NotJudged.of(a).stream().map(n -> TestCase.skipped("oversight.not-judged", n.title() + " ["
                + n.at().file() + ":" + n.at().position().line() + "]", "not judged: " + n.message())).toList();
        if (!notJudged.isEmpty()) {
            suites.add(new TestSuite("not judged", notJudged));
        }
        return suites;
    }

    private static Map<String, Map<Subject, List<Finding>>> findingsByControlAndSubject(List<Finding> findings) {
        Map<String, Map<Subject, List<Finding>>> grouped = new LinkedHashMap<>();
        for (Finding f : findings) {
            grouped.computeIfAbsent(f.control(), k -> new LinkedHashMap<>()).computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        return grouped;
    }

    private static TestCase subjectCase(Assessment a, String className, Control control, Subject subject, List<Finding> findings) {
        String name = name(control, subject.kind(), subject.id());
        // New findings first: the case's message and type are its first open finding's.
        List<Finding> open = findings.stream().filter(f -> !f.waived()).sorted(Comparator.comparing(a::known)).toList();
        if (open.isEmpty()) {
            Finding first = findings.get(0);
            return TestCase.skipped(className, name, "waived: " + first.waiver().justification() + " (approved by "
                    + first.waiver().approvedBy() + ", expires " + first.waiver().expires() + ")");
        }
        String message = open.stream().map(Finding::message).collect(Collectors.joining("; "));
        if (open.stream().allMatch(a::known)) {
            // With --fail-on-new the job passes on findings the baseline had: a red case would say otherwise.
            boolean edited = open.stream().anyMatch(f -> a.baseline().state(f).equals("updated"));
            return TestCase.skipped(className, name, "known: in the baseline" + (edited ? ", its entry edited since without adding to it" : "")
                    + ", and --fail-on-new fails on new findings only: " + message);
        }
        if (open.stream().noneMatch(a::gates)) {
            // Below --fail-on (or known besides) the job passes on them too: a dashboard that fails on red cases must agree with it.
            return TestCase.skipped(className, name, (open.stream().noneMatch(a::fails) ? "below " : "known, or below ") + "--fail-on "
                    + a.failOn().label() + ", which the check fails on: " + message);
        }
        return TestCase.failed(className, name, message, open.get(0).severity().label(), details(findings));
    }

    /** The failure body: each finding's evidence as {@code file:line:column  path}, then its fix. */
    private static String details(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(f.waived() ? "[waived] " : "[" + f.severity().label() + "] ").append(f.message()).append('\n');
            for (Evidence e : f.evidence()) {
                text.append("  at ").append(e.file()).append(':').append(e.line()).append(':').append(e.column())
                        .append("  ").append(e.path()).append('\n');
            }
            text.append("  fix: ").append(f.remediation()).append('\n');
        }
        return text.toString();
    }

    private static String name(Control control, String subjectKind, String subjectId) {
        return control.id() + " " + control.title() + " [" + subjectKind + " " + subjectId + "]";
    }
}
