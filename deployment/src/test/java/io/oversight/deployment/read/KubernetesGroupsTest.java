package io.oversight.deployment.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.oversight.catalog.action.ActionClassifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KubernetesGroupsTest {

    private static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete", "deletecollection");

    @Test
    void everyResourceTheActionTableSinglesOutHasAKnownGroup() {
        List<String> singled = VERBS.stream().flatMap(v -> ActionClassifier.resourcesSingledOut("kubernetes", v).stream()).distinct().toList();
        assertThat(singled).contains("secrets", "deployments", "workflows");
        assertThat(singled).allSatisfy(r -> assertThatCode(() -> KubernetesGroups.of(r)).doesNotThrowAnyException());
    }

    @Test
    void workloadsAreInTheirGroupsAndSecretsInTheCore() {
        assertThat(Stream.of("secrets", "pods/exec", "deployments", "cronjobs", "workflows").map(KubernetesGroups::of))
                .containsExactly("", "", "apps", "batch", "argoproj.io");
    }
}
