package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {

    @Test
    void validateReportsAValidFile() {
        Cli cli = Cli.run("validate", Cli.sample("platform-team.yaml").toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo("../samples/platform-team.yaml: valid oversight/v1 (8 agents, 4 environments, 8 people, 2 waivers)\n");
    }

    @Test
    void validateListsEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: x, organization: X, owner: nobody}
                agents:
                  - id: a
                    autonomy: full
                """);
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo(file + ":3:45: unknown person 'nobody'; declare it under 'people'\n"
                + file + ":6:15: 'full' is not a valid autonomy; expected one of: advisory, supervised, autonomous\n"
                + "2 problems; nothing was checked\n");
    }

    @Test
    void schemaPrintsTheJsonSchemaOfTheFormat() throws Exception {
        Cli cli = Cli.run("schema");
        assertThat(cli.exitCode()).isZero();
        JsonNode schema = new ObjectMapper().readTree(cli.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.at("/properties/apiVersion/const").asText()).isEqualTo("oversight/v1");
        assertThat(schema.at("/$defs/checkpoint/properties/onTimeout/description").asText()).isNotBlank();
    }

    @Test
    void versionNamesToolAndCatalog() {
        Cli cli = Cli.run("--version");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).matches("oversight \\d+\\.\\d+\\.\\d+ \\(catalog [0-9.]+\\)\\n");
    }

    /** Every command's help offers -V, --version; it printed nothing below the top level. */
    @ParameterizedTest
    @ValueSource(strings = {"check", "validate", "access", "waivers", "waivers lint", "controls", "explain", "frameworks", "schema"})
    void everyCommandNamesTheVersionsAsTheTopLevelDoes(String command) {
        for (String option : new String[] {"--version", "-V"}) {
            Cli cli = Cli.run((command + " " + option).split(" "));
            assertThat(cli.exitCode()).isZero();
            assertThat(cli.err()).isEmpty();
            assertThat(cli.out()).isEqualTo(Cli.run("--version").out()).startsWith("oversight ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "validate", "schema"})
    void everyCommandHasHelp(String command) {
        Cli cli = Cli.run(command, "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("Usage: oversight " + command);
    }

    /** The commands listed on one line took 107 columns. */
    @Test
    void noCommandIsAUsageError() {
        Cli cli = Cli.run();
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: a command is required: check, validate, access, waivers, controls,\n"
                + "  explain, frameworks or schema\nTry 'oversight --help' for usage.\n");
        assertThat(Cli.run("--help").out()).contains("check").contains("validate").contains("schema").contains("Exit codes");
    }

    /** Picocli said "Unmatched argument at index 0: 'bogus'". */
    @Test
    void anUnknownCommandIsNamedWithTheCommands() {
        Cli cli = Cli.run("bogus", "file.yaml");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("oversight: 'bogus' is not a command; expected check, validate, access, waivers,\n"
                + "  controls, explain, frameworks or schema\nTry 'oversight --help' for usage.\n");
        // A word put first by mistake is echoed masked: a token pasted there too (secrets red team).
        assertThat(Cli.run("ghp_CanaryGh0000000000000000000000000000C").err()).startsWith("oversight: '****' is not a command; expected");
        // A command's own command misspelt is named with those there are, and the closest (new-user walk-through: picocli's words had shown).
        Cli lint = Cli.run("waivers", "lnit", "w.yaml");
        assertThat(lint.exitCode()).isEqualTo(2);
        assertThat(lint.err()).isEqualTo("oversight: 'lnit' is not a command of 'oversight waivers'; expected lint (did\n  you mean 'lint'?)\n"
                + "Try 'oversight waivers --help' for usage.\n");
    }

    /** Picocli suggests only options sharing the first two letters, and '--pfd' got no suggestion. */
    @Test
    void aMisspeltOptionIsCorrected() {
        Cli cli = Cli.run("check", "samples/kiro-incident.yaml", "--pfd", "report.pdf");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: Unknown option: '--pfd'\nPossible solutions: --pdf\n"
                + "Try 'oversight check --help' for usage.\n");
        assertThat(Cli.run("check", "x.yaml", "--formt=json").err()).contains("Possible solutions: --format\n");
        assertThat(Cli.run("check", "x.yaml", "--fromat", "json").err()).as("not picocli's --framework, which shares 'fr'")
                .contains("Possible solutions: --format\n");
        assertThat(Cli.run("check", "x.yaml", "--zzzzzz").err()).doesNotContain("Possible solutions");
    }

    /** Picocli's help command read one name: 'help waivers lint' showed the help of waivers. */
    @Test
    void helpDescribesASubcommandOfACommand() {
        Cli lint = Cli.run("help", "waivers", "lint");
        assertThat(lint.exitCode()).isZero();
        assertThat(lint.out()).startsWith("Usage: oversight waivers lint ").isEqualTo(Cli.run("waivers", "lint", "--help").out());
        assertThat(Cli.run("help", "check").out()).isEqualTo(Cli.run("check", "--help").out());
        assertThat(Cli.run("help").out()).isEqualTo(Cli.run("--help").out());
        Cli unknown = Cli.run("help", "waivers", "list");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("oversight: 'list' is not a command of 'oversight waivers'; see 'oversight waivers --help'\n"
                + "Try 'oversight help --help' for usage.\n");
    }
}
