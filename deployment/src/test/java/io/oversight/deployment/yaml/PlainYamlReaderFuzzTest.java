package io.oversight.deployment.yaml;

import io.oversight.deployment.InputLimits;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.oversight.deployment.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Differential fuzzing of the fast reader: whatever it accepts, SnakeYAML must accept and read
 * into the same tree, and so must the fast reader reading the agents apart, item by item. Without {@code JAZZER_FUZZ} this runs the inputs kept in
 * {@code PlainYamlReaderFuzzTestInputs/}; with it, it fuzzes for the bounded time below.
 */
class PlainYamlReaderFuzzTest {

    private static final InputLimits LIMITS = new InputLimits(1024 * 1024, 64, 100_000);
    private static final YamlTreeReader SNAKE = new YamlTreeReader(LIMITS);

    @FuzzTest(maxDuration = "60s")
    void agreesWithSnakeYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<YNode> fast = PlainYamlReader.read(text, LIMITS);
        Optional<YNode> split;
        try {
            split = PlainYamlReader.split(text, LIMITS, "agents", false).map(PlainYamlReaderTest::reassembled);
        } catch (NotSplittable e) {
            split = Optional.empty();
        }
        assertThat(split.isPresent()).as("read split as well as whole: %s", text).isEqualTo(fast.isPresent());
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
        assertThat(TreeDifference.between(slow, split.get())).as("split: %s", text).isNull();
    }
}
