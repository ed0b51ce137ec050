package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.report.Renderer;
import io.oversight.report.Renderers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CI and GRC formats are in the one registry, under their names and with their extensions. */
class RegistryTest {

    static final List<String> FORMATS = List.of("sarif", "junit", "markdown", "oscal", "oscal-poam", "csv");

    @Test
    void theFormatsAreRegisteredByNameWithTheirExtensions() {
        assertThat(Renderers.names()).containsAll(FORMATS);
        assertThat(FORMATS.stream().map(f -> Rendered.renderer(f).extension()).toList())
                .containsExactly("sarif", "xml", "md", "json", "json", "csv");
        assertThat(FORMATS.stream().map(Rendered::renderer)).noneMatch(Renderer::binary);
    }
}
