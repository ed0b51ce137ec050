package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README is documentation users run: its table and first commands must match the product. */
class ReadmeTest {

    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void theControlTableIsGeneratedFromTheCatalog() throws Exception {
        String readme = readme();
        String start = "<!-- controls:start -->";
        String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf("<!-- controls:end -->"));
        Catalog catalog = CatalogLoader.builtIn();
        assertThat(table.strip())
                .as("README control table is stale: replace it with the output of './oversight controls --format markdown'")
                .isEqualTo(ControlTable.markdown(catalog, catalog.controls()).strip());
    }

    @Test
    void theSampleCheckEndsWithTheSummaryTheIncidentGets() throws Exception {
        String summary = readme().lines().filter(l -> l.startsWith("FAIL  ")).findFirst().orElseThrow();
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", "2026-11-25");
        assertThat(summary).isEqualTo(cli.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void theRuleAndControlCountsAreThoseOfTheRulesAndTheCatalog() throws Exception {
        long derive = 0;
        long requirement = 0;
        try (Stream<Path> files = Files.list(Path.of("..", "rules", "src", "main", "resources", "io", "oversight", "rules"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(file);
                derive += Pattern.compile("(?m)^rule \"derive: ").matcher(drl).results().count();
                requirement += Pattern.compile("(?m)^@control\\(").matcher(drl).results().count();
            }
        }
        assertThat(readme()).contains("the " + (derive + requirement) + " rules (" + derive + " derive rules and " + requirement + " for the "
                + CatalogLoader.builtIn().controls().size() + " controls)");
    }

    @Test
    void theFirstScreenRunsACheckOnTheIncidentAndTheTests() throws Exception {
        String firstScreen = readme().substring(0, readme().indexOf("<!-- the first screen ends here -->"));
        assertThat(firstScreen.lines().count()).isLessThan(40);
        assertThat(firstScreen).contains("./oversight check samples/kiro-incident.yaml --pdf kiro-report.pdf").contains("mvn -B verify");
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("mvn -B -ntp verify");
    }
}
