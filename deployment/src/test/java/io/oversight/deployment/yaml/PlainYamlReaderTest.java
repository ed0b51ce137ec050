package io.oversight.deployment.yaml;

import io.oversight.deployment.InputLimits;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader must build exactly the tree SnakeYAML's path builds (same keys in the same order,
 * same positions, same scalar types and text), or give up. Compared on every YAML file of the
 * repository, on a generated fleet, and on thousands of mutated copies of them, where most
 * mutations make the file invalid or unusual and the fast reader must step aside.
 */
class PlainYamlReaderTest {

    private static final InputLimits LIMITS = InputLimits.DEFAULT;
    private final YamlTreeReader snake = new YamlTreeReader(InputLimits.DEFAULT);

    @Test
    void aPlainAsciiByteIsAPlainCharacter() {
        for (int b = 0; b < 0x80; b++) {
            assertThat(PlainYamlReader.plainAscii((byte) b)).as("byte 0x%02x", b).isEqualTo(PlainYamlReader.plainCharacters(String.valueOf((char) b)));
        }
        assertThat(PlainYamlReader.plainAscii((byte) '\t')).isFalse();
        assertThat(PlainYamlReader.plainAscii((byte) 'a')).isTrue();
    }

    /** The shortcut for scalars whose first character starts no implicit type types them as the resolver does. */
    @Test
    void typesAScalarAsSnakeYamlsResolverDoes() {
        org.yaml.snakeyaml.resolver.Resolver resolver = new org.yaml.snakeyaml.resolver.Resolver();
        PlainYamlReader.TypingResolver typing = new PlainYamlReader.TypingResolver();
        List<String> rests = List.of("", "0", "1.5", "rue", "ull", "es", "o", "ff", "n", "2026-12-01", "e3", "x:y", "<", ".inf", "_1");
        for (char first = 1; first < 0x100; first++) {
            for (String rest : rests) {
                String value = first + rest;
                assertThat(typing.type(value)).as(value).isEqualTo(resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, value, true));
            }
        }
        assertThat(typing.type("")).isEqualTo(resolver.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, "", true));
    }

    @Test
    void readsEverySampleAndFixtureExactlyAsSnakeYamlDoes() throws IOException {
        List<Path> files = corpus();
        assertThat(files).hasSizeGreaterThan(150);
        int read = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Optional<YNode> fast = PlainYamlReader.read(text, LIMITS);
            assertSplitAgrees(file.toString(), text, fast);
            if (fast.isPresent()) {
                read++;
                assertSame(file.toString(), text, fast.get());
            }
        }
        // The reader must actually take the ordinary files, or this comparison would prove nothing.
        assertThat(read).as("files read by the fast reader").isGreaterThan(files.size() * 3 / 4);
        assertThat(PlainYamlReader.read(Files.readString(Path.of("../samples/platform-team.yaml")), LIMITS)).isPresent();
    }

    @Test
    void readsAGeneratedFleetExactlyAsSnakeYamlDoes() {
        String text = fleet(300);
        Optional<YNode> fast = PlainYamlReader.read(text, LIMITS);
        assertThat(fast).isPresent();
        assertSame("fleet", text, fast.get());
        assertSplitAgrees("fleet", text, fast);
        SplitDocument split = PlainYamlReader.split(text, LIMITS, "agents", false).orElseThrow();
        assertThat(split.itemCount()).isEqualTo(300);
        assertThat(((YMap) split.root()).get("agents")).isEqualTo(new YList(new Position(12, 3), List.of()));
    }

    @Test
    void mutatedFilesAreReadExactlyAsSnakeYamlReadsThemOrLeftToIt() throws IOException {
        // More rounds or another seed for a longer hunt: -Doversight.mutations=200000 -Doversight.mutationSeed=7
        Random random = new Random(Long.getLong("oversight.mutationSeed", 20261125L));
        List<String> texts = new ArrayList<>();
        for (Path file : corpus()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        texts.add(fleet(3));
        int accepted = 0;
        int rejected = 0;
        for (int round = 0, rounds = Integer.getInteger("oversight.mutations", 20_000); round < rounds; round++) {
            String original = texts.get(random.nextInt(texts.size()));
            String mutated = mutate(original, random, 1 + random.nextInt(3));
            Optional<YNode> fast = PlainYamlReader.read(mutated, LIMITS);
            assertSplitAgrees("mutation " + round + ":\n" + mutated, mutated, fast);
            if (fast.isEmpty()) {
                rejected++;
                continue;
            }
            accepted++;
            assertSame("mutation " + round + ":\n" + mutated, mutated, fast.get());
        }
        assertThat(accepted).as("mutations the fast reader took").isGreaterThan(500);
        assertThat(rejected).as("mutations it left to SnakeYAML").isGreaterThan(500);
    }

    @Test
    void givesUpOnWhatItDoesNotHandle() {
        for (String text : List.of(
                "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |2\n  text\n", "a: >+\n  kept\n", "a: >\n  one\n\n  two\n", "a: >\n  one\n    more\n", "a: >\n  no break", "co: >-\n  sco: >-\n   ", "a:\n", "a: b\n  c\n",
                "a: \"multi\n  line\"\n", "a: [1,\n  2]\n", "a:\tb\n", "a: b\r\nc: d\n", "a: 1\n---\nb: 2\n", "? a\n: b\n",
                "a: yes\n", "a: 1.5\n", "a: 0x10\n", "a: 012\n", "a: 1_000\n", "a: -0\n", "\"a\": 1\n", "yes: 1\n", "a: 1\na: 2\n",
                "a: b: c\n", "- a\nb: 1\n", "a: \"\\x41\"\n", "a: {b: 1, b: 2}\n", "a: [b, , c]\n", "a: b #c\n  d: 1\n", "plain\n",
                "a: 😀\n", "a: [b: c]\n")) {
            assertThat(PlainYamlReader.read(text, LIMITS)).as(text).isEmpty();
        }
    }

    @Test
    void keepsSnakeYamlsTypesAndPositions() {
        YMap root = (YMap) PlainYamlReader.read("# c\nn: 42\nneg: -7\nt: true\nz: null\nd: 2026-02-30\ns: 'it''s'\nq: \"a\\\"b\" # c\n"
                + "l:\n- x\n- {k: [1, two]}\nf: >-\n  one\n  two\nb: |\n  one\n  two\n\n", LIMITS).orElseThrow();
        assertThat(root.get("n")).isEqualTo(new YScalar(new Position(2, 4), YScalar.Type.INTEGER, "42"));
        assertThat(root.get("neg")).isEqualTo(new YScalar(new Position(3, 6), YScalar.Type.INTEGER, "-7"));
        assertThat(root.get("t")).isEqualTo(new YScalar(new Position(4, 4), YScalar.Type.BOOLEAN, "true"));
        assertThat(root.get("z")).isEqualTo(new YScalar(new Position(5, 4), YScalar.Type.NULL, ""));
        assertThat(root.get("d")).isEqualTo(new YScalar(new Position(6, 4), YScalar.Type.STRING, "2026-02-30"));
        assertThat(root.get("s")).isEqualTo(new YScalar(new Position(7, 4), YScalar.Type.STRING, "it's"));
        assertThat(root.get("q")).isEqualTo(new YScalar(new Position(8, 4), YScalar.Type.STRING, "a\"b"));
        assertThat(root.get("l").position()).isEqualTo(new Position(10, 1));
        assertThat(root.get("f")).isEqualTo(new YScalar(new Position(12, 4), YScalar.Type.STRING, "one two"));
        assertThat(root.get("b")).isEqualTo(new YScalar(new Position(15, 4), YScalar.Type.STRING, "one\ntwo\n"));
    }

    /**
     * Reading a document split (its agents item by item) must give exactly the tree the fast reader
     * gives whole, and must step aside (up front, or at an item) wherever the fast reader does.
     */
    static void assertSplitAgrees(String name, String text, Optional<YNode> whole) {
        Optional<YNode> split;
        try {
            split = PlainYamlReader.split(text, LIMITS, "agents", false).map(PlainYamlReaderTest::reassembled);
        } catch (NotSplittable e) {
            split = Optional.empty();
        }
        assertThat(split.isPresent()).as("%s: read split as well as whole", name).isEqualTo(whole.isPresent());
        if (whole.isPresent()) {
            assertThat(TreeDifference.between(whole.get(), split.get())).as(name).isNull();
        }
    }

    /** The document of a split read, with its items read one by one and put back in their list. */
    static YNode reassembled(SplitDocument document) {
        if (!document.isSplit()) {
            return document.root();
        }
        YMap root = (YMap) document.root();
        SplitDocument.Items items = document.items();
        List<YNode> list = new ArrayList<>();
        for (int i = 0; i < document.itemCount(); i++) {
            list.add(items.item(i));
        }
        return root.with(document.key(), new YList(root.get(document.key()).position(), list));
    }

    private void assertSame(String name, String text, YNode fast) {
        YNode slow;
        try {
            slow = snake.readWithParser(name, text, false);
        } catch (InvalidInputException e) {
            throw new AssertionError(name + ": the fast reader accepted a file SnakeYAML rejects: " + e.problems());
        }
        String difference = TreeDifference.between(slow, fast);
        assertThat(difference).as(name).isNull();
    }

    private static final String[] INSERTS = {" ", "  ", ":", ": ", "-", "- ", "#", " #", "\"", "'", "[", "]", "{", "}", ",", "\n", "a",
        "0", "-1", "&", "*", "!", "|", ">", "?", "yes", "null", "~", "\\", "\\n", "1.5", "é", "\t", "---\n", "x: y\n"};

    private static String mutate(String text, Random random, int times) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < times && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 2 -> { // re-indent a line
                    int start = s.lastIndexOf("\n", at) + 1;
                    if (random.nextBoolean()) {
                        s.insert(start, "  ");
                    } else if (s.length() > start + 1 && s.charAt(start) == ' ') {
                        s.deleteCharAt(start);
                    }
                }
                case 3 -> { // duplicate a line
                    int start = s.lastIndexOf("\n", at) + 1;
                    int end = s.indexOf("\n", at);
                    end = end < 0 ? s.length() : end + 1;
                    s.insert(start, s.substring(start, end));
                }
                default -> { // cut a line's end
                    int end = s.indexOf("\n", at);
                    s.delete(at, end < 0 ? s.length() : end);
                }
            }
        }
        return s.toString();
    }

    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../samples"), Path.of("../rules/src/test/resources"), Path.of("../catalog/src/main/resources"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** A fleet in the shapes the benchmark generator writes: flow items, nested blocks, dates, numbers. */
    private static String fleet(int agents) {
        StringBuilder s = new StringBuilder("apiVersion: oversight/v1\nkind: AgentDeployment\nmetadata:\n  name: fleet\n  owner: p-0\n"
                + "  jurisdictions: [EU, US]\npeople:\n  - id: p-0\n    roles: [approver]\n    aiLiteracyTrained: true\nagents:\n");
        for (int i = 0; i < agents; i++) {
            s.append("  - id: agent-").append(i).append("\n    owner: p-0\n    environments: [prod, staging]\n")
                    .append("    identity: {type: dedicated, credentialTtlMinutes: ").append(15 + i).append("}\n")
                    .append("    permissions:\n      - {environment: prod, actions: [read, \"ec2:TerminateInstances\"], resources: [\"*\"], "
                            + "justification: Change OPS-1, lastReviewed: 2026-10-20}\n")
                    .append("      - environment: staging\n        actions:\n        - delete\n        - 'it''s'\n")
                    .append("    guardrails:\n      killSwitch: {available: true, haltsInFlight: false, lastTested: 2026-10-01}\n")
                    .append("      rateLimitPerHour: ").append(-i).append("   # per hour\n\n");
        }
        return s.toString();
    }
}
