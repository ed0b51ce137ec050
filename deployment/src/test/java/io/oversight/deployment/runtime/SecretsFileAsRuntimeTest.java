package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A runtime path that names a secrets file by mistake: the parser's words, which quote what it read, never reach the user. */
class SecretsFileAsRuntimeTest {

    private static final String KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    static Stream<Arguments> secretsFiles() {
        return Stream.of(
                Arguments.of(RuntimeKind.CLAUDE_CODE, KEY + "\n", "rawkey:1:1: not valid JSON, so not Claude Code settings (JSON)"),
                Arguments.of(RuntimeKind.CLAUDE_CODE, "{\"token\": " + KEY + "}\n", "rawkey:1:11: not valid JSON, so not Claude Code settings (JSON)"),
                Arguments.of(RuntimeKind.MCP_CLIENT, "hunter2CANARYpassword\n", "rawkey:1:1: not valid JSON, so not an MCP client configuration (JSON)"),
                Arguments.of(RuntimeKind.CODEX, "AWS_SECRET_ACCESS_KEY=\"" + KEY + "\n", "rawkey:1:23: not valid TOML, so not a Codex config.toml"),
                Arguments.of(RuntimeKind.KAGENT, "secret: [" + KEY + "\n", "rawkey:1:50: not valid YAML, so not kagent Agent manifests (YAML)"),
                Arguments.of(RuntimeKind.BEDROCK_AGENT, "{" + KEY + "}\n",
                        "rawkey:1:2: not valid JSON, so not a CloudFormation template with an AWS::Bedrock::Agent"));
    }

    @ParameterizedTest
    @MethodSource("secretsFiles")
    void isLocatedAndNeverQuoted(RuntimeKind kind, String text, String problem) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new RuntimeReaders(InputLimits.DEFAULT).read(kind, "rawkey", text));
        assertThat(e.problems()).extracting(Problem::format).containsExactly(problem
                + "; nothing of the file is quoted, since it may be another file, such as one of secrets");
        assertThat(e.getMessage()).doesNotContain("wJalr").doesNotContain("hunter2").doesNotContain("AWS_SECRET");
    }

    /** Oversight's own refusals quote nothing, so they keep the words that say what to change. */
    @ParameterizedTest
    @MethodSource("ownRefusals")
    void ownRefusalKeepsItsWords(RuntimeKind kind, String text, String problem) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new RuntimeReaders(InputLimits.DEFAULT).read(kind, "deep", text));
        assertThat(e.problems()).extracting(Problem::format).containsExactly(problem);
    }

    static Stream<Arguments> ownRefusals() {
        return Stream.of(
                Arguments.of(RuntimeKind.CODEX, "a = " + "[".repeat(70) + "]".repeat(70) + "\n", "deep:1:69: the document nests more than 64 levels deep"),
                Arguments.of(RuntimeKind.KAGENT, "a: " + "[".repeat(70) + "]".repeat(70) + "\n",
                        "deep:1:67: the document nests more than 64 levels deep"));
    }
}
