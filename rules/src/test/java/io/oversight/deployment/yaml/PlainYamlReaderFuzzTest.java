package io.oversight.deployment.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.oversight.deployment.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Differential fuzzing of the fast reader: whatever it accepts, SnakeYAML must accept and read
 * into the same tree. Without {@code JAZZER_FUZZ} this runs the inputs kept in
 * {@code PlainYamlReaderFuzzTestInputs/}; with it, it fuzzes for the bounded time below.
 */
class PlainYamlReaderFuzzTest {

    private static final YamlTreeReader SNAKE = new YamlTreeReader(new InputLimits(1024 * 1024, 64, 100_000));

    @FuzzTest(maxDuration = "60s")
    void agreesWithSnakeYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<YNode> fast = PlainYamlReader.read(text, 64);
        if (fast.isEmpty()) {
            return;
        }
        YNode slow;
        try {
            slow = SNAKE.readWithParser("fuzz.yaml", text, false);
        } catch (InvalidInputException e) {
            throw new AssertionError("the fast reader accepted what SnakeYAML rejects: " + e.problems() + "\n" + text);
        }
        assertThat(TreeDifference.between(slow, fast.get())).as(text).isNull();
    }
}
