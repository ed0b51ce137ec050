package io.oversight.cli;

import io.oversight.catalog.ActionRule;
import io.oversight.catalog.ActionTable;
import io.oversight.catalog.action.Verb;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's summary of the action classification table, generated from it so that it cannot
 * drift: one row per run of consecutive rules giving the same verb, in the table's order, which is
 * the order in which they are tried.
 */
final class ActionTableSummary {

    private ActionTableSummary() {
    }

    static String markdown(ActionTable table) {
        StringBuilder md = new StringBuilder("| verb | patterns, tried from the top |\n|---|---|\n");
        List<String> run = new ArrayList<>();
        Verb verb = null;
        for (ActionRule rule : table.rules()) {
            if (rule.verb() != verb && verb != null) {
                row(md, verb, run);
                run.clear();
            }
            verb = rule.verb();
            run.add("`" + rule.action() + "`" + condition(rule));
        }
        row(md, verb, run);
        return md.toString();
    }

    private static String condition(ActionRule rule) {
        if (rule.level() == null) {
            return "";
        }
        return rule.level().equals(ActionRule.UNLISTED) ? " not listed by AWS" : " AWS level " + rule.level();
    }

    private static void row(StringBuilder md, Verb verb, List<String> patterns) {
        md.append("| ").append(verb.word()).append(" | ").append(String.join(", ", patterns)).append(" |\n");
    }
}
