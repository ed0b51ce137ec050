package io.oversight.deployment.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A folder added to the workspace is spelled one way for the tools table, however the file writes it. */
class AddedFoldersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/home/dana|/home/dana/",
            "/home/dana/|/home/dana/",
            "/home/dana/./|/home/dana/",
            "/home/dana/.|/home/dana/",
            "/home//dana|/home/dana/",
            "//home/dana|/home/dana/",
            "/home/x/../dana|/home/dana/",
            "/home/dana/src/../.aws|/home/dana/.aws/",
            "/home/dana/..|/home/",
            "/..|/",
            "/../../etc|/etc/",
            "~|~/",
            "~/.|~/",
            "~/./.aws|~/.aws/",
            "~/../dana|~/../dana/",
            "~/src/../../dana|~/../dana/",
            "~/..|~/../",
            ".|./",
            "./src/..|./",
            "..|../",
            "../shared-lib|../shared-lib/",
            "../shared-lib/..|../",
            "../../|../../",
            "C:\\Users\\dana\\.\\|C:/Users/dana/",
            "C:\\..\\Users\\dana|C:/Users/dana/",
            "D:|D:/"})
    void aFolderIsSpelledOneWay(String written, String folder) {
        assertThat(AddedFolders.folder(written)).isEqualTo(folder);
    }
}
