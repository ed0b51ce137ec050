package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriReferenceTest {

    @Test
    void ordinaryPathsAreUnchanged() {
        assertThat(UriReference.of("samples/kiro-incident.yaml")).isEqualTo("samples/kiro-incident.yaml");
        assertThat(UriReference.of("../samples/platform-team.yaml")).isEqualTo("../samples/platform-team.yaml");
    }

    @Test
    void anAbsoluteNameIsAFileUriNotAPathInTheRepository() {
        assertThat(UriReference.of("/home/ci/deploy/agents.yaml")).isEqualTo("file:///home/ci/deploy/agents.yaml");
        assertThat(UriReference.of("C:\\deploy\\agents.yaml")).isEqualTo("file:///C:/deploy/agents.yaml");
        assertThat(UriReference.of("/tmp/my agents.yaml")).isEqualTo("file:///tmp/my%20agents.yaml");
        assertThat(UriReference.of("\\\\server\\share\\agents.yaml")).isEqualTo("file://server/share/agents.yaml");
    }

    @Test
    void othersArePercentEncodedAndBackslashesAreSeparators() {
        assertThat(UriReference.of("my agents/prod #1.yaml")).isEqualTo("my%20agents/prod%20%231.yaml");
        assertThat(UriReference.of("C:deploy\\agents.yaml")).as("a drive's current folder: no absolute name").isEqualTo("C%3Adeploy/agents.yaml");
        assertThat(UriReference.of("agentes/configuración.yaml")).isEqualTo("agentes/configuraci%C3%B3n.yaml");
        assertThat(UriReference.of("100%.yaml")).isEqualTo("100%25.yaml");
    }
}
