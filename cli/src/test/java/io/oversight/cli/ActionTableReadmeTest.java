package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.ActionTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's classification table is the catalog's action table, summarised. */
class ActionTableReadmeTest {

    @Test
    void theClassificationSummaryIsGeneratedFromTheActionTable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String start = "<!-- actions:start -->";
        String end = "<!-- actions:end -->";
        assertThat(readme).contains(start, end);
        String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
        String expected = ActionTableSummary.markdown(ActionTable.builtIn());
        assertThat(table.strip()).as("README action table is stale; replace it with:%n%s", expected).isEqualTo(expected.strip());
    }
}
