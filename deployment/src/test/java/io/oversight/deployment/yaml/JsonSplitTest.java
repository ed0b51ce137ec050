package io.oversight.deployment.yaml;

import io.oversight.deployment.InputLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A JSON document read split (its agents parsed one by one) must give exactly the tree of the
 * whole document, positions included, or be read whole; and a broken document must give exactly
 * the problem the whole read gives. Compared on every sample and fixture written as JSON (pretty,
 * on one line, and with CRLF line breaks) and on thousands of mutated copies.
 */
class JsonSplitTest {

    private final YamlTreeReader reader = new YamlTreeReader(InputLimits.DEFAULT);

    @Test
    void readsEveryDeploymentWrittenAsJsonExactlyAsTheWholeReadDoes() throws IOException {
        List<String> texts = jsonCorpus();
        assertThat(texts).hasSizeGreaterThan(300);
        int split = 0;
        for (String text : texts) {
            split += assertAgrees(text) ? 1 : 0;
        }
        assertThat(split).as("documents read split").isGreaterThan(texts.size() * 3 / 4);
    }

    @Test
    void keepsPositionsOfItemsOnOneLineAndAfterTheList() throws InvalidInputException {
        String text = "{\"apiVersion\": \"oversight/v1\", \"agents\": [{\"id\": \"a\"}, {\"id\": \"b\",\n"
                + "  \"owner\": \"p\"}], \"waivers\": []}";
        SplitDocument document = reader.readSplit("d.json", text, true, "agents", false);
        assertThat(document.itemCount()).isEqualTo(2);
        YMap second = (YMap) document.items().item(1);
        assertThat(second.position()).isEqualTo(new Position(1, 56));
        assertThat(second.entry("id").keyPosition()).isEqualTo(new Position(1, 57));
        assertThat(second.get("owner").position()).isEqualTo(new Position(2, 12));
        assertThat(((YMap) document.root()).entry("waivers").keyPosition()).isEqualTo(new Position(2, 19));
        assertThat(PlainYamlReaderTest.reassembled(document)).isEqualTo(reader.readWithParser("d.json", text, true));
    }

    @Test
    void mutatedDocumentsAreReadAsTheWholeReadReadsThemOrRejectedAlike() throws IOException {
        Random random = new Random(20261201L);
        List<String> texts = jsonCorpus();
        String[] inserts = {",", "]", "[", "{", "}", "\"", ":", "\\", "\n", "\r", "\t", " ", "1", "null", "\"agents\": []", "\\u0061"};
        int splitAndAgreed = 0;
        for (int round = 0, rounds = Integer.getInteger("oversight.jsonMutations", 5_000); round < rounds; round++) {
            StringBuilder s = new StringBuilder(texts.get(random.nextInt(texts.size())));
            int at = random.nextInt(s.length());
            if (random.nextBoolean()) {
                s.deleteCharAt(at);
            } else {
                s.insert(at, inserts[random.nextInt(inserts.length)]);
            }
            splitAndAgreed += assertAgrees(s.toString()) ? 1 : 0;
        }
        assertThat(splitAndAgreed).as("mutated documents read split").isGreaterThan(1_000);
    }

    /** Whether the document was read split; either way it must read as the whole read reads it. */
    private boolean assertAgrees(String text) {
        YNode whole;
        try {
            whole = reader.readWithParser("d.json", text, true);
        } catch (InvalidInputException expected) {
            InvalidInputException actual = catchThrowableOfType(InvalidInputException.class, () -> readSplit(text));
            assertThat(actual).as("a document the whole read rejects:\n%s", text).isNotNull();
            assertThat(actual.problems()).as(text).isEqualTo(expected.problems());
            return false;
        }
        try {
            SplitDocument document = reader.readSplit("d.json", text, true, "agents", false);
            YNode split;
            try {
                split = PlainYamlReaderTest.reassembled(document);
            } catch (NotSplittable e) {
                return false;
            }
            assertThat(TreeDifference.between(whole, split)).as(text).isNull();
            return document.isSplit() && document.itemCount() > 0;
        } catch (InvalidInputException e) {
            throw new AssertionError("the split read rejects what the whole read takes: " + e.problems() + "\n" + text);
        }
    }

    /** The split read as the deployment reader uses it: read whole when an item does not parse alone. */
    private YNode readSplit(String text) throws InvalidInputException {
        try {
            return PlainYamlReaderTest.reassembled(reader.readSplit("d.json", text, true, "agents", false));
        } catch (NotSplittable e) {
            return PlainYamlReaderTest.reassembled(reader.readSplitWithParser("d.json", text, true, "agents"));
        }
    }

    /** Every YAML sample and fixture that reads as a tree, written as JSON in three layouts. */
    private static List<String> jsonCorpus() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("../samples"), Path.of("../rules/src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    JsonNode node;
                    try {
                        node = yaml.readTree(file.toFile());
                    } catch (IOException e) {
                        continue; // the hostile and broken fixtures
                    }
                    if (node == null || !node.isObject()) {
                        continue;
                    }
                    String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
                    texts.add(pretty);
                    texts.add(json.writeValueAsString(node));
                    texts.add(pretty.replace("\n", "\r\n"));
                }
            }
        }
        return texts;
    }
}
