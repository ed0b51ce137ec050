package io.oversight.access;

import io.oversight.catalog.action.Glob;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.IamDeny;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.PermissionSource;
import io.oversight.deployment.model.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared roles ({@code roles[]}) a permission entry reaches, imported or written: a right that allows
 * {@code sts:AssumeRole} or {@code iam:PassRole} on a resource matching a role's ARN, where no
 * deny of its policy surely takes that back, gives the role's rights, and the role's own policy
 * may reach further roles. The one definition of a role
 * chain: {@link EffectiveAccess} shows what it reaches and the rules' derive.drl judges it.
 * Trust policies are not read: a role is reached whenever the policy allows assuming it, which
 * can only show more access than AWS would grant, never less.
 */
public final class RoleChains {

    /**
     * How many roles deep a chain is followed. AWS limits nothing here; the bound keeps hostile input
     * small (each role reached cites every line on its way), and a chain that goes deeper is refused
     * where it is read ({@link #cut}), so nothing beyond it is silently left out.
     */
    public static final int MAX_DEPTH = 10;

    /** The actions that take on a role or hand it to a service the identity then drives. */
    private static final List<String> ASSUMING = List.of("sts:AssumeRole", "iam:PassRole");

    private RoleChains() {
    }

    /**
     * A role reached, with the rights that lead to it, in order: the first is in the policy the
     * chain starts from, each next one in the policy of the role before ({@code roles}, less this one).
     */
    public record Reached(Role role, List<ImportedRight> through, List<Role> before) {

        public Reached {
            through = List.copyOf(through);
            before = List.copyOf(before);
        }

        /** How the rights are named where they are held: "via role A" or "via role A, then role B". */
        public String describe() {
            List<String> arns = new ArrayList<>();
            before.forEach(r -> arns.add(r.arn()));
            arns.add(role.arn());
            return "via role " + String.join(", then role ", arns);
        }

        /** The evidence paths of the rights that lead to the role, first the one in the policy the chain starts from. */
        public List<String> evidence() {
            return through.stream().map(ImportedRight::evidencePath).toList();
        }
    }

    /**
     * The declared roles a permission entry may take on: through its imported policy, or through the
     * actions written in the entry ({@code sts:AssumeRole}, or the verb grant or admin, on the
     * resources it names; an entry that names none reaches every role).
     */
    public static List<Reached> from(Permission permission, List<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        // The rights of a role held by acting as it (the entry is the role's): its policy taking it on again is no chain.
        return from(permission.isImported() ? permission.source() : written(permission), roles).stream()
                .filter(r -> !r.role().path().equals(permission.path())).toList();
    }

    /** A written entry's actions as the rights of a source, each at its place in the entry. */
    private static PermissionSource written(Permission permission) {
        List<ImportedRight.Resource> resources = new ArrayList<>();
        for (int i = 0; i < permission.resources().size(); i++) {
            resources.add(new ImportedRight.Resource(permission.resources().get(i), permission.path() + "/resources/" + i));
        }
        if (resources.isEmpty()) {
            resources.add(new ImportedRight.Resource("*", permission.path()));
        }
        List<ImportedRight> rights = new ArrayList<>();
        for (int i = 0; i < permission.actions().size(); i++) {
            String action = permission.actions().get(i);
            // The format's verbs that change access (grant, admin) include taking on a role.
            String assuming = Verb.ofWord(action).filter(v -> v == Verb.GRANT || v == Verb.ADMIN).map(v -> "sts:AssumeRole").orElse(action);
            rights.add(new ImportedRight(assuming, List.of(), resources, List.of(), List.of(), permission.path() + "/actions/" + i,
                    "written in the entry"));
        }
        return new PermissionSource("written", null, null, rights, List.of(), List.of());
    }

    /**
     * Every declared role {@code source} reaches, directly or through other roles, each once, by its
     * shortest chain (roles first in declaration order on ties); none when {@code roles} is empty.
     */
    public static List<Reached> from(PermissionSource source, List<Role> roles) {
        return walk(source, roles, null);
    }

    /**
     * The first chain from a permission entry that {@link #MAX_DEPTH} cuts short, or null: a role
     * that deep whose policy takes on a declared role the walk has not reached.
     */
    public static Reached cut(Permission permission, List<Role> roles) {
        return roles.isEmpty() ? null : cut(permission.isImported() ? permission.source() : written(permission), roles);
    }

    /** The first chain from {@code source} that {@link #MAX_DEPTH} cuts short, or null. */
    public static Reached cut(PermissionSource source, List<Role> roles) {
        List<Reached> cut = new ArrayList<>();
        walk(source, roles, cut);
        return cut.isEmpty() ? null : cut.get(0);
    }

    private static List<Reached> walk(PermissionSource source, List<Role> roles, List<Reached> cut) {
        List<Reached> reached = new ArrayList<>();
        if (roles.isEmpty() || source == null) {
            return reached;
        }
        Set<String> seen = new HashSet<>();
        Deque<Reached> next = new ArrayDeque<>();
        step(source, null, roles, seen, next);
        while (!next.isEmpty()) {
            Reached r = next.removeFirst();
            reached.add(r);
            if (r.through().size() < MAX_DEPTH) {
                step(r.role().source(), r, roles, seen, next);
            } else if (cut != null && r.role().source() != null) {
                Deque<Reached> beyond = new ArrayDeque<>();
                step(r.role().source(), r, roles, new HashSet<>(seen), beyond);
                if (!beyond.isEmpty()) {
                    cut.add(beyond.getFirst());
                }
            }
        }
        return reached;
    }

    private static void step(PermissionSource source, Reached from, List<Role> roles, Set<String> seen, Deque<Reached> next) {
        for (ImportedRight right : source.rights()) {
            if (!assumes(right)) {
                continue;
            }
            for (Role role : roles) {
                if (role.arn() != null && role.source() != null && !seen.contains(role.arn())
                        && reaches(right, role.arn(), source.denies())) {
                    seen.add(role.arn());
                    List<ImportedRight> through = new ArrayList<>(from == null ? List.of() : from.through());
                    through.add(right);
                    List<Role> before = new ArrayList<>(from == null ? List.of() : from.before());
                    if (from != null) {
                        before.add(from.role());
                    }
                    next.addLast(new Reached(role, through, before));
                }
            }
        }
    }

    /** Whether the right's action allows taking on a role, and nothing carved out of it takes that back. */
    static boolean assumes(ImportedRight right) {
        return !assuming(right).isEmpty();
    }

    /** The actions of {@link #ASSUMING} that the right allows. */
    private static List<String> assuming(ImportedRight right) {
        Glob action = Glob.ignoringCase(right.action());
        return ASSUMING.stream().filter(a -> action.matches(a) && right.except().stream().noneMatch(e -> Glob.ignoringCase(e).matches(a)))
                .toList();
    }

    /**
     * Whether the right takes on the role: one of its resources matches the role's ARN (and its
     * {@code NotResource} does not leave the role out), and a deny of the policy does not surely take
     * back every assuming action it allows on that ARN (a deny of sts:AssumeRole on the break-glass
     * role keeps the right on every other role, but not on it).
     */
    private static boolean reaches(ImportedRight right, String arn, List<IamDeny> denies) {
        return right.resources().stream().anyMatch(r -> Glob.exact(withVariablesAsWildcards(r.pattern())).matches(arn) && !leftOut(r, arn))
                && assuming(right).stream().anyMatch(a -> denies.stream().noneMatch(d -> d.surelyDenies(a, arn)));
    }

    /**
     * Whether {@code NotResource} names {@code arn}. A pattern holding a policy variable leaves
     * nothing out: whose name the variable takes is not known, and reading it as a wildcard would
     * leave out roles the agent does reach.
     */
    private static boolean leftOut(ImportedRight.Resource resource, String arn) {
        return resource.except().stream().anyMatch(e -> !POLICY_VARIABLE.matcher(e).find() && Glob.exact(e).matches(arn));
    }

    private static final Pattern POLICY_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    /**
     * A resource with IAM policy variables ({@code arn:aws:iam::${aws:PrincipalAccount}:role/${aws:PrincipalTag/team}-admin})
     * as the pattern of every value AWS may put in at request time, so that a role it may name is
     * reached: more than AWS would allow at worst, never less. {@code ${*}}, {@code ${?}} and
     * {@code ${$}} are the characters themselves.
     */
    static String withVariablesAsWildcards(String resource) {
        if (resource.indexOf("${") < 0) {
            return resource;
        }
        return POLICY_VARIABLE.matcher(resource).replaceAll(m -> switch (m.group(1)) {
            case "*" -> Matcher.quoteReplacement("\\*");
            case "?" -> Matcher.quoteReplacement("\\?");
            case "$" -> Matcher.quoteReplacement("$");
            default -> "*";
        });
    }
}
