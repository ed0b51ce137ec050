package io.oversight.deployment.read;

import io.oversight.catalog.action.ActionPattern;
import io.oversight.catalog.action.Glob;
import io.oversight.deployment.model.IamDeny;
import io.oversight.deployment.model.ImportedRight;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an IAM policy's Deny statements to the rights its Allow statements grant. A deny
 * subtracts only where it surely applies: it has no condition (conditions are not evaluated) and
 * its resources cover the right's. There, a right wholly inside the deny is removed (and kept, to
 * be shown as denied); a wildcard right the deny covers part of keeps the rest, with the deny's
 * patterns carved out ({@code ec2:*} less {@code ec2:Terminate*}). Where a deny may or may not
 * apply, the right stays whole with a note saying so: Oversight would rather overstate access
 * than understate it.
 */
final class IamDenies {

    record Result(List<ImportedRight> rights, List<ImportedRight> denied) {
    }

    private IamDenies() {
    }

    static Result apply(List<ImportedRight> allowed, List<IamDeny> denies) {
        List<ImportedRight> rights = allowed;
        List<ImportedRight> denied = new ArrayList<>();
        for (IamDeny deny : denies) {
            List<ImportedRight> next = new ArrayList<>(rights.size());
            for (ImportedRight right : rights) {
                if (deny.notAction()) {
                    applyAllBut(deny, right, next, denied);
                } else {
                    applyTo(deny, right, next, denied);
                }
            }
            rights = next;
        }
        return new Result(rights, denied);
    }

    /** A deny of the listed actions. */
    private static void applyTo(IamDeny deny, ImportedRight right, List<ImportedRight> kept, List<ImportedRight> denied) {
        ActionPattern action = ActionPattern.of(right.action());
        List<ActionPattern> patterns = deny.actions().stream().map(ActionPattern::of).toList();
        boolean whole = patterns.stream().anyMatch(p -> p.covers(action));
        List<String> overlapping = patterns.stream().filter(p -> p.intersects(action)).map(ActionPattern::text).toList();
        if (overlapping.isEmpty()) {
            kept.add(right);
        } else if (!surelyApplies(deny, right)) {
            kept.add(right.withNote(deny.origin() + " denies " + String.join(", ", overlapping) + " " + why(deny)
                    + "; Oversight cannot tell whether it applies and keeps the right"));
        } else if (whole) {
            denied.add(right.withNote("denied by " + deny.origin()));
        } else {
            kept.add(right.withExcept(overlapping).withNote(deny.origin() + " denies " + String.join(", ", overlapping)));
        }
    }

    /** A deny of every action but the listed ones ({@code NotAction}): what survives is inside the list. */
    private static void applyAllBut(IamDeny deny, ImportedRight right, List<ImportedRight> kept, List<ImportedRight> denied) {
        ActionPattern action = ActionPattern.of(right.action());
        List<ActionPattern> spared = deny.actions().stream().map(ActionPattern::of).toList();
        if (spared.stream().anyMatch(p -> p.covers(action))) {
            kept.add(right);
            return;
        }
        String list = String.join(", ", deny.actions());
        if (!surelyApplies(deny, right)) {
            kept.add(right.withNote(deny.origin() + " denies every action but " + list + " " + why(deny)
                    + "; Oversight cannot tell whether it applies and keeps the right"));
            return;
        }
        boolean partial = spared.stream().anyMatch(p -> p.intersects(action) && !action.covers(p));
        if (partial) {
            kept.add(right.withNote(deny.origin() + " denies every action but " + list
                    + "; Oversight cannot narrow this pattern to the actions both allow and keeps it whole"));
            return;
        }
        List<ActionPattern> inside = spared.stream().filter(action::covers).toList();
        if (inside.isEmpty()) {
            denied.add(right.withNote("denied by " + deny.origin() + ", which denies every action but " + list));
            return;
        }
        for (ActionPattern survivor : inside) {
            kept.add(right.withAction(survivor.text()).withNote("narrowed to " + survivor.text() + " by " + deny.origin()
                    + ", which denies every action but " + list));
        }
    }

    /**
     * Unconditional, and on every resource the right reaches. A resource written with a policy
     * variable ({@code ${aws:PrincipalTag/team}}) is resolved per request in a 2012-10-17 policy and
     * is plain text in a 2008 one (a policy without Version), which Oversight does not tell apart:
     * such a deny may match nothing the right reaches.
     */
    private static boolean surelyApplies(IamDeny deny, ImportedRight right) {
        if (deny.conditional() || deny.notResource() || variable(deny)) {
            return false;
        }
        if (deny.resources().contains("*")) {
            return true;
        }
        List<Glob> denied = deny.resources().stream().map(Glob::exact).toList();
        return right.resources().stream().map(r -> Glob.exact(r.pattern()))
                .allMatch(r -> !r.text().equals("*") && denied.stream().anyMatch(d -> d.covers(r)));
    }

    private static boolean variable(IamDeny deny) {
        return deny.resources().stream().anyMatch(r -> r.contains("${"));
    }

    private static String why(IamDeny deny) {
        return deny.conditional() ? "under conditions Oversight does not evaluate"
                : deny.notResource() ? "on every resource but some"
                : variable(deny) ? "on resources named with a policy variable, which Oversight does not resolve" : "on some of its resources only";
    }
}
