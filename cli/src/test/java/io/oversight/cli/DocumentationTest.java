package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentationTest {

    @Test
    void completionAndManPagesComeFromTheCommandModel(@TempDir Path dir) throws Exception {
        Documentation.main(new String[] {dir.toString()});
        String completion = Files.readString(dir.resolve("completion/oversight"));
        assertThat(completion).contains("check").contains("validate").contains("explain").contains("--fail-on-new").contains("--output-dir");
        for (String page : new String[] {"oversight", "oversight-check", "oversight-validate", "oversight-controls", "oversight-explain",
                "oversight-frameworks", "oversight-schema"}) {
            assertThat(dir.resolve("man-adoc/" + page + ".adoc")).exists();
        }
        assertThat(Files.readString(dir.resolve("man-adoc/oversight-check.adoc"))).contains("--baseline").contains("--pdf")
                .contains("==  Exit codes:\n\n*0*::\n  no unwaived finding at or above --fail-on\n\n*1*::\n  unwaived findings at or above --fail-on\n");
        try (var pages = Files.list(dir.resolve("man-adoc"))) {
            assertThat(pages.filter(page -> !page.getFileName().toString().equals("oversight-help.adoc")))
                    .hasSize(10).allSatisfy(page -> assertThat(Files.readString(page)).as(page.toString())
                            .contains("// tag::picocli-generated-man-section-exit-status[]\n==  Exit codes:").contains("*2*::"));
        }
    }
}
