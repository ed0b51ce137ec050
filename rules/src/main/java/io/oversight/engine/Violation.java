package io.oversight.engine;

import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a requirement rule inserts: one offending item. Violations with the same control, subject
 * and {@code group} become one finding; {@code rank} orders their evidence (lowest first, then by
 * position), so the primary evidence is the most telling one. {@code item} names the offending
 * thing (an action, a missing event) and is listed in the finding's message; {@code on}, when not
 * null, the resources it reaches, under which the message groups the items that reach the same;
 * {@code via} further evidence paths the finding cites after this one's (the rights that lead to it).
 *
 * <p>The control is the one the reporting rule names in {@code @control}, and the severity is the
 * catalog's: the control's default, or the severity of its escalation for {@code condition} (such
 * as {@code critical-environment}) when the rule reports the violation under one.
 */
public record Violation(String control, String condition, Subject subject, String group, String evidencePath,
                        int rank, String message, String item, String on, List<String> via) {

    public Violation {
        via = List.copyOf(via);
    }

    /** A violation of the control that {@code rule} (a consequence passes its {@code kcontext}) names in {@code @control}. */
    public static Violation of(RuleContext rule, Subject subject, String group, String evidencePath, int rank, String message,
                               String item) {
        return new Violation(controlOf(rule.getRule()), null, subject, group, evidencePath, rank, message, item, null, List.of());
    }

    public static Violation of(RuleContext rule, Subject subject, String group, String evidencePath, int rank, String message) {
        return of(rule, subject, group, evidencePath, rank, message, null);
    }

    /** This violation under the escalation its control names {@code condition}. */
    public Violation when(String condition) {
        return new Violation(control, condition, subject, group, evidencePath, rank, message, item, on, via);
    }

    /** This violation's item reaching {@code resources} ("arn:aws:s3:::a/*, arn:aws:s3:::b/*"); none when empty. */
    public Violation on(String resources) {
        return new Violation(control, condition, subject, group, evidencePath, rank, message, item,
                resources == null || resources.isEmpty() ? null : resources, via);
    }

    /** This violation also cited at {@code paths}: the rights through which the offending one is reached (a role chain's assume rights). */
    public Violation via(List<String> paths) {
        return new Violation(control, condition, subject, group, evidencePath, rank, message, item, on, paths);
    }

    /** This violation under the escalation for {@code condition} if {@code holds}, else at the default severity. */
    public Violation when(boolean holds, String condition) {
        return holds ? when(condition) : this;
    }

    private static String controlOf(Rule rule) {
        String control = ComplianceEngine.controlOf(rule);
        if (control == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' reports a violation but names no control in @control");
        }
        return control;
    }
}
