package io.oversight.report.formats.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A deployment's code-scanning category does not depend on how the workflow spells its path. */
class SarifCategoryTest {

    @Test
    void theSameFileSpeltAnotherWayKeepsItsCategory() {
        assertThat(SarifRenderer.category("v1.yaml")).isEqualTo("oversight/v1.yaml/");
        assertThat(SarifRenderer.category("./v1.yaml")).isEqualTo("oversight/v1.yaml/");
        assertThat(SarifRenderer.category("deployments//team/./../v1.yaml")).isEqualTo("oversight/deployments/v1.yaml/");
        assertThat(SarifRenderer.category("deployments\\.\\v1.yaml")).isEqualTo("oversight/deployments/v1.yaml/");
        assertThat(SarifRenderer.category("/../ci/./v1.yaml")).isEqualTo("oversight/ci/v1.yaml/");
    }

    @Test
    void aFileAboveTheWorkingDirectoryStaysAboveIt() {
        assertThat(SarifRenderer.category("../samples/kiro-incident.yaml")).isEqualTo("oversight/../samples/kiro-incident.yaml/");
        assertThat(SarifRenderer.category("./../samples/./kiro-incident.yaml")).isEqualTo("oversight/../samples/kiro-incident.yaml/");
        assertThat(SarifRenderer.category("<stdin>")).isEqualTo("oversight/%3Cstdin%3E/");
    }
}
