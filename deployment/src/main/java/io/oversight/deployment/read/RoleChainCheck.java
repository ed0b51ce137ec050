package io.oversight.deployment.read;

import io.oversight.access.RoleChains;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.Role;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The declared roles are what a policy takes on: each must be named by its ARN, as the policies
 * that assume it name it, and no chain of them may go deeper than Oversight follows. A role named
 * otherwise ({@code break-glass}, {@code role/break-glass}) is reached by no policy, and a chain cut
 * short leaves out the rights beyond it; either would pass controls silently.
 */
final class RoleChainCheck {

    /** An IAM role's ARN: partition, account, and a name with its path. */
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::[0-9]+:role/\\S+");

    private final Problems problems;
    private final SourceMap sources;

    RoleChainCheck(Problems problems, SourceMap sources) {
        this.problems = problems;
        this.sources = sources;
    }

    void check(Deployment d) {
        if (d.roles().isEmpty()) {
            return;
        }
        for (Role role : d.roles()) {
            if (role.arn() != null && !ROLE_ARN.matcher(role.arn()).matches()) {
                problems.add(sources.locate(role.path() + "/arn"), "'arn' must be the role's ARN, as the policies that take it on name it"
                        + " (arn:aws:iam::ACCOUNT:role/NAME), but is '" + role.arn() + "'; a role named otherwise is reached by no policy");
            }
        }
        List<Role> roles = d.roles();
        d.people().forEach(p -> p.permissions().forEach(permission -> deepest(permission, roles)));
        d.agents().forEach(a -> a.permissions().forEach(permission -> deepest(permission, roles)));
        for (Role role : roles) {
            RoleChains.Reached cut = RoleChains.cut(role.source(), roles);
            if (cut != null) {
                problems.add(sources.locate(role.path() + "/fromAwsIamPolicy"), tooDeep("the policy of role '" + role.arn() + "'", cut));
            }
        }
    }

    private void deepest(Permission permission, List<Role> roles) {
        RoleChains.Reached cut = RoleChains.cut(permission, roles);
        if (cut != null) {
            problems.add(sources.locate(permission.path()), tooDeep("this permission", cut));
        }
    }

    private static String tooDeep(String from, RoleChains.Reached cut) {
        return from + " takes on roles more than " + RoleChains.MAX_DEPTH + " deep (" + cut.describe() + "); Oversight follows "
                + RoleChains.MAX_DEPTH + " roles, so what lies beyond would be missing from every verdict: shorten the chain";
    }
}
