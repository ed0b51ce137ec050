package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .oversight.yaml and the OVERSIGHT_* variables: where the file is found, what wins, and how mistakes are reported. */
class ProjectSettingsTest {

    private static final String AS_OF = "2026-11-25";
    private static final String INCIDENT = Cli.sample("kiro-incident.yaml").toString();

    /** A job that gates a pull request reads no file the pull request could have written. */
    @Test
    void noConfigurationFileIsReadWhenOversightConfigIsNone(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("pr"));
        Files.writeString(project.resolve(ProjectSettings.FILE_NAME), "fail-on: critical\nframework: texas-traiga\n");
        assertThat(Cli.runIn(Map.of("OVERSIGHT_CONFIG", project.resolve(ProjectSettings.FILE_NAME).toString()), "check", INCIDENT,
                "--as-of", AS_OF).out()).contains("fails on critical or above");
        Cli ignored = Cli.runIn(Map.of("OVERSIGHT_CONFIG", "none"), "check", INCIDENT, "--as-of", AS_OF);
        assertThat(ignored.out()).contains("48 of 48 controls").contains("fails on high or above");
        assertThat(ignored.exitCode()).isEqualTo(1);
    }

    /** The settings file can change the verdict (the framework, the severity that fails): every report names it among its inputs. */
    @Test
    void theSettingsFileIsAnInputOfTheReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(ProjectSettings.FILE_NAME), "framework: texas-traiga\n");
        Cli cli = Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT, "--format", "json", "--as-of", AS_OF);
        com.fasterxml.jackson.databind.JsonNode inputs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out()).get("inputs");
        assertThat(inputs).extracting(i -> i.path("role").asText() + " " + i.path("file").asText() + " " + i.path("sha256").asText())
                .containsExactly("deployment " + INCIDENT + " " + io.oversight.deployment.Sha256.hex(Files.readAllBytes(Path.of(INCIDENT))),
                        "settings " + file + " " + io.oversight.deployment.Sha256.hex(Files.readAllBytes(file)));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Cli.runIn(Map.of("OVERSIGHT_CONFIG", "none"), "check", INCIDENT,
                "--format", "json", "--as-of", AS_OF).out()).get("inputs")).hasSize(1);
        // So no report is written over it: every later run would have failed on a report where its settings were.
        Cli over = Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT, "--pdf", file.toString(), "--as-of", AS_OF);
        assertThat(over.exitCode()).isEqualTo(2);
        assertThat(over.err()).isEqualTo("oversight: --pdf " + file + " is the settings file " + file
                + " the options were read from, an input of this check; write the report elsewhere\n");
        assertThat(Files.readString(file)).isEqualTo("framework: texas-traiga\n");
    }

    @Test
    void theFileIsFoundFromTheWorkingDirectoryUpToTheRepositoryRoot(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("deployments/team"));
        Files.writeString(dir.resolve(ProjectSettings.FILE_NAME), "fail-on: low\n");
        assertThat(ProjectSettings.find(deep)).as("a file above the repository is not the project's").isEmpty();

        Files.writeString(repo.resolve(ProjectSettings.FILE_NAME), "fail-on: low\n");
        assertThat(ProjectSettings.find(deep)).contains(repo.resolve(ProjectSettings.FILE_NAME));
        Files.writeString(deep.resolve(ProjectSettings.FILE_NAME), "fail-on: low\n");
        assertThat(ProjectSettings.find(deep)).as("the nearest wins").contains(deep.resolve(ProjectSettings.FILE_NAME));
    }

    /** Red team: outside any repository, a file two folders up (a shared /tmp) had set fail-on: critical unseen; only the working directory's counts. */
    @Test
    void outsideARepositoryOnlyTheWorkingDirectorysFileCounts(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.stream.Stream.iterate(dir.toAbsolutePath(), p -> p != null, Path::getParent)
                .noneMatch(p -> Files.exists(p.resolve(".git"))), "the temporary folder is in no repository");
        Path work = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve(ProjectSettings.FILE_NAME), "fail-on: critical\n");
        assertThat(ProjectSettings.find(work)).isEmpty();
        Files.writeString(work.resolve(ProjectSettings.FILE_NAME), "fail-on: low\n");
        assertThat(ProjectSettings.find(work)).contains(work.resolve(ProjectSettings.FILE_NAME));
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(file, "# yaml-language-server: $schema=none\nformat: json\npaper: letter\n");
        Map<String, String> fileOnly = Map.of("OVERSIGHT_CONFIG", file.toString());

        assertThat(Cli.runIn(fileOnly, "check", INCIDENT, "--as-of", AS_OF).out()).as("the file over the default").startsWith("{");
        assertThat(Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString(), "OVERSIGHT_FORMAT", "csv"), "check", INCIDENT, "--as-of", AS_OF).out())
                .as("the environment over the file").startsWith("fingerprint,control,");
        assertThat(Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString(), "OVERSIGHT_FORMAT", "csv"), "check", INCIDENT, "--format", "text",
                "--as-of", AS_OF).out()).as("the command line over both").contains("CRITICAL HO-02");
        assertThat(Cli.runIn(Map.of(), "check", INCIDENT, "--as-of", AS_OF).out()).as("the default without either").contains("CRITICAL HO-02");
    }

    @Test
    void failOnFromTheFileIsTheThresholdUnlessTheEnvironmentOrCommandLineSayOtherwise(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(file, "fail-on: low\n");
        assertThat(threshold(Map.of())).isEqualTo("fails on high or above");
        assertThat(threshold(Map.of("OVERSIGHT_CONFIG", file.toString()))).isEqualTo("fails on low or above");
        assertThat(threshold(Map.of("OVERSIGHT_CONFIG", file.toString(), "OVERSIGHT_FAIL_ON", "critical"))).isEqualTo("fails on critical or above");
        assertThat(threshold(Map.of("OVERSIGHT_CONFIG", file.toString(), "OVERSIGHT_FAIL_ON", "critical"), "--fail-on", "medium"))
                .isEqualTo("fails on medium or above");
    }

    private static String threshold(Map<String, String> environment, String... options) {
        Map<String, String> wide = new java.util.HashMap<>(environment);
        wide.putAll(Cli.WIDE);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", INCIDENT, "--quiet", "--as-of", AS_OF));
        args.addAll(java.util.List.of(options));
        String out = Cli.runIn(wide, args.toArray(String[]::new)).out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("fails on [a-z]+ or above").matcher(out);
        return m.find() ? m.group() : out;
    }

    @Test
    void pathsInTheFileAreRelativeToTheFile(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("reports"));
        Files.writeString(project.resolve(ProjectSettings.FILE_NAME), "output-dir: reports\nformat:\n  - json\n  - markdown\n");
        Cli cli = Cli.runIn(Map.of("OVERSIGHT_CONFIG", project.resolve(ProjectSettings.FILE_NAME).toString()), "check", INCIDENT, "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(project.resolve("reports/kiro-incident.json")).isRegularFile();
        assertThat(project.resolve("reports/kiro-incident.md")).isRegularFile();

        Path single = dir.resolve("single.json");
        Cli overridden = Cli.runIn(Map.of("OVERSIGHT_CONFIG", project.resolve(ProjectSettings.FILE_NAME).toString()), "check", INCIDENT,
                "--format", "json", "--output", single.toString(), "--as-of", AS_OF);
        assertThat(overridden.err()).as("--output on the command line replaces the configured folder").isEmpty();
        assertThat(single).isRegularFile();
    }

    @Test
    void mistakesInTheFileAreLocatedWithSuggestionsAndExit2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(file, "fail-on: hihg\nformt: json\npaper: legal\n");
        Cli cli = Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT, "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains(file + ":2:1: unknown key 'formt' (did you mean 'format'?)");

        Files.writeString(file, "fail-on: hihg\nformat: [json, jsno]\npaper: legal\nfail-on-new: maybe\n");
        Cli values = Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT, "--as-of", AS_OF);
        assertThat(values.exitCode()).isEqualTo(2);
        assertThat(values.err()).contains(file + ":1:10: unknown severity 'hihg' (did you mean 'high'?)",
                file + ":2:16: unknown format 'jsno' (did you mean 'json'?)", file + ":3:8: unknown paper size 'legal'",
                file + ":4:14: 'fail-on-new' is true or false, not 'maybe'").contains("4 problems; nothing was checked")
                .doesNotContain("Exception");

        Files.writeString(file, "- fail-on: high\n");
        assertThat(Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT).err())
                .contains(file + ":1:1: a settings file is a mapping of keys to values, not a list");
    }

    /** An unknown key stopped the reading before the other keys' values were judged: their errors came a run later. */
    @Test
    void anUnknownKeyHidesNoProblemOfTheOtherKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(file, "fail-on: medum\nformats: [sarif]\noutput-dir: [a, b]\n");
        Cli cli = Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT, "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo(file + ":1:10: unknown severity 'medum' (did you mean 'medium'?); expected critical, high, medium or low\n"
                + file + ":2:1: unknown key 'formats' (did you mean 'format'?); expected one of: baseline, fail-on, fail-on-new, format,"
                + " framework, output-dir, paper, rules, waivers\n"
                + file + ":3:13: 'output-dir' needs one value, not a list\n"
                + "3 problems; nothing was checked\n");
    }

    @Test
    void aBadVariableIsNamedAndExits2() {
        Cli cli = Cli.runIn(Map.of("OVERSIGHT_FAIL_ON", "severe"), "check", INCIDENT);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: OVERSIGHT_FAIL_ON: unknown severity 'severe'; expected critical, high, medium or low\n");
        // A token put in the wrong variable or option is quoted back masked, as one in the settings file is.
        String token = "ghp_R4nd0mT0kenV4lue1234567890abcdefAB";
        assertThat(Cli.runIn(Map.of("OVERSIGHT_FAIL_ON", token), "check", INCIDENT).err())
                .isEqualTo("oversight: OVERSIGHT_FAIL_ON: unknown severity '****'; expected critical, high, medium or low\n");
        assertThat(Cli.run("check", INCIDENT, "--fail-on", token).err()).contains("unknown severity '****'").doesNotContain(token);
    }

    /** A variable misspelt had been ignored: the check ran at its defaults, or read the pull request's settings file (red team). */
    @Test
    void aMisspeltVariableIsRefusedAndAWorkflowsOwnIsLeftAlone() {
        Cli failOn = Cli.runIn(Map.of("OVERSIGHT_FAILON", "critical"), "check", INCIDENT);
        assertThat(failOn.exitCode()).isEqualTo(2);
        assertThat(failOn.err()).isEqualTo("oversight: OVERSIGHT_FAILON is not a variable Oversight reads (did you mean OVERSIGHT_FAIL_ON?);"
                + " set that one, or unset OVERSIGHT_FAILON\n");
        assertThat(Cli.runIn(Map.of("OVERSIGHT_CONFIGS", "none"), "check", INCIDENT).err()).startsWith("oversight: OVERSIGHT_CONFIGS is"
                + " not a variable Oversight reads (did you mean OVERSIGHT_CONFIG?)");
        Cli own = Cli.runIn(Map.of("OVERSIGHT_VERSION", "0.1.0", "OVERSIGHT_JAVA_OPTS", "-Xmx1g"), "check", INCIDENT, "-q");
        assertThat(own.exitCode()).isEqualTo(1);
        assertThat(own.err()).isEmpty();
    }

    @Test
    void anErrorCausedByASettingNamesWhereItWasSet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ProjectSettings.FILE_NAME);
        Files.writeString(file, "fail-on-new: true\n");
        Cli cli = Cli.runIn(Map.of("OVERSIGHT_CONFIG", file.toString()), "check", INCIDENT);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--fail-on-new (set by " + file + ":1:14) needs --baseline FILE");
    }
}
