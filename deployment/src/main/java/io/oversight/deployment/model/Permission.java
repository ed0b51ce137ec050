package io.oversight.deployment.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What an agent's identity is granted in one environment. The actions and resources are written
 * out in the deployment, or imported from the documents that really grant them ({@code source}
 * is then not null): an AWS IAM policy or Kubernetes RBAC manifests. An imported permission's
 * {@code actions} and {@code resources} list what the source grants, so that a rule reading them
 * judges real access. {@code agentId} is the agent whose entry it is, null for a person's entry
 * ({@code people[].permissions}).
 */
public record Permission(
        String agentId,
        String path,
        String environment,
        List<String> resources,
        List<String> actions,
        String justification,
        LocalDate lastReviewed,
        PermissionSource source) {

    public Permission {
        resources = List.copyOf(resources);
        actions = List.copyOf(actions);
    }

    /** A permission written out in the deployment. */
    public Permission(String agentId, String path, String environment, List<String> resources, List<String> actions,
                      String justification, LocalDate lastReviewed) {
        this(agentId, path, environment, resources, actions, justification, lastReviewed, null);
    }

    /** A permission whose rights come from {@code source}. */
    public static Permission imported(String agentId, String path, String environment, String justification, LocalDate lastReviewed,
                                      PermissionSource source) {
        List<String> actions = source.rights().stream().map(ImportedRight::action).distinct().toList();
        List<String> resources = source.rights().stream().flatMap(r -> r.resources().stream()).map(ImportedRight.Resource::pattern)
                .distinct().toList();
        return new Permission(agentId, path, environment, resources, actions, justification, lastReviewed, source);
    }

    public boolean isImported() {
        return source != null;
    }

    /** Whether the entry grants no right: no action written ({@code actions: []}), or an imported document of Deny statements alone. */
    public boolean grantsNothing() {
        return isImported() ? source.rights().isEmpty() : actions.isEmpty();
    }

    /**
     * What the grant is, independent of where it is written: environment, actions and resources,
     * sorted. Findings about a permission are fingerprinted by it, so that reordering or moving
     * entries in the file does not make an old finding look new.
     */
    public String key() {
        return environment + "|" + sortedDistinct(actions) + "|" + sortedDistinct(resources);
    }

    /**
     * What the entry grants, wherever it is written: two entries with equal rights grant the same
     * (the same environment, and the same imported document or the same actions and resources). An
     * agent that shares its principal holds another's entry; one with rights equal to its own adds
     * nothing.
     */
    public Rights rights() {
        return new Rights(environment, source, source == null ? key() : "");
    }

    /** What an entry grants ({@link #rights}), comparable and hashed as a whole. */
    public record Rights(String environment, PermissionSource source, String written) {
    }

    /** {@code values} sorted without repeats, joined; most entries are written sorted, and a key is made for every grant. */
    private static String sortedDistinct(List<String> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).compareTo(values.get(i)) >= 0) {
                return String.join(",", new java.util.TreeSet<>(values));
            }
        }
        return String.join(",", values);
    }
}
