package io.oversight.report.pdf;

import io.oversight.catalog.Severity;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.Subject;
import io.oversight.engine.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The verdict and why, in sentences generated from the open findings: for the worst controls, how
 * many agents (or environments, or the deployment itself) fail them and what that lets happen,
 * e.g. "Two agents can take irreversible actions in a critical environment without a two-person
 * approval (a and b)." The wording per control comes from {@code headlines.properties}.
 */
final class Headlines {

    private static final Properties PHRASES = load();
    private static final int MAX_SENTENCES = 3;

    private Headlines() {
    }

    /**
     * The verdict in one sentence, naming the threshold and the counts that decided it; a run
     * scoped to one framework says first that the verdict holds for that scope only.
     */
    static String verdict(Assessment a) {
        ReportScope scope = ReportScope.of(a);
        return scope.filtered() ? scope.verdictScope(a.verdict().name()) + ". " + unscoped(a)
                : unscoped(a) + scope.goodPracticeOnly(a.verdict()).map(s -> " " + s).orElse("");
    }

    /**
     * With --fail-on-new, what the check's exit followed, said wherever the verdict is: the verdict
     * stays the deployment's, and only findings new since the baseline fail the check. Empty
     * otherwise.
     */
    static java.util.Optional<String> gate(Assessment a) {
        if (!a.failsOnNewOnly()) {
            return java.util.Optional.empty();
        }
        long gating = a.findings().stream().filter(a::gates).count();
        return java.util.Optional.of("Only findings new since the baseline fail the check (--fail-on-new): it " + (gating == 0
                ? "passes, as none is new at " + a.failOn().label() + " or above."
                : "fails on " + Words.count(gating, "new finding", "new findings") + " at " + a.failOn().label() + " or above."));
    }

    private static String unscoped(Assessment a) {
        Map<Severity, Integer> open = a.openBySeverity();
        long blocking = a.findings().stream().filter(a::fails).count();
        long total = a.openFindings().size();
        String threshold = "\u201c" + a.failOn().label() + "\u201d";
        if (a.verdict() == Verdict.FAIL) {
            return "The deployment fails: " + Words.count(blocking, "open finding is", "open findings are") + " at or above "
                    + threshold + ", the severity this check fails on (" + counts(open, a.failOn(), true) + ").";
        }
        if (total == 0) {
            return "The deployment passes: no finding is open" + (a.waivedCount() > 0 ? " once the accepted risks are waived." : ".");
        }
        return "The deployment passes: no open finding reaches " + threshold + ", the severity this check fails on; "
                + Words.count(total, "finding below it remains", "findings below it remain") + " open (" + counts(open, a.failOn(), false) + ").";
    }

    /** Up to three sentences on what the worst failing controls let happen, worst first. */
    static List<String> why(ReportFacts facts) {
        Assessment a = facts.assessment();
        List<String> sentences = new ArrayList<>();
        for (ControlGroup group : facts.groups()) {
            if (sentences.size() == MAX_SENTENCES) {
                break;
            }
            // Only what the check fails on explains its verdict: a finding below --fail-on had stood under a PASS as its reason (report review).
            List<Finding> failing = group.open().stream().filter(a::fails).toList();
            if (!failing.isEmpty()) {
                sentences.add(sentence(group.control().id(), group.control().title(), failing));
            }
        }
        long below = a.openFindings().size();
        if (sentences.isEmpty() && below > 0) {
            sentences.add("No open finding is at or above " + a.failOn().label() + ", the severity this check fails on; "
                    + Words.count(below, "finding", "findings") + " below it " + (below == 1 ? "remains" : "remain") + " open (see Findings).");
        }
        if (sentences.isEmpty()) {
            long idle = a.controlsWith(ControlStatus.NOTHING_TO_CHECK);
            long waived = a.controlsWith(ControlStatus.WAIVED);
            // A control whose every finding is waived does not pass: it fails, with the risk accepted (waivers red team).
            long checked = a.evaluatedControls() - idle;
            if (checked == 0 && waived == 0) {
                // No PASS is justified by checks none of which ran on anything (red team: "every one of the 0 controls ... passes").
                sentences.add("No control had anything in the deployment to check: " + Words.count(idle, "control", "controls")
                        + " evaluated, none found a subject.");
                return sentences;
            }
            String passes = waived > 0
                    ? Words.capitalize(Words.count(checked - waived, "control passes", "controls pass")) + ", "
                            + Words.count(waived, "control has", "controls have") + " every finding waived as an accepted risk ("
                            + Words.count(a.waivedCount(), "finding", "findings") + ")"
                    : "Every one of the " + checked + " controls " + (idle == 0 ? "evaluated" : "with something to check")
                            + " passes";
            sentences.add(passes + (idle == 0 ? "." : ", and " + Words.count(idle, "control", "controls") + " had nothing in the deployment to check."));
        }
        return sentences;
    }

    static String sentence(String controlId, String title, List<Finding> open) {
        Subject first = open.get(0).subject();
        String kind = first.agentId() != null ? "agent" : first.kind();
        TreeSet<String> subjects = open.stream()
                .map(f -> f.subject().agentId() != null ? f.subject().agentId() : f.subject().id())
                .collect(Collectors.toCollection(() -> new TreeSet<>(Words.NATURAL)));
        int n = subjects.size();
        String phrase = phrase(controlId, n == 1 || kind.equals("deployment"), title);
        if (kind.equals("deployment")) {
            return "The deployment " + phrase + ".";
        }
        String noun = switch (kind) {
            case "agent" -> Words.count(n, "agent", "agents");
            case "person" -> Words.count(n, "person", "people");
            default -> Words.count(n, kind, kind + "s");
        };
        return Words.capitalize(noun) + " " + phrase + " (" + Words.list(new ArrayList<>(subjects), 4) + ").";
    }

    private static String phrase(String controlId, boolean singular, String title) {
        String value = PHRASES.getProperty(controlId);
        if (value == null) {
            return (singular ? "fails " : "fail ") + controlId + ", \u201c" + title + "\u201d";
        }
        int bar = value.indexOf('|');
        if (bar < 0) {
            return value.trim();
        }
        return (singular ? value.substring(0, bar) : value.substring(bar + 1)).trim();
    }

    private static String counts(Map<Severity, Integer> open, Severity failOn, boolean atOrAbove) {
        List<String> parts = new ArrayList<>();
        open.forEach((severity, count) -> {
            if (count > 0 && severity.atLeast(failOn) == atOrAbove) {
                parts.add(count + " " + severity.label());
            }
        });
        return Words.list(parts, 4);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Headlines.class.getClassLoader().getResourceAsStream("oversight/report/headlines.properties")) {
            if (in == null) {
                throw new IllegalStateException("oversight/report/headlines.properties is missing from the report module");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
