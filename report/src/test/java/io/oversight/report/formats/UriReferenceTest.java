package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriReferenceTest {

    @Test
    void ordinaryPathsAreUnchanged() {
        assertThat(UriReference.of("samples/kiro-incident.yaml")).isEqualTo("samples/kiro-incident.yaml");
        assertThat(UriReference.of("../samples/platform-team.yaml")).isEqualTo("../samples/platform-team.yaml");
        assertThat(UriReference.of("/home/ci/deploy/agents.yaml")).isEqualTo("/home/ci/deploy/agents.yaml");
    }

    @Test
    void othersArePercentEncodedAndBackslashesAreSeparators() {
        assertThat(UriReference.of("my agents/prod #1.yaml")).isEqualTo("my%20agents/prod%20%231.yaml");
        assertThat(UriReference.of("C:\\deploy\\agents.yaml")).isEqualTo("C%3A/deploy/agents.yaml");
        assertThat(UriReference.of("agentes/configuración.yaml")).isEqualTo("agentes/configuraci%C3%B3n.yaml");
        assertThat(UriReference.of("100%.yaml")).isEqualTo("100%25.yaml");
    }
}
