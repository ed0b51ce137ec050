package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.deployment.read.SettingsFileReader;
import io.oversight.deployment.read.WaiverFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named where a deployment, a waivers file or a settings file belongs, but of another kind
 * (a settings file in the repository may name any path): one problem, and nothing of the file in it.
 */
class ForeignFileTest {

    private static final String SHADOW = "root:*:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n";
    private static final String ENV = "MY_PRIVATE_THING=correct-horse-battery-staple\n";
    private static final String NOT_QUOTED = "; nothing of the file is quoted, since it may be another file, such as one of secrets";

    @TempDir
    Path dir;

    @Test
    void aDeploymentThatIsAnotherFileIsNotQuoted() throws IOException {
        DeploymentReader reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());
        assertThat(problems(() -> reader.read(write("shadow.yaml", SHADOW)))).containsExactly(dir.resolve("shadow.yaml")
                + ":1:1: not the deployment description: none of its keys is one of apiVersion, kind, metadata, agents, governance,"
                + " people, environments, waivers, roles, $schema" + NOT_QUOTED);
        assertThat(problems(() -> reader.read(write("env.yaml", ENV))))
                .containsExactly(dir.resolve("env.yaml") + ":1:1: the deployment description must be a mapping of keys to values, but is a text");
    }

    @Test
    void aWaiversFileThatIsAnotherFileIsNotQuoted() throws IOException {
        WaiverFileReader reader = new WaiverFileReader(CatalogLoader.builtIn().controlIds());
        assertThat(problems(() -> reader.read(write("shadow", SHADOW), null, true)))
                .containsExactly(dir.resolve("shadow") + ":1:1: not the waivers file: none of its keys is one of waivers, apiVersion, kind, deployment, $schema" + NOT_QUOTED);
        assertThat(problems(() -> reader.read(write("env", ENV), null, true)))
                .containsExactly(dir.resolve("env") + ":1:1: the waivers file must be a mapping of keys to values, but is a text");
        assertThat(problems(() -> reader.read(write("comments.yaml", "# waivers go here\n"), null, true))).as("not said to be a deployment")
                .containsExactly(dir.resolve("comments.yaml") + ":1:1: the file holds no values, only comments or document markers: expected a"
                        + " waivers file (kind Waivers)");
    }

    @Test
    void aSettingsFileThatIsAnotherFileIsNotQuoted() throws IOException {
        Set<String> keys = Set.of("fail-on", "waivers");
        assertThat(problems(() -> SettingsFileReader.read(write("shadow", SHADOW), keys, Set.of(), (key, value) -> Optional.empty())))
                .containsExactly(dir.resolve("shadow") + ":1:1: not a settings file: none of its keys is one of fail-on, waivers" + NOT_QUOTED);
        assertThat(problems(() -> SettingsFileReader.read(write("env", ENV), keys, Set.of(), (key, value) -> Optional.empty())))
                .containsExactly(dir.resolve("env") + ":1:1: a settings file is a mapping of keys to values, not a text");
    }

    @Test
    void aDeploymentWithEveryKeyMistypedStillHasEachNamed() throws IOException {
        DeploymentReader reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());
        List<String> problems = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read(write("typos.yaml", "apiVerison: oversight/v1\nknd: AgentDeployment\n"))).problems().stream()
                .map(Problem::format).toList();
        assertThat(problems).contains(dir.resolve("typos.yaml") + ":1:1: unknown key 'apiVerison' in the deployment description (did you mean"
                + " 'apiVersion'?)", dir.resolve("typos.yaml") + ":2:1: unknown key 'knd' in the deployment description (did you mean 'kind'?)");
    }

    @Test
    void aFileOfTheFormatWithATypoStillNamesTheKey() throws IOException {
        Set<String> keys = Set.of("fail-on", "waivers");
        assertThat(problems(() -> SettingsFileReader.read(write("settings", "fail-on: high\nwaiver: w.yaml\n"), keys, Set.of(), (key, value) -> Optional.empty())))
                .containsExactly(dir.resolve("settings") + ":2:1: unknown key 'waiver' (did you mean 'waivers'?); expected one of: fail-on, waivers");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private interface Reading {
        void read() throws Exception;
    }

    private static List<String> problems(Reading reading) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, reading::read);
        assertThat(e).as("the file is refused").isNotNull();
        List<String> messages = e.problems().stream().map(Problem::format).toList();
        assertThat(String.join("\n", messages)).doesNotContain("root", "daemon", "correct-horse", "MY_PRIVATE");
        return messages;
    }
}
