package io.oversight.engine.facts;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Glob;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return scopes;
    }

    /**
     * Whether {@code pattern} stands for every resource: {@code *} however it is spelt ({@code **},
     * {@code ?*}), or every ARN ({@code arn:*}, {@code arn:aws:*}, {@code arn:*:*:*:*:*}).
     */
    static boolean everything(String pattern) {
        if (!pattern.startsWith("arn:")) {
            return ActionClassifier.everyName(pattern);
        }
        Matcher arn = EVERY_ARN.matcher(pattern);
        return ActionClassifier.everyName(arn.matches() ? arn.group(1).replace(":", "") : pattern);
    }

    /** An ARN of any partition whose rest is only wildcards and colons. */
    private static final Pattern EVERY_ARN = Pattern.compile("arn:(?:aws[a-z-]*:)?([*?:]*)");

    /** Whether every resource {@code other} stands for is one {@code pattern} stands for too (resources compare as written, case and all). */
    public static boolean covers(String pattern, String other) {
        return Glob.exact(pattern).covers(Glob.exact(other));
    }

    /**
     * One scope per resource written in the imported document, located there. A {@code "*"} counts
     * as everything only when some right on it is high-impact: AWS requires {@code "Resource": "*"}
     * for the many List and Describe actions that support no resource-level permissions, so a
     * read-only statement on {@code "*"} is how read-only access must be written, not a wildcard
     * grant.
     */
    private static List<ResourceScope> imported(HeldPermission held) {
        Permission permission = held.permission();
        Map<String, ResourceScope> byPlace = new LinkedHashMap<>();
        String key = permission.key();
        String origin = held.describeOrigin();
        for (ImportedRight right : permission.source().rights()) {
            boolean highImpact = ActionClassifier.verbs(right.action(), right.except()).stream().anyMatch(Verb::highImpact);
            for (ImportedRight.Resource resource : right.resources()) {
                boolean everything = everything(resource.pattern()) && highImpact;
                ResourceScope scope = new ResourceScope(held.agentId(), permission.environment(), resource.pattern(), everything,
                        permission.path(), key, resource.evidencePath(), held.origin(), origin, held.chainEvidence());
                byPlace.merge(resource.evidencePath() + "\u0000" + resource.pattern(), scope, (a, b) -> a.everything() ? a : b);
            }
        }
        return List.copyOf(byPlace.values());
    }
}
