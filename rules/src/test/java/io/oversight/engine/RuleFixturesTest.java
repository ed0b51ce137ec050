package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code fixtures/<CONTROL>/} states, in {@code # expect:} lines, exactly the
 * findings of that control it must produce (or {@code none}); this runs them all, as of the
 * fixtures' day or, when a {@code # as-of:} line names one, as of that day.
 */
class RuleFixturesTest {

    static Stream<Path> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void producesExactlyTheExpectedFindings(Path fixture) throws Exception {
        String control = fixture.getParent().getFileName().toString();
        List<String> lines = Files.readAllLines(fixture);
        List<String> expected = lines.stream()
                .filter(l -> l.startsWith("# expect:"))
                .map(l -> l.substring("# expect:".length()).trim())
                .filter(e -> !e.equals("none"))
                .toList();
        boolean declaresNone = lines.stream().anyMatch(l -> l.trim().equals("# expect: none"));
        assertThat(expected.isEmpty() || !declaresNone).as("a fixture expects findings or none, not both").isTrue();
        assertThat(!expected.isEmpty() || declaresNone).as("a fixture must state its expected findings").isTrue();
        assertThat(fixture.getFileName().toString()).startsWith(expected.isEmpty() ? "pass-" : "fail-");

        LocalDate asOf = lines.stream().filter(l -> l.startsWith("# as-of:")).map(l -> LocalDate.parse(l.substring("# as-of:".length()).trim().substring(0, 10)))
                .findFirst().orElse(Fixtures.AS_OF);
        List<String> actual = Fixtures.assess(fixture, asOf).findings().stream()
                .filter(f -> f.control().equals(control))
                .map(Fixtures::describe)
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
}
