package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Control;
import io.oversight.catalog.CatalogLoader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README is documentation users run: its first commands must match the product. It states no
 * count of controls or rules and no control table (`oversight controls` prints those from the
 * catalog), so that adding a control changes nothing here.
 */
class ReadmeTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void noControlCountOrTableIsWrittenIntoTheReadme() throws Exception {
        String readme = readme();
        assertThat(readme).doesNotContain("<!-- controls:start -->").doesNotContainPattern("\\b\\d+ (of \\d+ )?controls\\b")
                .doesNotContainPattern("\\b\\d+ rules\\b");
        for (Control control : CatalogLoader.builtIn().controls()) {
            assertThat(readme).as("a row of a control table").doesNotContain("| " + control.id() + " |");
        }
    }

    /** Every command and every option users can give is documented: a new one fails here until the README names it. */
    @Test
    void everyCommandAndOptionIsDocumented() throws Exception {
        String readme = readme();
        CommandLine cli = Main.commandLine(java.io.InputStream.nullInputStream(), new PrintStream(PrintStream.nullOutputStream()), new PrintStream(PrintStream.nullOutputStream()),
                Map.of(), "");
        List<CommandLine> commands = new ArrayList<>();
        collect(cli, commands);
        assertThat(commands).hasSizeGreaterThan(9);
        for (CommandLine command : commands) {
            String name = command.getCommandSpec().qualifiedName();
            assertThat(readme).as("command").contains("`" + name);
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden()) {
                    for (String optionName : option.names()) {
                        assertThat(readme).as(name + " " + optionName).containsPattern("(?<![\\w-])" + Pattern.quote(optionName) + "(?![\\w-])");
                    }
                }
            }
        }
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    @Test
    void theFirstScreenRunsACheckOnTheIncidentAndTheTests() throws Exception {
        String firstScreen = readme().substring(0, readme().indexOf("<!-- the first screen ends here -->"));
        assertThat(firstScreen.lines().count()).isLessThan(40);
        assertThat(firstScreen).contains("./oversight check samples/kiro-incident.yaml --pdf kiro-report.pdf").contains("mvn -B verify");
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("mvn -B -ntp verify");
    }
}
