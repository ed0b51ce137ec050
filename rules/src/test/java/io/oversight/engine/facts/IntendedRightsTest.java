package io.oversight.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.action.Verb;
import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An agent's intended rights are what its own written-out entries grant, as their grants and
 * resource scopes classify them: PM-08 reads them in place of joining those facts.
 */
class IntendedRightsTest {

    private static final EnvironmentKinds KINDS = new EnvironmentKinds(Set.of("prod"), Set.of(), Set.of());

    @Test
    void declaresTheVerbsOfItsOwnEntriesEnvironmentByEnvironment() {
        IntendedRights intended = of(
                written("prod", List.of("db/main"), List.of("read", "update")),
                written("dev", List.of("*"), List.of("delete")));

        assertThat(intended.declares("prod", Verb.READ)).isTrue();
        assertThat(intended.declares("prod", Verb.UPDATE)).isTrue();
        assertThat(intended.declares("prod", Verb.DELETE)).as("written for dev only").isFalse();
        assertThat(intended.declares("dev", Verb.DELETE)).isTrue();
        assertThat(intended.declares("staging", Verb.READ)).isFalse();
        assertThat(intended.writtenEnvironments()).contains("prod");
        assertThat(intended.writtenEnvironments()).doesNotContain("staging");
    }

    @Test
    void aStarActionIntendsEveryVerb() {
        IntendedRights intended = of(written("prod", List.of("db/main"), List.of("*")));

        assertThat(intended.declares("prod", Verb.DELETE)).isTrue();
        assertThat(intended.declares("prod", Verb.PAY)).isTrue();
    }

    @Test
    void anEntryThatNamesNoResourcesIntendsEveryOne() {
        IntendedRights intended = of(
                written("prod", List.of("service/app-*"), List.of("read")),
                written("dev", List.of(), List.of("read")),
                written("staging", List.of("service/app-*"), List.of("read")),
                written("staging", List.of(), List.of("deploy")));

        assertThat(intended.resourceEnvironments()).contains("prod", "dev", "staging");
        assertThat(intended.covers("prod", "service/app-web")).isTrue();
        assertThat(intended.covers("prod", "db/main")).isFalse();
        assertThat(intended.covers("prod", "*")).as("a narrower pattern does not cover everything").isFalse();
        assertThat(intended.covers("dev", "*")).as("an entry without resources reaches every one, as * does").isTrue();
        assertThat(intended.covers("staging", "service/orders/*")).as("beside a narrower entry too").isTrue();
        assertThat(intended.writtenEnvironments()).contains("dev");
    }

    @Test
    void anAgentWithoutEntriesOfItsOwnIntendsNothing() {
        IntendedRights none = of();

        assertThat(none.agentId()).isEqualTo("bot");
        assertThat(none.writtenEnvironments()).doesNotContain("prod");
        assertThat(none.declares("prod", Verb.READ)).isFalse();
        assertThat(none.resourceEnvironments()).doesNotContain("prod");
    }

    private static Permission written(String environment, List<String> resources, List<String> actions) {
        return new Permission("bot", "/agents/0/permissions/" + environment, environment, resources, actions, "needed", null);
    }

    private static IntendedRights of(Permission... permissions) {
        List<Grant> grants = new ArrayList<>();
        for (Permission permission : permissions) {
            grants.addAll(Grant.of(HeldPermission.own(permission), KINDS));
        }
        return IntendedRights.of("bot", List.of(permissions), grants);
    }
}
