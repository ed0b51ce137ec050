package io.oversight.deployment.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API group of each Kubernetes resource the action table singles out, so that a rule granting
 * every resource of one group ({@code apiGroups: [apps], resources: ["*"]}) holds that group's
 * singled-out resources and no other's. A resource the table names must be here: a test compares
 * the two.
 */
final class KubernetesGroups {

    private static final String CORE = "";
    private static final String RBAC = "rbac.authorization.k8s.io";

    private static final Map<String, String> GROUP = Map.ofEntries(
            Map.entry("pods", CORE), Map.entry("secrets", CORE), Map.entry("serviceaccounts", CORE),
            Map.entry("replicationcontrollers", CORE), Map.entry("nodes", CORE), Map.entry("services", CORE), Map.entry("configmaps", CORE),
            Map.entry("persistentvolumes", CORE),
            Map.entry("*", CORE), // */proxy: the proxy subresources of pods, services and nodes
            Map.entry("deployments", "apps"), Map.entry("replicasets", "apps"), Map.entry("statefulsets", "apps"),
            Map.entry("daemonsets", "apps"),
            Map.entry("jobs", "batch"), Map.entry("cronjobs", "batch"),
            Map.entry("mutatingwebhookconfigurations", "admissionregistration.k8s.io"),
            Map.entry("validatingwebhookconfigurations", "admissionregistration.k8s.io"),
            Map.entry("workflows", "argoproj.io"), Map.entry("cronworkflows", "argoproj.io"),
            Map.entry("applications", "argoproj.io"), Map.entry("applicationsets", "argoproj.io"),
            Map.entry("taskruns", "tekton.dev"), Map.entry("pipelineruns", "tekton.dev"),
            Map.entry("kustomizations", "kustomize.toolkit.fluxcd.io"),
            Map.entry("helmreleases", "helm.toolkit.fluxcd.io"),
            Map.entry("rollouts", "argoproj.io"), Map.entry("deploymentconfigs", "apps.openshift.io"),
            Map.entry("virtualmachines", "kubevirt.io"), Map.entry("virtualmachineinstances", "kubevirt.io"),
            Map.entry("rayjobs", "ray.io"), Map.entry("rayclusters", "ray.io"),
            Map.entry("sparkapplications", "sparkoperator.k8s.io"), Map.entry("scheduledsparkapplications", "sparkoperator.k8s.io"),
            Map.entry("tfjobs", "kubeflow.org"), Map.entry("pytorchjobs", "kubeflow.org"), Map.entry("mpijobs", "kubeflow.org"),
            Map.entry("notebooks", "kubeflow.org"),
            Map.entry("gitrepositories", "source.toolkit.fluxcd.io"), Map.entry("ocirepositories", "source.toolkit.fluxcd.io"),
            Map.entry("helmrepositories", "source.toolkit.fluxcd.io"),
            Map.entry("helmcharts", "helm.cattle.io"), Map.entry("roles", "iam.services.k8s.aws"), Map.entry("policies", "iam.services.k8s.aws"),
            Map.entry("rolepolicyattachments", "iam.aws.upbound.io"), Map.entry("iampolicymembers", "iam.cnrm.cloud.google.com"),
            Map.entry("iampartialpolicies", "iam.cnrm.cloud.google.com"), Map.entry("roleassignments", "authorization.azure.com"),
            Map.entry("scaledjobs", "keda.sh"), Map.entry("sensors", "argoproj.io"), Map.entry("ec2nodeclasses", "karpenter.k8s.aws"),
            Map.entry("mutatingadmissionpolicies", "admissionregistration.k8s.io"),
            Map.entry("mutatingadmissionpolicybindings", "admissionregistration.k8s.io"));

    /**
     * Resources that live in no namespace, with their groups, and the targets the API server checks
     * with no namespace: a RoleBinding, which grants only in its namespace, reaches none of them,
     * whatever the role it binds lists. Impersonating a user, a group, a uid or an extra, and
     * approving or signing for a signer, are asked with no namespace (the impersonation filter and the
     * certificates admission build those requests so); impersonating a service account is asked in
     * its namespace, so it stays. ClusterRoles are apart ({@link #clusterScoped}).
     */
    private static final Map<String, Set<String>> CLUSTER_SCOPED = byResource(Map.ofEntries(
            Map.entry(CORE, List.of("nodes", "persistentvolumes", "componentstatuses", "users", "groups")),
            Map.entry("metrics.k8s.io", List.of("nodes")),
            Map.entry("authentication.k8s.io", List.of("uids", "userextras", "tokenreviews", "selfsubjectreviews")),
            Map.entry("authorization.k8s.io", List.of("subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews")),
            Map.entry(RBAC, List.of("clusterrolebindings")),
            Map.entry("apiextensions.k8s.io", List.of("customresourcedefinitions")),
            Map.entry("apiregistration.k8s.io", List.of("apiservices")),
            Map.entry("storage.k8s.io", List.of("storageclasses", "csidrivers", "csinodes", "volumeattachments", "volumeattributesclasses")),
            Map.entry("certificates.k8s.io", List.of("certificatesigningrequests", "signers", "clustertrustbundles")),
            Map.entry("scheduling.k8s.io", List.of("priorityclasses")),
            Map.entry("node.k8s.io", List.of("runtimeclasses")),
            Map.entry("networking.k8s.io", List.of("ingressclasses", "ipaddresses", "servicecidrs")),
            Map.entry("resource.k8s.io", List.of("resourceslices", "deviceclasses")),
            Map.entry("admissionregistration.k8s.io", List.of("mutatingwebhookconfigurations", "validatingwebhookconfigurations",
                    "validatingadmissionpolicies", "validatingadmissionpolicybindings", "mutatingadmissionpolicies",
                    "mutatingadmissionpolicybindings")),
            Map.entry("flowcontrol.apiserver.k8s.io", List.of("flowschemas", "prioritylevelconfigurations")),
            Map.entry("storagemigration.k8s.io", List.of("storageversionmigrations")),
            Map.entry("cert-manager.io", List.of("clusterissuers")),
            Map.entry("kyverno.io", List.of("clusterpolicies")),
            Map.entry("external-secrets.io", List.of("clustersecretstores", "clusterexternalsecrets")),
            Map.entry("karpenter.k8s.aws", List.of("ec2nodeclasses")),
            Map.entry("iam.aws.upbound.io", List.of("rolepolicyattachments"))));

    /** {@code byGroup}, the resources of each group, turned round: the groups of each resource. */
    private static Map<String, Set<String>> byResource(Map<String, List<String>> byGroup) {
        Map<String, Set<String>> groups = new HashMap<>();
        byGroup.forEach((group, resources) -> resources.forEach(r -> groups.computeIfAbsent(r, x -> new HashSet<>()).add(group)));
        return Map.copyOf(groups);
    }

    private KubernetesGroups() {
    }

    /**
     * Whether {@code verb} on {@code resource} ({@code nodes}, {@code nodes/proxy}) of a rule's
     * {@code group} ({@code *} for any) is asked with no namespace, so that no RoleBinding grants it.
     * A ClusterRole lives in no namespace, but {@code bind} on one is asked in the namespace of the
     * RoleBinding that names it, so a RoleBinding's {@code bind} on clusterroles lets its holder bind
     * them there. Any group ({@code *}) reaches, besides the groups listed here, every other group's
     * resource of that name, which may live in namespaces (ACK's IAM {@code users}): only the verbs
     * Kubernetes' own targets alone answer to ({@code impersonate}, a signer's {@code approve} and
     * {@code sign}) are asked with no namespace whatever the group.
     */
    static boolean clusterScoped(String group, String resource, String verb) {
        String own = own(resource);
        Set<String> groups = own.equals("clusterroles") && !verb.equals("bind") ? Set.of(RBAC) : CLUSTER_SCOPED.get(own);
        return groups != null && (group.equals("*") ? NO_NAMESPACE_VERBS.contains(verb) : groups.contains(group));
    }

    /** Whether some group's {@code resource} lives in no namespace: a RoleBinding's rule of any group reaches only the others'. */
    static boolean clusterScopedSomewhere(String resource) {
        return CLUSTER_SCOPED.containsKey(own(resource));
    }

    /** The resource a rule names, less its subresource: {@code pods} of {@code pods/exec}. */
    static String own(String resource) {
        return resource.indexOf('/') < 0 ? resource : resource.substring(0, resource.indexOf('/'));
    }

    /** The verbs only Kubernetes' own users, groups and signers answer to, asked with no namespace. */
    private static final Set<String> NO_NAMESPACE_VERBS = Set.of("impersonate", "approve", "sign");

    /** The group of {@code resource} ({@code deployments}, {@code pods/exec}); the core group is the empty text. */
    static String of(String resource) {
        int slash = resource.indexOf('/');
        String group = GROUP.get(slash < 0 ? resource : resource.substring(0, slash));
        if (group == null) {
            throw new IllegalStateException("the action table singles out the Kubernetes resource '" + resource
                    + "', whose API group KubernetesGroups does not know");
        }
        return group;
    }
}
