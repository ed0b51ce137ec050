package io.oversight.engine.facts;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Glob;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import io.oversight.deployment.model.PermissionSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One resource pattern of a permission an agent holds; {@code everything} when it stands for
 * every resource ({@link #everything(String)}). {@code origin}, {@code provenance} and {@code via} are those of the agent's
 * {@link Grant}s from the same permission.
 */
public record ResourceScope(String agentId, String environment, String pattern, boolean everything,
                            String permissionPath, String permissionKey, String evidencePath,
                            GrantOrigin origin, String provenance, List<String> via) {

    public ResourceScope {
        via = List.copyOf(via);
    }

    public static List<ResourceScope> of(HeldPermission held) {
        Permission permission = held.permission();
        if (permission.isImported()) {
            return imported(held);
        }
        List<ResourceScope> scopes = new ArrayList<>(permission.resources().size());
        // Made once for all the entry's scopes: the key sorts the entry's actions and resources.
        String key = permission.key();
        String origin = held.describeOrigin();
        for (int i = 0; i < permission.resources().size(); i++) {
            String pattern = permission.resources().get(i);
            scopes.add(new ResourceScope(held.agentId(), permission.environment(), pattern, everything(pattern),
                    permission.path(), key, permission.path() + "/resources/" + i, held.origin(), origin, held.chainEvidence()));
        }
        if (scopes.isEmpty() && !held.ownEntry()) {
            // A borrowed entry that names no resources reaches every one, as "*" would, which PM-08 compares with what the
            // agent intends: cited at the entry itself, as PM-02's rule for such entries cites it.
            scopes.add(new ResourceScope(held.agentId(), permission.environment(), "*", true, permission.path(), key, permission.path(),
                    held.origin(), origin, held.chainEvidence()));
        }
        return scopes;
    }

    /**
     * Whether {@code pattern} stands for every resource: {@code *} however it is spelt ({@code **},
     * {@code ?*}), or every ARN of a partition ({@code arn:*}, {@code arn:aws:*}, {@code arn:aws*:*},
     * {@code arn:*:*:*:*:*}), or of one account ({@code arn:aws:*:*:111122223333:*}: every service,
     * region and resource the account has is all an agent in it can reach). The pattern is matched
     * as IAM matches it, its stars spanning colons, against every ARN of the partition (and account)
     * it names. So is every resource of one service, or of one type of it, in every account and
     * region ({@code arn:aws:s3:::*}, {@code arn:aws:iam::*:role/*}, {@code arn:aws:ec2:*:*:instance/*}):
     * for the actions it is granted with, that is every resource there is, as a Kubernetes rule's
     * {@code "*"} is every resource of its API group. One that names the account
     * ({@code arn:aws:ec2:eu-west-1:111122223333:instance/*}) is scoped. A pattern that is no ARN
     * stands for every resource when it is {@code *} spelt otherwise or matches every ARN there is
     * ({@code *:*}: every ARN holds a colon).
     */
    static boolean everything(String pattern) {
        if (!pattern.startsWith("arn:")) {
            return ActionClassifier.everyName(pattern) || Glob.exact(pattern).covers(EVERY_ARN);
        }
        String[] parts = pattern.split(":", 6);
        if (parts.length >= 3 && parts.length < 6 && parts[parts.length - 1].endsWith("*") && onlyWildcards(parts[parts.length - 1])) {
            // A star that ends an ARN pattern matches beyond the colons (IAM's reference): arn:aws:ec2:* is every EC2 resource
            // of every region and account, as arn:aws:ec2:*:*:* is (access review: it had passed PM-02).
            int written = parts.length;
            parts = java.util.Arrays.copyOf(parts, 6);
            java.util.Arrays.fill(parts, written, 6, "*");
        }
        String partition = parts[1].matches(PARTITION) ? parts[1] : "aws";
        String account = parts.length == 6 && parts[4].matches(ACCOUNT) ? parts[4] : "*";
        return Glob.exact(pattern).covers(Glob.exact("arn:" + partition + ":*:*:" + account + ":*")) || everyOfAService(parts);
    }

    /**
     * Whether the parts of an ARN pattern name every resource of one service, or of one type of it, in
     * every region and account (a region or account of wildcards alone: {@code *}, or twelve {@code ?}).
     * A type is a word of letters and hyphens ({@code role}, {@code log-group}); API Gateway's paths
     * begin with {@code /} ({@code /restapis/*}). Where the resource begins with a name instead, it is
     * one resource's: S3's bucket ({@code claims-archive/*} is one bucket's objects), execute-api's
     * API id.
     */
    private static boolean everyOfAService(String[] parts) {
        if (parts.length != 6 || !SERVICE.matcher(parts[2]).matches() || !onlyWildcards(parts[3]) || !onlyWildcards(parts[4])) {
            return false;
        }
        return switch (parts[2]) {
            case "s3" -> EVERY_OBJECT.matcher(parts[5]).matches();
            case "execute-api" -> STARS_ALONE.matcher(parts[5]).matches();
            case "ec2" -> EVERY_OF_A_TYPE.matcher(parts[5]).matches() || everyEc2Id(parts[5]);
            default -> EVERY_OF_A_TYPE.matcher(parts[5]).matches();
        };
    }

    /**
     * Whether an EC2 resource part names every resource of its type by the prefix every id of the
     * type starts with ({@code instance/i-*}, {@code volume/vol-*}): AWS gives the ids, so the prefix
     * narrows nothing (red team).
     */
    private static boolean everyEc2Id(String resource) {
        Matcher m = EC2_ID.matcher(resource);
        return m.matches() && m.group(2).equals(EC2_ID_PREFIXES.get(m.group(1)));
    }


    /** Empty (S3's region and account), or wildcards alone. */
    private static boolean onlyWildcards(String part) {
        return part.chars().allMatch(c -> c == '*' || c == '?');
    }

    private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]+");

    /**
     * Wildcards with a star among them ({@code *}, {@code ?*}): IAM's {@code ?} is one character, and
     * a name has at least one, so {@code ?*} is every name as {@code *} is (red team: {@code arn:aws:s3:::?*}
     * had passed PM-02).
     */
    private static final String ANY_NAME = "\\?*\\*[*?]*";

    /** Every bucket, or every object of every bucket: {@code *}, {@code *}{@code /*}, {@code ?*}. */
    private static final Pattern EVERY_OBJECT = Pattern.compile(ANY_NAME + "(/" + ANY_NAME + ")?");

    /** Stars alone, a separator between them allowed. */
    private static final Pattern STARS_ALONE = Pattern.compile(ANY_NAME + "([/:]" + ANY_NAME + ")*");

    /**
     * A resource part that names every resource, or every resource of a type: {@code *}, {@code role/*},
     * {@code role*}, {@code db:*}, {@code /restapis/*}.
     */
    private static final Pattern EVERY_OF_A_TYPE = Pattern.compile("/?([a-z]+(-[a-z]+)*[/:]?)?" + ANY_NAME + "([/:]" + ANY_NAME + ")*");

    /** A type, then an id's prefix and wildcards: {@code instance/i-*}. */
    private static final Pattern EC2_ID = Pattern.compile("([a-z]+(?:-[a-z]+)*)/([a-z]+)-" + ANY_NAME);

    /** The prefix of the ids AWS gives each EC2 resource type. */
    private static final Map<String, String> EC2_ID_PREFIXES = Map.ofEntries(Map.entry("instance", "i"), Map.entry("volume", "vol"),
            Map.entry("snapshot", "snap"), Map.entry("image", "ami"), Map.entry("security-group", "sg"), Map.entry("subnet", "subnet"),
            Map.entry("vpc", "vpc"), Map.entry("network-interface", "eni"), Map.entry("launch-template", "lt"), Map.entry("key-pair", "key"),
            Map.entry("elastic-ip", "eipalloc"), Map.entry("internet-gateway", "igw"), Map.entry("natgateway", "nat"),
            Map.entry("route-table", "rtb"), Map.entry("transit-gateway", "tgw"), Map.entry("vpc-endpoint", "vpce"),
            Map.entry("network-acl", "acl"), Map.entry("dhcp-options", "dopt"));

    private static final Glob EVERY_ARN = Glob.exact("arn:*:*:*:*:*");

    /** An AWS partition's name: aws, aws-cn, aws-us-gov. */
    private static final String PARTITION = "aws[a-z-]*";

    /** An AWS account id. */
    private static final String ACCOUNT = "[0-9]{12}";

    /** Whether every resource {@code other} stands for is one {@code pattern} stands for too (resources compare as written, case and all). */
    public static boolean covers(String pattern, String other) {
        return Glob.exact(pattern).covers(Glob.exact(other));
    }

    /**
     * A Kubernetes rule's {@code resources: ["*"]} without {@code resourceNames}, as the RBAC import
     * writes it ({@code NAMESPACE/*}, {@code NAMESPACE/*.GROUP}): every resource of its API group
     * there, Secrets among them in the core group, and any the cluster gains later.
     */
    private static final Pattern EVERY_RESOURCE_OF_A_GROUP = Pattern.compile("[^/]+/\\*(\\.[^/]*)?");

    /**
     * One scope per resource written in the imported document, located there. A {@code "*"} counts
     * as everything only when some right on it is high-impact: AWS requires {@code "Resource": "*"}
     * for the many List and Describe actions that support no resource-level permissions, so a
     * read-only statement on {@code "*"} is how read-only access must be written, not a wildcard
     * grant. A Kubernetes rule's {@code "*"} counts alike in whichever API group and namespace it is
     * written: the document's resources are exactly {@code "*"}.
     */
    private static List<ResourceScope> imported(HeldPermission held) {
        Permission permission = held.permission();
        Map<String, ResourceScope> byPlace = new LinkedHashMap<>();
        String key = permission.key();
        String origin = held.describeOrigin();
        // A Kubernetes rule's "*" holds the resources the action table singles out (get on * is get on secrets, a grant),
        // each imported as a right of its own cited at that "*": a high-impact right cited there makes the "*" everything.
        Set<String> highImpactAt = new HashSet<>();
        for (ImportedRight right : permission.source().rights()) {
            if (ActionClassifier.verbs(right.action(), right.except()).stream().anyMatch(Verb::highImpact)) {
                right.resources().forEach(r -> highImpactAt.add(r.evidencePath()));
            }
        }
        boolean rbac = PermissionSource.KUBERNETES_RBAC.equals(permission.source().kind());
        for (ImportedRight right : permission.source().rights()) {
            for (ImportedRight.Resource resource : right.resources()) {
                boolean everything = (everything(resource.pattern()) || rbac && EVERY_RESOURCE_OF_A_GROUP.matcher(resource.pattern()).matches())
                        && highImpactAt.contains(resource.evidencePath());
                ResourceScope scope = new ResourceScope(held.agentId(), permission.environment(), resource.pattern(), everything,
                        permission.path(), key, resource.evidencePath(), held.origin(), origin, held.chainEvidence());
                byPlace.merge(resource.evidencePath() + "\u0000" + resource.pattern(), scope, (a, b) -> a.everything() ? a : b);
            }
        }
        return List.copyOf(byPlace.values());
    }
}
