package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Control;
import io.oversight.catalog.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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

    @Test
    void theFirstScreenRunsACheckOnTheIncidentAndTheTests() throws Exception {
        String firstScreen = readme().substring(0, readme().indexOf("<!-- the first screen ends here -->"));
        assertThat(firstScreen.lines().count()).isLessThan(40);
        assertThat(firstScreen).contains("./oversight check samples/kiro-incident.yaml --pdf kiro-report.pdf").contains("mvn -B verify");
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("mvn -B -ntp verify");
    }
}
