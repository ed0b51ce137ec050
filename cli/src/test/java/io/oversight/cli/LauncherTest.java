package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up flags the {@code oversight} launcher chooses for the Java it finds: an ahead-of-time
 * cache on Java 25 or newer, the class-data archive otherwise, both made once per build by a
 * training check of the bundled samples and used by every run after it. The launcher runs from a
 * copy of the checkout with a built jar, against a stand-in {@code java} that writes down its
 * arguments and does what the JVM would do to the files named.
 */
class LauncherTest {

    /** Logs its arguments, its job summary, fail-on and settings-file variables, working directory and LC_ALL one run a line; writes the files record and create mode would; exits with $FAKE_EXIT. */
    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$* SUMMARY=${GITHUB_STEP_SUMMARY-unset} FAIL_ON=${OVERSIGHT_FAIL_ON-unset} CONFIG=${OVERSIGHT_CONFIG-unset} IN=$PWD LC_ALL=${LC_ALL-unset}" >> "$(dirname "$0")/../calls.log"
            mode=""
            for arg in "$@"; do
              case "$arg" in
                -XX:AOTMode=*) mode="${arg#-XX:AOTMode=}" ;;
                -XX:AOTConfiguration=*) conf="${arg#-XX:AOTConfiguration=}" ;;
                -XX:AOTCache=*) cache="${arg#-XX:AOTCache=}" ;;
                -XX:ArchiveClassesAtExit=*) archive="${arg#-XX:ArchiveClassesAtExit=}" ;;
              esac
            done
            [ -n "${archive:-}" ] && [ "${FAKE_EXIT:-0}" -lt 128 ] && : > "$archive"
            [ "$mode" = record ] && : > "$conf"
            [ "$mode" = create ] && : > "$cache" && exit 0
            exit "${FAKE_EXIT:-0}"
            """;

    @TempDir
    Path checkout;

    @Test
    void trainsAnAheadOfTimeCacheOnTheSamplesOnTheFirstRunOfJava25AndUsesItAfter() throws Exception {
        Path jdk = fakeJdk("25.0.3");
        samples();
        Result first = launch(jdk, 1);
        assertThat(first.exit()).as("the exit code of the user's run").isEqualTo(1);
        assertThat(first.calls()).hasSize(3);
        assertThat(first.calls().get(0)).contains("-XX:AOTMode=record", "-XX:TieredStopAtLevel=1", "-jar " + jar(),
                        "check --format text,json,pdf,sarif,junit,markdown,oscal,oscal-poam,csv,github",
                        checkout.resolve("samples/kiro-incident.yaml").toString(), "--output-dir ")
                .doesNotContain("SharedArchiveFile", "ArchiveClassesAtExit", "deployment.yaml");
        assertThat(first.calls().get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=" + cache() + ".");
        assertThat(first.calls().get(2)).contains("-XX:AOTCache=" + cache(), "check deployment.yaml").doesNotContain("AOTMode");
        assertThat(cache()).exists();
        try (var left = Files.list(cache().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no record or half-made cache is left")
                    .containsExactlyInAnyOrder("oversight.jar", "oversight.aot");
        }

        Result second = launch(jdk, 0);
        assertThat(second.exit()).isZero();
        assertThat(second.calls()).hasSize(1);
        assertThat(second.calls().get(0)).contains("-XX:AOTCache=" + cache(), "check deployment.yaml").doesNotContain("AOTMode");
    }

    @Test
    void aTrainingRunStoppedBySignalLeavesNoCache() throws Exception {
        samples();
        Result stopped = launch(fakeJdk("26"), 130);
        assertThat(stopped.exit()).isEqualTo(130);
        assertThat(stopped.calls()).hasSize(2);
        assertThat(stopped.calls().get(1)).contains("check deployment.yaml").doesNotContain("AOT");
        assertThat(cache()).doesNotExist();
    }

    @Test
    void theTrainingRunTakesNoneOfTheUsersSettingsNorTheirJobSummary() throws Exception {
        samples();
        Path jdk = fakeJdk("17.0.15");
        Result run = launchWith(jdk, 0, null, null, Map.of("GITHUB_STEP_SUMMARY", checkout.resolve("summary.md").toString(),
                "OVERSIGHT_FAIL_ON", "low"), "check", "deployment.yaml");
        assertThat(run.calls()).hasSize(2);
        assertThat(run.calls().get(0)).as("the training run").contains("samples/platform-team.yaml", "SUMMARY=unset", "FAIL_ON=unset", "CONFIG=none")
                .containsPattern("IN=\\S*/oversight-training\\.[^/ ]* ");
        assertThat(run.calls().get(1)).as("the user's run").contains("check deployment.yaml", "SUMMARY=" + checkout.resolve("summary.md"),
                "FAIL_ON=low", "IN=" + checkout + " ");
    }

    @Test
    void trainsTheClassDataArchiveOnJava17() throws Exception {
        samples();
        Result run = launch(fakeJdk("17.0.15"), 0);
        assertThat(run.calls()).hasSize(2);
        assertThat(run.calls().get(0)).contains("-XX:ArchiveClassesAtExit=" + archive() + ".", "samples/platform-team.yaml")
                .doesNotContain("AOT", "deployment.yaml");
        assertThat(run.calls().get(1)).contains("-XX:SharedArchiveFile=" + archive(), "check deployment.yaml");
        try (var left = Files.list(archive().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("oversight.jar", "oversight.jsa");
        }
    }

    @Test
    void keepsTheClassDataArchiveWhenTheJavaVersionCannotBeTold() throws Exception {
        Path jdk = fakeJdk("25");
        Files.delete(jdk.resolve("release"));
        samples();
        Result run = launch(jdk, 0);
        assertThat(run.calls().get(0)).contains("-XX:ArchiveClassesAtExit=").doesNotContain("AOT");
    }

    @Test
    void makesNoArchiveWithoutTheSamplesToTrainOn() throws Exception {
        Result run = launch(fakeJdk("17.0.15"), 0);
        assertThat(run.calls()).hasSize(1);
        assertThat(run.calls().get(0)).contains("check deployment.yaml").doesNotContain("Archive", "AOT");
        assertThat(archive()).doesNotExist();
    }

    @Test
    void sizesTheJvmByWhatTheCheckReadsNotByReportsLeftFromEarlierRuns() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        sparse("earlier-report.json", 120_000_000);
        sparse("earlier-report.pdf", 50_000_000);
        Result small = launch(jdk, 0, "check", "deployment.yaml", "-o", "earlier-report.json", "--pdf", "earlier-report.pdf");
        assertThat(small.calls().get(small.calls().size() - 1)).contains("-XX:+UseSerialGC", "-XX:CICompilerCount=1").doesNotContain("-Xmx", "-Xmn");
        assertThat(small.calls().get(small.calls().size() - 1)).as("an exhausted heap ends the run, exit 3, never a hang")
                .contains("-XX:+ExitOnOutOfMemoryError");

        sparse("fleet.yaml", 50_000_000);
        Result large = launch(jdk, 0, "check", "fleet.yaml", "--output", "earlier-report.json");
        assertThat(large.calls().get(large.calls().size() - 1)).contains("-XX:+UseParallelGC", "-Xms1200m -Xmx1200m",
                "-XX:TieredStopAtLevel=1").doesNotContain("CompileThresholdScaling");

        sparse("fleet.yaml", 90_000_000);
        Result larger = launch(jdk, 0, "check", "fleet.yaml");
        assertThat(larger.calls().get(larger.calls().size() - 1)).contains("-XX:+UseParallelGC", "-Xms1200m -Xmx1200m",
                "-XX:CompileThresholdScaling=5").doesNotContain("TieredStopAtLevel");

        sparse("fleet.yaml", 120_000_000);
        Result largest = launch(jdk, 0, "check", "fleet.yaml", "--max-input-mb", "200");
        assertThat(largest.calls().get(largest.calls().size() - 1)).contains("-XX:+UseParallelGC", "-Xms1800m -Xmx1800m -Xmn256m",
                "-XX:CompileThresholdScaling=5").doesNotContain("TieredStopAtLevel");
    }

    /** A folder is sized by the largest deployment-like file under it, as the check will read it. */
    @Test
    void sizesTheJvmByTheLargestFileOfAFolderChecked() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Files.createDirectories(checkout.resolve("fleet/eu"));
        Files.createDirectories(checkout.resolve("fleet/.git"));
        sparse("fleet/small.yaml", 1_000);
        sparse("fleet/.git/pack.json", 90_000_000);
        sparse("fleet/notes.txt", 90_000_000);
        Result small = launch(jdk, 0, "check", "fleet");
        assertThat(small.calls().get(small.calls().size() - 1)).as("nor .git nor other files count")
                .contains("-XX:+UseSerialGC", "-XX:CICompilerCount=1").doesNotContain("-Xmn");
        sparse("fleet/eu/agents.yaml", 20_000_000);
        Result mid = launch(jdk, 0, "check", "fleet");
        assertThat(mid.calls().get(mid.calls().size() - 1)).contains("-XX:+UseSerialGC", "-Xmn200m");
        sparse("fleet/eu/all.json", 50_000_000);
        Result large = launch(jdk, 0, "check", "fleet", "--format", "json");
        assertThat(large.calls().get(large.calls().size() - 1)).contains("-XX:+UseParallelGC", "-Xms1200m -Xmx1200m");
        // A folder find cannot finish (a loop of links) is the check's to report: the launcher still starts it.
        Files.createSymbolicLink(checkout.resolve("fleet/eu/loop"), Path.of(".."));
        Result looped = launch(jdk, 0, "check", "fleet");
        assertThat(looped.exit()).isZero();
        assertThat(looped.calls().get(looped.calls().size() - 1)).contains("-XX:+UseParallelGC", "check fleet");
        // The folders of --import-root and --rules are not the deployments: they do not size the JVM.
        Files.createDirectories(checkout.resolve("small"));
        sparse("small/a.yaml", 1_000);
        Result rooted = launch(jdk, 0, "check", "small", "--import-root", "fleet", "--rules", "fleet");
        assertThat(rooted.calls().get(rooted.calls().size() - 1)).contains("-XX:+UseSerialGC").doesNotContain("-Xmn", "-Xmx");
    }

    /** Full tiered compilation needs two compiler threads: a JVM given it and one thread would not start. */
    @Test
    void leavesTheCompilerThreadsToJavaOptionsThatChooseTheCompilers() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Result tiered = launchWith(jdk, 0, "-XX:TieredStopAtLevel=4", "check", "deployment.yaml");
        assertThat(tiered.calls().get(tiered.calls().size() - 1)).contains("-XX:TieredStopAtLevel=4").doesNotContain("CICompilerCount");
        Result heap = launchWith(jdk, 0, "-Xmx2g", "check", "deployment.yaml");
        assertThat(heap.calls().get(heap.calls().size() - 1)).contains("-XX:CICompilerCount=1", "-Xmx2g");
    }

    /** A JDK whose release file cannot be read is taken for one whose version is not known, as before. */
    @Test
    void aReleaseThatCannotBeReadIsAnUnknownVersion() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Files.delete(jdk.resolve("release"));
        Files.createDirectory(jdk.resolve("release"));
        Result result = launch(jdk, 0);
        assertThat(result.exit()).isZero();
        assertThat(result.calls().get(result.calls().size() - 1)).contains("-XX:+UseSerialGC");
    }

    /** Bash's "exec: java: not found" and exit 127 were all a user without Java got. */
    @Test
    void withoutJavaItSaysJava17IsNeededAndExits2() throws Exception {
        fakeJdk("17.0.15");
        Path empty = Files.createDirectories(checkout.resolve("empty-path"));
        Output run = output(java.util.Map.of("PATH", empty.toString()), "check", "deployment.yaml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.text()).isEqualTo("Oversight needs Java 17 or newer: there is no java on the PATH.\n"
                + "Install a JDK 17 or newer and put its bin folder on the PATH, or set JAVA_HOME to it.\n");
    }

    @Test
    void anOlderJavaIsNamedAndExits2() throws Exception {
        Path jdk = fakeJdk("11.0.22");
        Output run = output(java.util.Map.of("JAVA_HOME", jdk.toString()), "check", "deployment.yaml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.text()).isEqualTo("Oversight needs Java 17 or newer: " + jdk.resolve("bin/java") + " is Java 11.\n"
                + "Install a JDK 17 or newer and put its bin folder on the PATH, or set JAVA_HOME to it.\n");
        assertThat(jdk.resolve("calls.log")).doesNotExist();
    }

    /** A JAVA_HOME without bin/java was passed over in silence for the java on the PATH. */
    @Test
    void aJavaHomeWithoutJavaIsNamedAndTheJavaOnThePathRuns() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Path missing = checkout.resolve("nonexistent");
        Output run = output(java.util.Map.of("JAVA_HOME", missing.toString(), "PATH", jdk.resolve("bin") + ":" + System.getenv("PATH")),
                "check", "deployment.yaml");
        assertThat(run.exit()).isZero();
        assertThat(run.text()).isEqualTo("oversight: JAVA_HOME is " + missing + ", which has no bin/java;\nusing the java on the PATH instead.\n");
        assertThat(Files.readAllLines(jdk.resolve("calls.log"))).singleElement().asString().contains("-jar " + jar() + " check deployment.yaml SUMMARY=");
    }

    /** A stale jar in a checkout without Maven was "mvn: command not found", "the build failed" and exit 3. */
    @Test
    void aJarToBuildWithoutMavenSaysMavenIsNeededAndExits2() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Files.delete(jar());
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Output run = output(java.util.Map.of("JAVA_HOME", jdk.toString(), "PATH", jdk.resolve("bin").toString()), "check", "deployment.yaml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.text()).isEqualTo("oversight: " + jar() + " is missing or older than the sources,\n"
                + "and building it from this checkout needs Maven (mvn), which is not on the PATH:\n"
                + "install Maven, or use the release archive, whose jar is built already.\n");
        assertThat(jdk.resolve("calls.log")).doesNotExist();
        assertThat(checkout.resolve(".oversight-build.lock")).doesNotExist();
    }

    private record Output(int exit, String text) {
    }

    /** Runs the launcher in {@code environment} (no JAVA_HOME unless given), its standard output and error together. */
    private Output output(java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve("oversight").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("OVERSIGHT_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Output(process.waitFor(), text);
    }

    /**
     * Under no locale, C or POSIX, Java cannot decode a file name that is not ASCII (a folder holding
     * 'prod ø.yaml' was an internal error): the launcher runs it under C.UTF-8, but leaves a locale
     * the user chose alone.
     */
    @Test
    void runsJavaUnderAUtf8LocaleWhenTheLocaleIsCOrNone() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        assertThat(lastCall(launchIn(jdk, Map.of()))).endsWith(" LC_ALL=C.UTF-8");
        assertThat(lastCall(launchIn(jdk, Map.of("LC_ALL", "C")))).endsWith(" LC_ALL=C.UTF-8");
        assertThat(lastCall(launchIn(jdk, Map.of("LANG", "POSIX")))).endsWith(" LC_ALL=C.UTF-8");
        assertThat(lastCall(launchIn(jdk, Map.of("LC_CTYPE", "C", "LANG", "de_DE.UTF-8")))).endsWith(" LC_ALL=C.UTF-8");
        assertThat(lastCall(launchIn(jdk, Map.of("LANG", "de_DE.UTF-8")))).endsWith(" LC_ALL=unset");
        assertThat(lastCall(launchIn(jdk, Map.of("LC_ALL", "de_DE.ISO-8859-1")))).endsWith(" LC_ALL=de_DE.ISO-8859-1");
    }

    private static String lastCall(Result result) {
        return result.calls().get(result.calls().size() - 1);
    }

    private void sparse(String name, long size) throws IOException {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(checkout.resolve(name).toFile(), "rw")) {
            file.setLength(size);
        }
    }

    private record Result(int exit, List<String> calls) {
    }

    private Path jar() {
        return checkout.resolve("cli/target/oversight.jar");
    }

    private Path archive() {
        return checkout.resolve("cli/target/oversight.jsa");
    }

    /** The samples the launcher trains its start-up archive on. */
    private void samples() throws IOException {
        Files.createDirectories(checkout.resolve("samples"));
        Files.writeString(checkout.resolve("samples/kiro-incident.yaml"), "", StandardCharsets.UTF_8);
        Files.writeString(checkout.resolve("samples/platform-team.yaml"), "", StandardCharsets.UTF_8);
    }

    private Path cache() {
        return checkout.resolve("cli/target/oversight.aot");
    }

    private Path fakeJdk(String version) throws IOException {
        Files.createDirectories(jar().getParent());
        if (!Files.exists(jar())) {
            Files.write(jar(), new byte[0]);
        }
        Path launcher = checkout.resolve("oversight");
        Files.copy(Path.of("..", "oversight"), launcher, StandardCopyOption.REPLACE_EXISTING);
        Path jdk = checkout.resolve("jdk");
        Path java = jdk.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n", StandardCharsets.UTF_8);
        return jdk;
    }

    private Result launch(Path jdk, int javaExit) throws IOException, InterruptedException {
        return launch(jdk, javaExit, "check", "deployment.yaml");
    }

    private Result launch(Path jdk, int javaExit, String... args) throws IOException, InterruptedException {
        return launchWith(jdk, javaExit, null, args);
    }

    private Result launchWith(Path jdk, int javaExit, String javaOptions, String... args) throws IOException, InterruptedException {
        return launchWith(jdk, javaExit, javaOptions, null, args);
    }

    /** Checks deployment.yaml with only the locale variables of {@code locale} set. */
    private Result launchIn(Path jdk, Map<String, String> locale) throws IOException, InterruptedException {
        return launchWith(jdk, 0, null, locale, "check", "deployment.yaml");
    }

    /** With {@code locale} null, in the locale of the build; else with only its locale variables. */
    private Result launchWith(Path jdk, int javaExit, String javaOptions, Map<String, String> locale, String... args)
            throws IOException, InterruptedException {
        return launchWith(jdk, javaExit, javaOptions, locale, Map.of(), args);
    }

    /** As above, with the variables {@code environment} set too. */
    private Result launchWith(Path jdk, int javaExit, String javaOptions, Map<String, String> locale, Map<String, String> environment,
                              String... args) throws IOException, InterruptedException {
        Path log = jdk.resolve("calls.log");
        Files.deleteIfExists(log);
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve("oversight").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(checkout.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("FAKE_EXIT", Integer.toString(javaExit));
        builder.environment().remove("OVERSIGHT_JAVA_OPTS");
        if (javaOptions != null) {
            builder.environment().put("OVERSIGHT_JAVA_OPTS", javaOptions);
        }
        if (locale != null) {
            builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_CTYPE", "LANG"));
            builder.environment().putAll(locale);
        }
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        return new Result(exit, Files.exists(log) ? Files.readAllLines(log) : List.of());
    }
}
