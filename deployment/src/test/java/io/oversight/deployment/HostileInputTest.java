package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.read.DeploymentReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written by many hands, or by an attacker: each case is rejected with a located message,
 * fast, without a stack trace and without building anything from the input but plain values.
 */
class HostileInputTest {

    private static final String VALID = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: x, organization: X, owner: p}
            people: [{id: p}]
            agents:
              - id: a
            """;

    private final DeploymentReader reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("tab indentation", VALID + "\towner: p\n", "d.yaml:7:1: not valid YAML"),
                Arguments.of("NUL byte", VALID.replace("name: x", "name: x\u0000y"), "d.yaml:3:"),
                Arguments.of("tag on a scalar", VALID.replace("name: x", "name: !!str x"), "YAML tags are not supported"),
                Arguments.of("tag on a mapping", VALID.replace("metadata: {", "metadata: !!map {"), "YAML tags are not supported"),
                Arguments.of("binary tag", VALID + "    name: !!binary aGVsbG8=\n", "YAML tags are not supported"),
                // A local tag is not named: it may be a password of letters left unquoted (the change review).
                Arguments.of("local tag", VALID + "    name: !evil x\n", "d.yaml:7:11: YAML tags are not supported; write the plain value"),
                // A generated password that starts with '!', left unquoted, is read as a tag: the message does not quote it (red team).
                Arguments.of("password read as a tag", VALID + "    name: !a8F3kL9pQ2xZ7mN4vB6c\n", "d.yaml:7:11: YAML tags are not supported; write the plain value"),
                Arguments.of("java constructor tag", VALID + "    name: !!javax.script.ScriptEngineManager [x]\n", "YAML tags are not supported"),
                Arguments.of("two documents", VALID + "---\n" + VALID, "more than one YAML document"),
                Arguments.of("undefined alias", VALID + "    name: *nowhere\n", "an alias ('*' and a name) refers to no anchor defined before it"),
                Arguments.of("bare wildcard in a flow list", VALID + "    permissions: [{environment: e, actions: [*]}]\n",
                        "d.yaml:7:46: not valid YAML: an unquoted * starts an alias (a reference to an &anchor); for the wildcard, quote it: \"*\""),
                Arguments.of("bare wildcard as an item", VALID + "    permissions:\n      - environment: e\n        actions:\n          - *\n",
                        "d.yaml:10:13: not valid YAML: an unquoted * starts an alias (a reference to an &anchor); for the wildcard, quote it: \"*\""),
                Arguments.of("unclosed flow list", VALID + "    environments: [prod, dev\n    owner: p\n",
                        "d.yaml:8:10: not valid YAML: the list opened with '[' at 7:19 is not closed here (expected ',' or ']', but got :)"),
                Arguments.of("unclosed flow mapping", VALID + "    identity: {type: dedicated\n    owner: p\n",
                        "d.yaml:8:10: not valid YAML: the mapping opened with '{' at 7:15 is not closed here (expected ',' or '}', but got :)"),
                Arguments.of("merge key", VALID + "    <<: {owner: p}\n", "merge keys ('<<') are not supported"),
                Arguments.of("integer key", VALID + "    1: x\n", "unknown key '1' in agent 'a'"),
                Arguments.of("complex key", VALID + "    ? [a, b]\n    : x\n", "d.yaml:7:"),
                Arguments.of("negative duration", VALID + "    logging: {retentionDays: -30}\n", "'retentionDays' must be at least 0, but is -30"),
                Arguments.of("negative count", VALID + "    checkpoints: [{approvals: -2}]\n", "'approvals' must be at least 1, but is -2"),
                Arguments.of("float for an integer", VALID + "    guardrails: {rateLimitPerHour: 1.5}\n", "must be a whole number, but is the number 1.5"),
                Arguments.of("huge integer", VALID + "    guardrails: {rateLimitPerHour: 123456789012345678901234567890}\n",
                        "'rateLimitPerHour' must be at most 2147483647, but is 123456789012345678901234567890"),
                Arguments.of("just over the largest", VALID + "    identity: {credentialTtlMinutes: 2147483648}\n",
                        "'credentialTtlMinutes' must be at most 2147483647, but is 2147483648"),
                Arguments.of("hugely negative", VALID + "    logging: {retentionDays: -3000000000}\n", "'retentionDays' must be at least 0, but is -3000000000"),
                Arguments.of("impossible date", VALID + "    assessments: {risk: {date: 2026-02-30}}\n", "'date' is not a real date: 2026-02-30"),
                Arguments.of("date as a number", VALID + "    assessments: {risk: {date: 20260101}}\n", "must be a date written YYYY-MM-DD"),
                Arguments.of("string for a boolean", VALID + "    userFacing: \"false\"\n", "'userFacing' must be true or false, but is the string 'false'"),
                Arguments.of("scalar for a list", VALID + "    overseers: p\n", "'overseers' must be a list"),
                Arguments.of("mapping for a list", VALID + "    permissions: {environment: x}\n", "'permissions' must be a list of permissions"),
                Arguments.of("list for a mapping", VALID.replace("metadata: {name: x, organization: X, owner: p}", "metadata: [x]"),
                        "'metadata' must be a mapping"),
                Arguments.of("null document", "~\n", "the deployment description must be a mapping"),
                Arguments.of("scalar document", "hello\n", "the deployment description must be a mapping"),
                Arguments.of("empty agents", VALID.replace("  - id: a\n", "").replace("agents:", "agents: []"), "'agents' is empty"),
                Arguments.of("only a separator", "---\n", "the file holds no values, only comments or document markers"),
                Arguments.of("whitespace only", "   \n\n  \n", "the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(5)
    void isRejectedWithALocatedMessage(String name, String yaml, String expected) {
        assertThatThrownBy(() -> reader.read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    List<String> messages = e.problems().stream().map(Problem::format).toList();
                    assertThat(messages).as(name).anySatisfy(m -> assertThat(m).contains(expected));
                    assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("d.yaml").doesNotContain("Exception").doesNotContain("\tat "));
                });
    }

    @Test
    void aValueThatReadsAsAnUndefinedAliasIsNotQuoted() {
        assertThatThrownBy(() -> reader.read("credentials", "aws_secret_access_key: *wJalrXUtnFEMIK7MDENG\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly("credentials:1:24: an alias ('*' and a name) refers to no anchor defined before it; write '*' in quotes if it is text"));
    }

    @Test
    @Timeout(10)
    void aTenThousandDeepMappingEndsFast() {
        String yaml = "a: ".repeat(1).concat("{a: ".repeat(10_000)).concat("}".repeat(10_000)) + "\n";
        assertThatThrownBy(() -> reader.read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nests");
    }

    @Test
    @Timeout(10)
    void aTenThousandDeepJsonArrayEndsFast() {
        String json = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> reader.read("d.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nests");
    }

    @Test
    @Timeout(10)
    void aTwoHundredMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(InvalidInputException.class)
                .hasMessage(huge + ": is 200 MiB, larger than the limit of 128 MiB for one deployment description; split it into several files"
                        + " or raise the limit with --max-input-mb");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void anUnreadableFileIsAnError() {
        // Permissions cannot make a file unreadable to root, which CI runs as; this file fails every read.
        Path unreadable = Path.of("/proc/self/mem");
        assertThatThrownBy(() -> reader.read(unreadable)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("/proc/self/mem: cannot be read: ");
    }

    @Test
    @Timeout(10)
    void aBillionLaughsInMappingsEndsFast() {
        StringBuilder yaml = new StringBuilder("l0: &l0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x, i: x, j: x}\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" {");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append((char) ('a' + j)).append(": *l").append(i - 1);
            }
            yaml.append("}\n");
        }
        assertThatThrownBy(() -> reader.read("bomb.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alias bomb");
    }
}
