package io.oversight.report.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.engine.Assessment;
import io.oversight.report.Renderer;
import io.oversight.report.Renderers;
import io.oversight.report.SampleAssessments;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format is in the one registry, and every format gives the same bytes for the same assessment. */
class RegistryTest {

    static final List<String> FORMATS = List.of("sarif", "junit", "markdown", "oscal", "oscal-poam", "csv");

    static Stream<Arguments> everyFormatForEverySample() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : SampleAssessments.ALL) {
            for (String format : FORMATS) {
                cases.add(Arguments.of(format, sample));
            }
        }
        return cases.stream();
    }

    @Test
    void theFormatsAreRegisteredByNameWithTheirExtensions() {
        assertThat(Renderers.names()).containsAll(FORMATS);
        assertThat(FORMATS.stream().map(f -> Rendered.renderer(f).extension()).toList())
                .containsExactly("sarif", "xml", "md", "json", "json", "csv");
        assertThat(FORMATS.stream().map(Rendered::renderer)).noneMatch(Renderer::binary);
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("everyFormatForEverySample")
    void theSameAssessmentGivesTheSameBytes(String format, String sample) {
        Assessment a = SampleAssessments.assess(sample);
        byte[] first = Rendered.bytes(format, a);
        assertThat(first).isNotEmpty();
        assertThat(Rendered.bytes(format, a)).isEqualTo(first);
    }
}
