package io.oversight.cli;

import io.oversight.access.AgentAccess;
import io.oversight.access.EnvironmentAccess;
import io.oversight.access.Right;
import io.oversight.access.RightDescription;
import io.oversight.deployment.model.Identity;
import io.oversight.catalog.action.Verb;
import io.oversight.report.WrappingWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code oversight access}: per agent and environment, the verbs held; then the rights
 * grouped by where they come from (the deployment, or a statement or role with its resources and
 * conditions; rights held through an operator's or a shared identity marked as borrowed), one line
 * per right with its mark, action, verbs and {@code file:line}, under it the real actions behind a
 * pattern, verb by verb; last, the actions no rule classifies.
 */
final class AccessText {

    private static final int MARK_WIDTH = 13;
    private static final int ACTION_WIDTH = 28;
    private static final int VERBS_WIDTH = 18;
    private static final String RIGHT_INDENT = "      ";
    /** How much deeper than its line a continuation line starts. */
    private static final int CONTINUATION = 4;

    private final PrintWriter out;

    /** Writes to {@code out}, each line wrapped to {@code width} columns, its continuation indented under it. */
    AccessText(PrintWriter out, int width) {
        WrappingWriter lines = new WrappingWriter(out, width);
        // Actions, resources and conditions are the user's text: WrappingWriter keeps each line one line that no CI runner reads as a command.
        this.out = new PrintWriter(out, true) {
            @Override
            public void println(String line) {
                int lead = 0;
                while (lead < line.length() && line.charAt(lead) == ' ') {
                    lead++;
                }
                lines.line(line, lead + CONTINUATION);
            }
        };
    }

    void print(List<AgentAccess> agents) {
        for (int i = 0; i < agents.size(); i++) {
            if (i > 0) {
                out.println();
            }
            agent(agents.get(i));
        }
    }

    private void agent(AgentAccess agent) {
        out.println("agent " + agent.agentId() + "  identity: " + identity(agent.identity()));
        if (agent.environments().isEmpty()) {
            out.println("  no permissions");
        }
        for (EnvironmentAccess environment : agent.environments()) {
            out.println("  " + environment.environment() + describe(environment) + "  can: " + words(environment.verbs()));
            for (List<Right> group : groups(environment.rights())) {
                header(group.get(0));
                group.forEach(r -> right(mark(r, environment), r));
            }
            if (!environment.denied().isEmpty()) {
                out.println("    removed by a deny:");
                environment.denied().forEach(r -> right("denied", r));
            }
        }
        List<String> unclassified = agent.environments().stream().flatMap(e -> e.rights().stream()).filter(Right::unclassified)
                .map(r -> r.action() + " (" + r.source() + ")").distinct().toList();
        if (!unclassified.isEmpty()) {
            out.println("  no rule classifies (counted as high-impact, and as destructive in a critical environment): "
                    + String.join(", ", unclassified));
        }
    }

    /** Consecutive rights with the same origin, resources and conditions, which the header states once. */
    private static List<List<Right>> groups(List<Right> rights) {
        List<List<Right>> groups = new ArrayList<>();
        for (Right right : rights) {
            List<Right> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && sameHeader(last.get(0), right)) {
                last.add(right);
            } else {
                groups.add(new ArrayList<>(List.of(right)));
            }
        }
        return groups;
    }

    private static boolean sameHeader(Right a, Right b) {
        return a.borrowed().equals(b.borrowed()) && a.origin().equals(b.origin()) && a.resources().equals(b.resources())
                && a.conditions().equals(b.conditions());
    }

    private void header(Right first) {
        String borrowed = first.borrowed().isEmpty() ? "" : "borrowed, " + first.borrowed() + ": ";
        out.println("    " + borrowed + (first.origin().isEmpty() ? "written in " + first.source().file() : "from " + first.origin()));
        if (!first.resources().isEmpty()) {
            out.println("    on " + String.join(", ", first.resources()));
        }
        for (String condition : first.conditions()) {
            out.println("    only if " + condition + "  (shown, not evaluated)");
        }
    }

    private void right(String mark, Right right) {
        out.println(RIGHT_INDENT + pad(mark, MARK_WIDTH) + pad(right.action(), ACTION_WIDTH) + " " + pad(words(right.verbs()), VERBS_WIDTH)
                + " " + right.source());
        String indent = RIGHT_INDENT + " ".repeat(MARK_WIDTH);
        if (!right.except().isEmpty()) {
            out.println(indent + (right.action().equals("*") ? "everything" : right.action()) + " except " + String.join(", ", right.except()));
        }
        for (Verb verb : right.verbs()) {
            for (String actions : RightDescription.actionsBehind(right.action(), right.except(), verb, right.imported())) {
                out.println(indent + actions);
            }
        }
        for (String note : right.notes()) {
            out.println(indent + "note: " + note);
        }
    }

    /** As the rules weigh it: an action no rule classifies is destructive where the environment may be critical. */
    private static String mark(Right right, EnvironmentAccess environment) {
        return right.destructive() || right.unclassified() && environment.unknownDestroys() ? "destructive"
                : right.highImpact() ? "high-impact" : "";
    }

    private static String describe(EnvironmentAccess environment) {
        if (environment.kind() == null) {
            return "";
        }
        return " (" + environment.kind().word() + (environment.criticality() == null ? "" : ", " + environment.criticality().word())
                + (environment.critical() ? "; a critical environment" : "") + ")";
    }

    private static String identity(Identity identity) {
        if (identity == null) {
            return "none declared";
        }
        String principal = identity.principal() == null ? "(no principal)" : identity.principal();
        return identity.type() == null ? principal : principal + " (" + identity.type().word() + ")";
    }

    private static String words(List<Verb> verbs) {
        return verbs.isEmpty() ? "nothing" : String.join(", ", verbs.stream().map(Verb::word).toList());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
