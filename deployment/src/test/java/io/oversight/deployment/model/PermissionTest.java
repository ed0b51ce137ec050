package io.oversight.deployment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionTest {

    private static Permission of(List<String> actions, List<String> resources) {
        return new Permission("agent", "/agents/0/permissions/0", "prod", resources, actions, null, null);
    }

    @Test
    void keyNamesEnvironmentActionsAndResourcesSorted() {
        assertThat(of(List.of("delete", "read"), List.of("db/a", "db/b")).key()).isEqualTo("prod|delete,read|db/a,db/b");
    }

    @Test
    void keyIsTheSameHoweverTheEntryOrdersOrRepeatsItsLists() {
        Permission written = of(List.of("read", "delete", "read"), List.of("db/b", "db/a", "db/b"));

        assertThat(written.key()).isEqualTo("prod|delete,read|db/a,db/b");
        assertThat(of(List.of("delete", "delete"), List.of("db/a")).key()).isEqualTo("prod|delete|db/a");
        assertThat(of(List.of(), List.of()).key()).isEqualTo("prod||");
    }
}
