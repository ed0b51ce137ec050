package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.deployment.read.WaiverFileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that other readers would take one way or another without a word is refused, located, with
 * exactly what to write instead: numbers and booleans YAML 1.1 reads otherwise, identifiers that
 * do not read as written, control characters written as escapes, imports from outside the
 * deployment's folder, files that are not files, and keys and values past their limits.
 */
class NoSilentPassTest {

    private static final String VALID = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: x, organization: X, owner: p}
            people: [{id: p}]
            agents:
              - id: a
            """;

    private final DeploymentReader reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());

    private List<String> problems(String name, String text) {
        try {
            reader.read(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("expected " + name + " to be rejected");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("octal-looking days", VALID + "governance:\n  incidentResponse: {regulatorReportingDays: 017}\n",
                        "d.yaml:8:46: 'regulatorReportingDays': `017` is not a plain decimal integer; write 17"),
                Arguments.of("octal-looking minutes", VALID + "    identity: {type: dedicated, credentialTtlMinutes: 074}\n",
                        "d.yaml:7:55: 'credentialTtlMinutes': `074` is not a plain decimal integer; write 74"),
                Arguments.of("a waiver's agent written null, which would read as every agent",
                        VALID + "waivers:\n  - {control: HO-05, agent: null, justification: x, approvedBy: p, expires: 2027-01-31}\n",
                        "d.yaml:8:29: 'agent' is null; name the agent the waiver is for, or leave the key out for a waiver of the whole deployment"),
                Arguments.of("hexadecimal", VALID + "    guardrails: {rateLimitPerHour: 0x2}\n",
                        "d.yaml:7:36: 'rateLimitPerHour': `0x2` is not a plain decimal integer; write 2"),
                Arguments.of("binary", VALID + "    guardrails: {rateLimitPerHour: 0b10}\n",
                        "d.yaml:7:36: 'rateLimitPerHour': `0b10` is not a plain decimal integer; write 2"),
                Arguments.of("separator", VALID + "    guardrails: {rateLimitPerHour: 1_0}\n",
                        "d.yaml:7:36: 'rateLimitPerHour': `1_0` is not a plain decimal integer; write 10"),
                Arguments.of("plus sign", VALID + "    guardrails: {rateLimitPerHour: +2}\n",
                        "d.yaml:7:36: 'rateLimitPerHour': `+2` is not a plain decimal integer; write 2"),
                Arguments.of("yes", VALID + "    userFacing: yes\n", "d.yaml:7:17: 'userFacing': `yes` is not a boolean in YAML 1.2 or JSON; write true"),
                Arguments.of("on", VALID + "    userFacing: on\n", "d.yaml:7:17: 'userFacing': `on` is not a boolean in YAML 1.2 or JSON; write true"),
                Arguments.of("off", VALID + "    userFacing: off\n", "d.yaml:7:17: 'userFacing': `off` is not a boolean in YAML 1.2 or JSON; write false"),
                Arguments.of("no", VALID + "    userFacing: no\n", "d.yaml:7:17: 'userFacing': `no` is not a boolean in YAML 1.2 or JSON; write false"),
                Arguments.of("capitalised", VALID + "    userFacing: True\n",
                        "d.yaml:7:17: 'userFacing': `True` is a boolean in YAML 1.2 but not in JSON; write true"),
                Arguments.of("Norway's code, unquoted", VALID.replace("owner: p}", "owner: p, jurisdictions: [NO]}"),
                        "d.yaml:3:64: each entry of 'jurisdictions' must be a text value, but one is `NO`, which YAML 1.1 reads as a "
                                + "boolean and YAML 1.2 as a text; quote it (\"NO\") to mean the text"),
                // An anchor sends the file to SnakeYAML, whose values are checked alike.
                Arguments.of("octal through SnakeYAML", VALID + "    guardrails: &g {rateLimitPerHour: 017}\n",
                        "d.yaml:7:39: 'rateLimitPerHour': `017` is not a plain decimal integer; write 17"),
                Arguments.of("YAML 1.1", "%YAML 1.1\n---\n" + VALID,
                        "d.yaml:1:1: the file asks for YAML 1.1 (%YAML 1.1); Oversight reads YAML 1.2, where 017 is 17 and yes is no boolean: "
                                + "write %YAML 1.2 or remove the line"),
                Arguments.of("escape and carriage return", VALID + "    name: \"\\e[2K\\rPASS\"\n",
                        "d.yaml:7:11: the value holds the control character U+001B (escape), which could rewrite what a terminal or report "
                                + "shows; control characters are refused however they are written"),
                Arguments.of("unicode escape", VALID + "    purpose: \"ok\\u001b[2K\"\n",
                        "d.yaml:7:14: the value holds the control character U+001B (escape), which could rewrite what a terminal or report "
                                + "shows; control characters are refused however they are written"),
                Arguments.of("hexadecimal escape", VALID + "    purpose: \"ok\\x1b[2K\"\n",
                        "d.yaml:7:14: the value holds the control character U+001B (escape), which could rewrite what a terminal or report "
                                + "shows; control characters are refused however they are written"),
                Arguments.of("carriage return", VALID + "    purpose: \"FAIL\\rPASS\"\n",
                        "d.yaml:7:14: the value holds the control character U+000D (carriage return), which could rewrite what a terminal "
                                + "or report shows; control characters are refused however they are written"),
                Arguments.of("escaped key", VALID + "    \"own\\ber\": p\n",
                        "d.yaml:7:5: the key holds the control character U+0008 (backspace), which could rewrite what a terminal or report "
                                + "shows; control characters are refused however they are written"),
                Arguments.of("tab in a name", VALID + "    name: \"deploy\\tbot\"\n",
                        "d.yaml:7:11: agent name 'deploy<U+0009>bot' holds the invisible character U+0009 CHARACTER TABULATION; ids and names "
                                + "must read as they are written"),
                Arguments.of("zero-width space", VALID.replace("id: a", "id: \"de\\u200Bploy\""),
                        "d.yaml:6:9: agent id 'de<U+200B>ploy' holds the invisible character U+200B ZERO WIDTH SPACE; ids and names must read "
                                + "as they are written"),
                Arguments.of("right-to-left override in free text", VALID + "    purpose: \"deletes \\u202Eprod\"\n",
                        "d.yaml:7:14: the value holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, which shows the text around it "
                                + "reordered in a report, a pull request or a spreadsheet (Trojan Source); such characters are refused however they are written"),
                Arguments.of("right-to-left override written as itself", VALID + "    purpose: deletes \u202Eprod\n",
                        "d.yaml:7:14: the value holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, which shows the text around it "
                                + "reordered in a report, a pull request or a spreadsheet (Trojan Source); such characters are refused however they are written"),
                Arguments.of("isolate in a block scalar", VALID + "    purpose: |\n      deletes \u2067prod\n",
                        "d.yaml:7:14: the value holds U+2067 RIGHT-TO-LEFT ISOLATE, a bidi control, which shows the text around it "
                                + "reordered in a report, a pull request or a spreadsheet (Trojan Source); such characters are refused however they are written"),
                Arguments.of("line separator", VALID + "    purpose: \"one\\u2028two\"\n",
                        "d.yaml:7:14: the value holds U+2028 LINE SEPARATOR, a line or paragraph separator, which "
                                + "breaks a report's lines where no line ends; such characters are refused however they are written"),
                Arguments.of("half a surrogate pair", VALID + "    purpose: \"x\\uD800y\"\n",
                        "d.yaml:7:14: the value holds U+D800, half of a surrogate pair, which "
                                + "is no text in UTF-8; such characters are refused however they are written"),
                Arguments.of("noncharacter", VALID + "    purpose: \"x\\uFFFEy\"\n",
                        "d.yaml:7:14: the value holds U+FFFE, a noncharacter, which is no "
                                + "text to exchange; such characters are refused however they are written"),
                Arguments.of("supplementary noncharacter", VALID + "    purpose: \"x\\U0001FFFEy\"\n",
                        "d.yaml:7:14: the value holds U+1FFFE, a noncharacter, which is no "
                                + "text to exchange; such characters are refused however they are written"),
                Arguments.of("right-to-left override", VALID.replace("{id: p}", "{id: p, name: \"Ann \u202Enosnah\"}"),
                        "d.yaml:4:24: the value holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidi control, which shows the text around it "
                                + "reordered in a report, a pull request or a spreadsheet (Trojan Source); such characters are refused however they are written"),
                Arguments.of("byte order mark inside", VALID.replace("name: x", "name: \"x\uFEFFy\""),
                        "d.yaml:3:18: deployment name 'x<U+FEFF>y' holds the invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE; ids and "
                                + "names must read as they are written"),
                Arguments.of("mixed scripts", VALID.replace("id: a", "id: dеploy"),
                        "d.yaml:6:9: agent id 'dеploy' mixes the Cyrillic and Latin scripts; write each id and name in one script (Latin may "
                                + "go with Han, Japanese or Korean)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    @Timeout(5)
    void isRefusedWithWhatToWrite(String name, String yaml, String expected) {
        assertThat(problems("d.yaml", yaml)).containsExactly(expected);
    }

    @Test
    void lookAlikeEnvironmentsAreAnErrorNamingBothLines() {
        String yaml = VALID.replace("agents:", """
                environments:
                  - {name: prod-eu, kind: production}
                  - {name: prоd-eu, kind: production}
                agents:""");
        assertThat(problems("d.yaml", yaml)).containsExactly(
                "d.yaml:7:12: environment name 'prоd-eu' mixes the Cyrillic and Latin scripts; write each id and name in one script "
                        + "(Latin may go with Han, Japanese or Korean)",
                "d.yaml:7:12: environment name 'prоd-eu' looks like 'prod-eu' (line 6) but is written with other characters "
                        + "(U+043E CYRILLIC SMALL LETTER O); ids that look alike would be taken for each other: rename one");
    }

    @Test
    void idsThatDifferOnlyInCaseOrSpacesAreAnErrorNamingBothLines() {
        String yaml = VALID.replace("[{id: p}]", "[{id: p}, {id: P}]").replace("agents:", """
                environments:
                  - {name: prod-eu, kind: production}
                  - {name: "prod-eu ", kind: development}
                agents:""");
        assertThat(problems("d.yaml", yaml)).containsExactly(
                "d.yaml:4:24: person id 'P' differs from 'p' (line 4) only in case or spaces; ids that look alike would be taken for each other: rename one",
                "d.yaml:7:12: environment name 'prod-eu ' differs from 'prod-eu' (line 6) only in case or spaces; ids that look alike would be taken "
                        + "for each other: rename one");
    }

    /**
     * A no-break space around an id, a fullwidth hyphen or a superscript digit in it: one approver
     * counted as two, an owner approving their own waiver (red team). Unicode's compatibility forms
     * make them the ids they look like.
     */
    @Test
    void idsThatDifferOnlyInANoBreakSpaceOrACompatibilityFormAreAnError() {
        String yaml = VALID.replace("[{id: p}]", "[{id: p}, {id: sre-1}, {id: \"sre-1\u00A0\"}, {id: \"sre\uFF0D1\"}, {id: \"sre-\u00B9\"}]");
        String rename = "; ids that look alike would be taken for each other: rename one";
        assertThat(problems("d.yaml", yaml)).containsExactly(
                "d.yaml:4:37: person id 'sre-1\u00A0' differs from 'sre-1' (line 4) only in case, spaces or the form of its characters"
                        + " (U+00A0 NO-BREAK SPACE)" + rename,
                "d.yaml:4:53: person id 'sre\uFF0D1' differs from 'sre-1' (line 4) only in case, spaces or the form of its characters"
                        + " (U+FF0D FULLWIDTH HYPHEN-MINUS)" + rename,
                "d.yaml:4:68: person id 'sre-\u00B9' differs from 'sre-1' (line 4) only in case, spaces or the form of its characters"
                        + " (U+00B9 SUPERSCRIPT ONE)" + rename);
    }

    /** A person at an address written with a Cyrillic a is another mailbox, so the same approver twice: refused as it reads. */
    @Test
    void anEmailInMixedScriptsIsAnError() {
        String yaml = VALID.replace("[{id: p}]", "[{id: p, email: dana@example.com}, {id: q, email: \"d\u0430na@example.com\"}]");
        assertThat(problems("d.yaml", yaml)).containsExactly(
                "d.yaml:4:59: person email 'd\u0430na@example.com' mixes the Cyrillic and Latin scripts; write each id and name in one script"
                        + " (Latin may go with Han, Japanese or Korean)",
                "d.yaml:4:59: person email 'd\u0430na@example.com' looks like 'dana@example.com' (line 4) but is written with other characters"
                        + " (U+0430 CYRILLIC SMALL LETTER A); ids that look alike would be taken for each other: rename one");
        // An address in one script a part, as international ones are, is read as it is written (the review: the check had stopped).
        String international = VALID.replace("[{id: p}]", "[{id: p, email: \"\u03bc\u03b1\u03c1\u03af\u03b1@\u03c0\u03b1\u03c1\u03ac"
                + "\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1.gr\"}, {id: q, email: \"\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.com\"}]");
        assertThatCode(() -> reader.read("d.yaml", international.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }

    @Test
    void aWholeScriptLookAlikeIsAnErrorToo() {
        String yaml = VALID.replace("[{id: p}]", "[{id: p}, {id: c}, {id: с}]");
        assertThat(problems("d.yaml", yaml)).containsExactly(
                "d.yaml:4:33: person id 'с' looks like 'c' (line 4) but is written with other characters (U+0441 CYRILLIC SMALL LETTER ES); "
                        + "ids that look alike would be taken for each other: rename one");
    }

    @Test
    void plainDecimalsTrueFalseYaml12AndTextInOneScriptAreRead() throws Exception {
        String yaml = "%YAML 1.2\n---\n" + VALID.replace("{id: p}", "{id: p, name: José Müller}").replace("name: x", "name: 李雷 Li Lei")
                + "    purpose: \"tabs\\tand\\nline feeds are text\"\n    userFacing: false\n    guardrails: {rateLimitPerHour: 10}\n";
        DeploymentFile file = reader.read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(file.deployment().agents().get(0).purpose()).isEqualTo("tabs\tand\nline feeds are text");
        assertThat(file.deployment().agents().get(0).guardrails().rateLimitPerHour()).isEqualTo(10);
        assertThat(file.deployment().people().get(0).name()).isEqualTo("José Müller");
    }

    @Test
    void jsonCountsFollowTheRangeChecksAndJsonEscapesAreRefused() {
        String json = """
                {"apiVersion": "oversight/v1", "kind": "AgentDeployment", "metadata": {"name": "x", "organization": "X", "owner": "p"},
                 "people": [{"id": "p"}],
                 "agents": [{"id": "a", "checkpoints": [{"approvals": -1}], "purpose": "\\u001b[2K"}]}
                """;
        assertThat(problems("d.json", json)).containsExactly("d.json:3:72: the value holds the control character U+001B (escape), which "
                + "could rewrite what a terminal or report shows; control characters are refused however they are written");
        assertThat(problems("d.json", json.replace(", \"purpose\": \"\\u001b[2K\"", ""))).containsExactly(
                "d.json:3:55: 'approvals' must be at least 1, but is -1");
        assertThat(problems("d.json", json.replace("-1", "017"))).containsExactly(
                "d.json:3:56: not valid JSON: Invalid numeric value: Leading zeroes not allowed");
        // The parser quotes the word it stopped at: it is not repeated, since a password left unquoted is such a word (red team).
        String unquoted = ": not valid JSON: a word without quotes where a value must be (a text needs quotes; true, false, null and numbers do not)";
        assertThat(problems("d.json", json.replace("-1", "f2d9c0a1b3e4f5a6b7c8d9e0f1a2b3c4"))).containsExactly("d.json:3:55" + unquoted);
        assertThat(problems("d.json", json.replace("-1", "hunter2"))).containsExactly("d.json:3:55" + unquoted);
    }

    @Test
    @Timeout(5)
    void aTenMegabyteKeyIsRefusedAtOnce() {
        String key = "a".repeat(10_000_000);
        assertThat(problems("d.yaml", VALID + key + ": x\n")).containsExactly(
                "d.yaml:7:65537: line 7 is 10000003 characters long, longer than any key or value may be (keys 256 characters, values 65536)");
        assertThat(problems("d.yaml", VALID + "\"" + key + "\": x\n")).containsExactly(
                "d.yaml:7:65537: line 7 is 10000005 characters long, longer than any key or value may be (keys 256 characters, values 65536)");
        assertThat(problems("d.yaml", VALID + "    " + "k".repeat(300) + ": x\n")).containsExactly(
                "d.yaml:7:5: a key of 300 characters, longer than the limit of 256; the keys of the format are short words");
        assertThat(problems("d.json", "{\"" + key + "\": 1}")).containsExactly(
                "d.json:1:1: a key longer than the limit of 256 characters; the keys of the format are short words");
        assertThat(problems("d.yaml", VALID + "    purpose: |\n" + "      line\n".repeat(14_000))).containsExactly(
                "d.yaml:7:14: a value of 70000 characters, longer than the limit of 65536");
    }

    @Test
    @Timeout(5)
    @EnabledOnOs(OS.LINUX)
    void devicesAndPipesAreNotRead(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> reader.read(Path.of("/dev/zero"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("/dev/zero: is not a regular file (a device, a pipe or a socket); give a deployment description file");
        Path fifo = dir.resolve("d.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> reader.read(fifo)).isInstanceOf(InvalidInputException.class)
                .hasMessage(fifo + ": is not a regular file (a device, a pipe or a socket); give a deployment description file");
        assertThatThrownBy(() -> new WaiverFileReader(CatalogLoader.builtIn().controlIds()).read(Path.of("/dev/zero"), null, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("/dev/zero: is not a regular file (a device, a pipe or a socket); give a waivers file");
    }
}
