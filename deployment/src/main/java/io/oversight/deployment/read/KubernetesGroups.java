package io.oversight.deployment.read;

import java.util.Map;

/**
 * The API group of each Kubernetes resource the action table singles out, so that a rule granting
 * every resource of one group ({@code apiGroups: [apps], resources: ["*"]}) holds that group's
 * singled-out resources and no other's. A resource the table names must be here: a test compares
 * the two.
 */
final class KubernetesGroups {

    private static final String CORE = "";

    private static final Map<String, String> GROUP = Map.ofEntries(
            Map.entry("pods", CORE), Map.entry("secrets", CORE), Map.entry("serviceaccounts", CORE),
            Map.entry("replicationcontrollers", CORE), Map.entry("nodes", CORE), Map.entry("services", CORE),
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
            Map.entry("helmrepositories", "source.toolkit.fluxcd.io"));

    /**
     * Resources that live in no namespace, with their groups: a RoleBinding, which grants only in its
     * namespace, reaches none of them, whatever the ClusterRole it binds lists. Not clusterroles: the
     * API server asks for {@code bind} on a ClusterRole in the namespace of the RoleBinding that names
     * it, so a RoleBinding's {@code bind} on clusterroles lets its holder bind them there.
     */
    private static final Map<String, String> CLUSTER_SCOPED = Map.ofEntries(
            Map.entry("nodes", CORE), Map.entry("persistentvolumes", CORE), Map.entry("componentstatuses", CORE),
            Map.entry("clusterrolebindings", "rbac.authorization.k8s.io"),
            Map.entry("customresourcedefinitions", "apiextensions.k8s.io"), Map.entry("apiservices", "apiregistration.k8s.io"),
            Map.entry("storageclasses", "storage.k8s.io"), Map.entry("csidrivers", "storage.k8s.io"), Map.entry("csinodes", "storage.k8s.io"),
            Map.entry("volumeattachments", "storage.k8s.io"), Map.entry("certificatesigningrequests", "certificates.k8s.io"),
            Map.entry("priorityclasses", "scheduling.k8s.io"), Map.entry("runtimeclasses", "node.k8s.io"),
            Map.entry("ingressclasses", "networking.k8s.io"),
            Map.entry("mutatingwebhookconfigurations", "admissionregistration.k8s.io"),
            Map.entry("validatingwebhookconfigurations", "admissionregistration.k8s.io"),
            Map.entry("validatingadmissionpolicies", "admissionregistration.k8s.io"),
            Map.entry("validatingadmissionpolicybindings", "admissionregistration.k8s.io"),
            Map.entry("tokenreviews", "authentication.k8s.io"), Map.entry("subjectaccessreviews", "authorization.k8s.io"),
            Map.entry("selfsubjectaccessreviews", "authorization.k8s.io"), Map.entry("selfsubjectrulesreviews", "authorization.k8s.io"),
            Map.entry("flowschemas", "flowcontrol.apiserver.k8s.io"), Map.entry("prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io"));

    private KubernetesGroups() {
    }

    /** Whether {@code resource} ({@code nodes}, {@code nodes/proxy}) of a rule's {@code group} ({@code *} for any) lives in no namespace. */
    static boolean clusterScoped(String group, String resource) {
        int slash = resource.indexOf('/');
        String own = CLUSTER_SCOPED.get(slash < 0 ? resource : resource.substring(0, slash));
        return own != null && (group.equals("*") || group.equals(own));
    }

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
