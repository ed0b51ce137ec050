package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --import-root, a deployment on standard input, reports that never replace an input, and write failures as usage errors. */
class InputsAndOutputsTest {

    private static final String AS_OF = "2026-11-25";

    @TempDir
    Path dir;

    /** iam-readonly.yaml in {@code dir/team}, importing its policy from {@code dir/policies}, outside its own folder. */
    private Path deploymentImportingFromAbove() throws IOException {
        Files.createDirectories(dir.resolve("team"));
        Files.createDirectories(dir.resolve("policies"));
        Files.copy(Cli.sample("policies/ReadOnlyAccess.json"), dir.resolve("policies/ReadOnlyAccess.json"));
        String text = Files.readString(Cli.sample("iam-readonly.yaml")).replace("fromAwsIamPolicy: policies/", "fromAwsIamPolicy: ../policies/");
        return Files.writeString(dir.resolve("team/agents.yaml"), text);
    }

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importsAreConfinedToTheImportRootGiven() throws IOException {
        Path deployment = deploymentImportingFromAbove();
        Cli confined = Cli.run("check", deployment.toString(), "--as-of", AS_OF);
        assertThat(confined.exitCode()).isEqualTo(2);
        assertThat(confined.err()).isEqualTo(deployment + ":88:27: '../policies/ReadOnlyAccess.json' leads out of the deployment's folder ("
                + dir.resolve("team") + "); imports are read from inside it only (--import-root DIR reads them from inside DIR instead)"
                + "\n1 problem; nothing was checked\n");
        Cli rooted = Cli.run("check", deployment.toString(), "--import-root", dir.toString(), "--as-of", AS_OF);
        assertThat(rooted.err()).isEmpty();
        assertThat(rooted.exitCode()).isZero();
        assertThat(Cli.run("validate", deployment.toString(), "--import-root", dir.toString()).out())
                .isEqualTo(deployment + ": valid oversight/v1 (1 agent, 1 environment, 4 people, 0 waivers)\n");
        assertThat(Cli.run("access", deployment.toString(), "--import-root", dir.toString()).exitCode()).isZero();
        Cli outside = Cli.run("validate", deployment.toString(), "--import-root", dir.resolve("team").toString());
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).startsWith(deployment + ":88:27: '../policies/ReadOnlyAccess.json' leads out of the import root ("
                + dir.resolve("team") + ")");
    }

    /** A missing import root was blamed on the first import, as leading out of it; a file for a root was taken silently. */
    @Test
    void anImportRootThatIsNoDirectoryIsRefusedBeforeAnythingIsRead() throws IOException {
        Path deployment = deploymentImportingFromAbove();
        Path missing = dir.resolve("nonexist");
        for (String command : List.of("check", "validate", "access")) {
            Cli cli = Cli.run(command, deployment.toString(), "--import-root", missing.toString());
            assertThat(cli.exitCode()).as(command).isEqualTo(2);
            assertThat(cli.err()).as(command).isEqualTo("oversight: --import-root " + missing + " is not a directory (it does not exist)\n");
        }
        Cli file = Cli.run("check", deployment.toString(), "--import-root", deployment.toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("oversight: --import-root " + deployment + " is not a directory\n");
    }

    @Test
    void aDeploymentOnStandardInputIsNamedStdinAndImportsFromTheWorkingDirectory() throws IOException {
        // Tests run in the cli module: the working directory holds no policies/ folder, ../samples does.
        String readonly = Files.readString(Cli.sample("iam-readonly.yaml"));
        Cli fromCwd = Cli.runWithStdin(stdin(readonly), "check", "-", "--as-of", AS_OF);
        assertThat(fromCwd.exitCode()).isEqualTo(2);
        assertThat(fromCwd.err()).startsWith("<stdin>:88:27: no such file: policies/ReadOnlyAccess.json ('policies/ReadOnlyAccess.json' is read"
                + " relative to the working directory)");
        Cli withRoot = Cli.runWithStdin(stdin(readonly.replace("fromAwsIamPolicy: policies/", "fromAwsIamPolicy: ../samples/policies/")),
                "check", "-", "--import-root", "..", "--as-of", AS_OF);
        assertThat(withRoot.err()).isEmpty();
        assertThat(withRoot.exitCode()).isZero();
        assertThat(withRoot.out()).startsWith("finops-agents (Northwind Cloud Services) · <stdin> · as of " + AS_OF);
        // The path is the working directory's, not the import root's: the message says so.
        Cli misread = Cli.runWithStdin(stdin(readonly), "check", "-", "--import-root", "../samples", "--as-of", AS_OF);
        assertThat(misread.exitCode()).isEqualTo(2);
        assertThat(misread.err()).startsWith("<stdin>:88:27: 'policies/ReadOnlyAccess.json', relative to the working directory, leads out of"
                + " the import root (../samples)");
        Cli incident = Cli.runWithStdin(stdin(Files.readString(Cli.sample("kiro-incident.yaml"))), "check", "-", "--as-of", AS_OF);
        assertThat(incident.exitCode()).isEqualTo(1);
        assertThat(incident.out()).contains("<stdin>:131 ");
        Cli broken = Cli.runWithStdin(stdin("apiVersion: oversight/v1\nkind: AgentDeployment\nmetadata: {name: x}\n"), "check", "-");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).isEqualTo("<stdin>:1:1: the deployment description lacks the required key 'agents'\n"
                + "<stdin>:3:11: 'metadata' lacks the required key 'organization'\n<stdin>:3:11: 'metadata' lacks the required key 'owner'\n"
                + "3 problems; nothing was checked\n");
    }

    @Test
    void validateAndAccessReadStandardInputToo() throws IOException {
        String incident = Files.readString(Cli.sample("kiro-incident.yaml"));
        Cli validate = Cli.runWithStdin(stdin(incident), "validate", "-");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).isEqualTo("<stdin>: valid oversight/v1 (3 agents, 2 environments, 6 people, 0 waivers)\n");
        Cli access = Cli.runWithStdin(stdin(incident), Cli.WIDE, "access", "-");
        assertThat(access.exitCode()).isZero();
        String file = Cli.sample("kiro-incident.yaml").toString();
        assertThat(access.out()).isEqualTo(Cli.runIn(Cli.WIDE, "access", file).out().replace(file, "<stdin>"));
        Cli broken = Cli.runWithStdin(stdin("apiVersion: oversight/v1\n"), "validate", "-");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).startsWith("<stdin>:1:1: ");
    }

    @Test
    void standardInputIsReadOnlyUpToTheSizeLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                served[0] += len;
                return len;
            }
        };
        Cli cli = Cli.runWithStdin(endless, "check", "-");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("<stdin>: is larger than the limit of 128 MiB for one deployment description; "
                + "split it into several files or raise the limit with --max-input-mb\n1 problem; nothing was checked\n");
        assertThat(served[0]).isEqualTo(128L * 1024 * 1024 + 1);
    }

    @Test
    void standardInputIsOneDeploymentAlone() {
        Cli cli = Cli.run("check", "-", Cli.sample("kiro-incident.yaml").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: '-' reads one deployment from standard input; give it alone, without other files\n");
    }

    @Test
    void aReportIsNeverWrittenOverAFileTheCheckReads() throws IOException {
        Path deployment = Files.copy(Cli.sample("kiro-incident.yaml"), dir.resolve("agents.yaml"));
        Path waivers = Files.copy(Cli.sample("waivers/kiro-governance.yaml"), dir.resolve("waivers.yaml"));
        String before = Files.readString(deployment);
        Cli output = Cli.run("check", deployment.toString(), "-o", dir.resolve("./agents.yaml").toString());
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).isEqualTo("oversight: --output " + dir.resolve("./agents.yaml") + " is the deployment " + deployment
                + ", an input of this check; write the report elsewhere\n");
        Cli pdf = Cli.run("check", deployment.toString(), "--waivers", waivers.toString(), "--pdf", waivers.toString());
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.out()).isEmpty();
        assertThat(pdf.err()).isEqualTo("oversight: --pdf " + waivers + " is the waivers file " + waivers + ", an input of this check; write the report elsewhere\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), deployment);
        assertThat(Cli.run("check", deployment.toString(), "--format", "json", "-o", link.toString()).err())
                .isEqualTo("oversight: --output " + link + " is the deployment " + deployment + ", an input of this check; write the report elsewhere\n");
        assertThat(Files.readString(deployment)).isEqualTo(before);
    }

    @Test
    void aReportIsNeverWrittenOverAnImportedFile() throws IOException {
        Path deployment = deploymentImportingFromAbove();
        Path policy = dir.resolve("policies/ReadOnlyAccess.json");
        Cli cli = Cli.run("check", deployment.toString(), "--import-root", dir.toString(), "--format", "json", "-o", policy.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: --output " + policy + " is " + dir.resolve("team/../policies/ReadOnlyAccess.json").normalize()
                + ", which " + deployment + " imports, an input of this check; write the report elsewhere\n");
        assertThat(Files.readString(policy)).isEqualTo(Files.readString(Cli.sample("policies/ReadOnlyAccess.json")));
    }

    @Test
    void aReportIsNeverWrittenOverTheOrganizationsRules() throws IOException {
        Path deployment = Files.copy(Cli.sample("kiro-incident.yaml"), dir.resolve("agents.yaml"));
        Path rules = Files.createDirectories(dir.resolve("org-rules"));
        Path catalog = Files.copy(Cli.sample("org-rules/catalog.yaml"), rules.resolve("catalog.yaml"));
        Path drl = Files.copy(Cli.sample("org-rules/northwind.drl"), rules.resolve("northwind.drl"));
        Cli output = Cli.run("check", deployment.toString(), "--rules", rules.toString(), "--format", "json", "-o", catalog.toString(), "--as-of", AS_OF);
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).isEqualTo("oversight: --output " + catalog + " is the rules file " + catalog
                + ", an input of this check; write the report elsewhere\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("agents.txt"), Path.of("../org-rules/northwind.drl"));
        Cli outputDir = Cli.run("check", deployment.toString(), "--rules", rules.toString(), "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(outputDir.exitCode()).isEqualTo(2);
        assertThat(outputDir.out()).isEmpty();
        assertThat(outputDir.err()).isEqualTo("oversight: --output-dir " + link + " is the rules file " + drl
                + ", an input of this check; write the report elsewhere\n");
        assertThat(Files.readString(catalog)).isEqualTo(Files.readString(Cli.sample("org-rules/catalog.yaml")));
        assertThat(Files.readString(drl)).isEqualTo(Files.readString(Cli.sample("org-rules/northwind.drl")));
    }

    @Test
    void aRefusalFoundWhileReadingComesBeforeAnyReportIsWrittenOrPrinted() throws IOException {
        // The --pdf target is a file the deployment imports, known only once it has been read; the other report comes first.
        Path deployment = Files.copy(Cli.sample("coding-agent-runtime.yaml"), dir.resolve("agents.yaml"));
        Path policy = Files.copy(Cli.sample("policies/AdministratorAccess.json"),
                Files.createDirectories(dir.resolve("policies")).resolve("AdministratorAccess.json"));
        Path settings = Files.copy(Cli.sample("runtimes/infra-assistant/.claude/settings.json"),
                Files.createDirectories(dir.resolve("runtimes/infra-assistant/.claude")).resolve("settings.json"));
        Path report = Files.writeString(dir.resolve("report.json"), "the earlier report\n");
        Cli written = Cli.run("check", deployment.toString(), "--format", "json", "-o", report.toString(), "--pdf", policy.toString(), "--as-of", AS_OF);
        assertThat(written.exitCode()).isEqualTo(2);
        assertThat(written.err()).isEqualTo("oversight: --pdf " + policy + " is " + policy + ", which " + deployment
                + " imports, an input of this check; write the report elsewhere\n");
        assertThat(Files.readString(report)).isEqualTo("the earlier report\n");
        Cli printed = Cli.run("check", deployment.toString(), "--pdf", settings.toString(), "--as-of", AS_OF);
        assertThat(printed.exitCode()).isEqualTo(2);
        assertThat(printed.out()).isEmpty();
        assertThat(printed.err()).isEqualTo("oversight: --pdf " + settings + " is " + settings + ", which " + deployment
                + " imports, an input of this check; write the report elsewhere\n");
        assertThat(Files.readString(policy)).isEqualTo(Files.readString(Cli.sample("policies/AdministratorAccess.json")));
        assertThat(Files.readString(settings)).isEqualTo(Files.readString(Cli.sample("runtimes/infra-assistant/.claude/settings.json")));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("agents.yaml", "policies", "runtimes", "report.json");
        }
    }

    @Test
    void aReadOnlyReportIsNeitherReplacedNorMadeWritable() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path report = Files.writeString(dir.resolve("report.json"), "the earlier report\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "json", "-o", report.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: --output " + report + " is read-only; make it writable or write the report elsewhere\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.pdf"), report);
        Cli pdf = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--pdf", link.toString(), "--as-of", AS_OF);
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.out()).isEmpty();
        assertThat(pdf.err()).isEqualTo("oversight: --pdf " + link + " is read-only; make it writable or write the report elsewhere\n");
        assertThat(Files.readString(report)).isEqualTo("the earlier report\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("r--r--r--");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report.json", "report.pdf");
        }
    }

    @Test
    void aReportInAFolderThatDoesNotExistIsRefusedBeforeAnythingIsChecked() {
        Path missing = dir.resolve("missing/report.pdf");
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--pdf", missing.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("oversight: cannot write " + missing + ": the directory " + missing.getParent() + " does not exist\n");
    }

    @Test
    void aFileInTheWayOfAnOutputFolderIsAUsageError() throws IOException {
        Path searched = Files.createDirectories(dir.resolve("in/a"));
        Files.copy(Cli.sample("kiro-remediated.yaml"), searched.resolve("prod.yaml"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a"), "a file, not a folder");
        Cli cli = Cli.run("check", dir.resolve("in").toString(), "--format", "sarif", "--output-dir", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: cannot write " + out.resolve("a/prod.sarif") + ": " + out.resolve("a")
                + " is in the way: it is a file, not a directory\n");
    }

    @Test
    void aFullDiskIsAUsageErrorAndARenderersOwnFailureIsNot() throws IOException {
        ReportFiles reports = new ReportFiles();
        Path target = dir.resolve("report.pdf");
        assertThatThrownBy(() -> reports.write(target, "--pdf", null, out -> {
            out.write('%');
            throw new IOException("No space left on device");
        })).isInstanceOf(UserError.class).hasMessage("cannot write " + target + ": no space left on device");
        assertThatThrownBy(() -> reports.write(target, "--pdf", null, out -> {
            throw new IOException("cannot lay out the PDF report", new IllegalStateException("a table too wide"));
        })).isInstanceOf(IOException.class).hasMessage("cannot lay out the PDF report");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /**
     * The reports of one run replace the earlier ones together, once all are written: a folder in
     * the way of the third, or a PDF the disk cannot take, had left the first two replaced beside
     * the old rest, by a run that reported failure.
     */
    @Test
    void aRunThatCannotWriteOneReportLeavesEveryEarlierReportAsItWas() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String kind : List.of("json", "csv", "txt")) {
            Files.writeString(out.resolve("kiro-remediated." + kind), "earlier report\n");
        }
        Files.createDirectories(out.resolve("kiro-remediated.sarif"));
        Cli blocked = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "json,csv,sarif,text",
                "--output-dir", out.toString(), "--pdf", out.resolve("r.pdf").toString(), "--as-of", AS_OF);
        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(blocked.err()).contains("kiro-remediated.sarif is a directory");
        for (String kind : List.of("json", "csv", "txt")) {
            assertThat(out.resolve("kiro-remediated." + kind)).as(kind).hasContent("earlier report");
        }
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no report and no temporary file added")
                    .containsExactlyInAnyOrder("kiro-remediated.json", "kiro-remediated.csv", "kiro-remediated.txt", "kiro-remediated.sarif");
        }
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "a device that is always full");
        Path kept = Files.writeString(dir.resolve("keep.json"), "earlier report\n");
        Cli pdf = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "json", "-o", kept.toString(),
                "--pdf", full.toString(), "--as-of", AS_OF);
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(kept).hasContent("earlier report");
    }

    /**
     * From a red team: a report whose file is another report's folder was refused only once the
     * first had replaced its file; a folder put in a report's way after it was written stops the
     * run before any report is replaced; a dangling link named by -o to the file --pdf names let the
     * PDF overwrite the JSON report; a link inside --output-dir sent a report over a file outside it.
     */
    @Test
    void reportsThatWouldMeetOrLeaveTheOutputDirectoryAreRefusedBeforeAnyIsReplaced() throws IOException, UserError {
        ReportFiles nested = new ReportFiles();
        Path outer = dir.resolve("p.sarif");
        Path inner = outer.resolve("z.sarif");
        assertThatThrownBy(() -> {
            nested.claim(outer, "--output-dir", "the sarif report of p.json");
            nested.claim(inner, "--output-dir", "the sarif report of p.sarif/z.yaml");
        }).isInstanceOf(UserError.class).hasMessage("the sarif report of p.sarif/z.yaml would be written to " + inner + ", inside " + outer
                + ", which is the sarif report of p.json; give each a file of its own");

        ReportFiles blocked = new ReportFiles();
        Path first = Files.writeString(dir.resolve("a.json"), "earlier report\n");
        Path second = dir.resolve("b.json");
        blocked.write(first, "--output", null, out -> out.write('1'));
        blocked.write(second, "--output", null, out -> out.write('2'));
        Files.createDirectories(second);
        assertThatThrownBy(blocked::commit).isInstanceOf(UserError.class).hasMessage("cannot write " + second + ": " + second + " is a directory");
        blocked.discard();
        assertThat(first).hasContent("earlier report");

        Path pdf = dir.resolve("report.pdf");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), pdf.getFileName());
        Cli dangling = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "json", "-o", link.toString(),
                "--pdf", pdf.toString(), "--as-of", AS_OF);
        assertThat(dangling.exitCode()).isEqualTo(2);
        assertThat(dangling.err()).isEqualTo("oversight: --output and --pdf would both be written to " + pdf + "; give each a file of its own\n");
        assertThat(pdf).doesNotExist();

        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("notes.txt"), "the user's notes\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("kiro-remediated.sarif"), Path.of("../elsewhere/notes.txt"));
        Cli outside = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "sarif", "--output-dir", out.toString(),
                "--as-of", AS_OF);
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).startsWith("oversight: --output-dir: " + out.resolve("kiro-remediated.sarif") + " leads out of " + out
                + " through a symbolic link, to ");
        assertThat(elsewhere).hasContent("the user's notes");
        // A link on a report's way out of the directory is named by where it leads, not by its own path.
        Path away = Files.createDirectories(dir.resolve("away"));
        Path deployments = Files.createDirectories(dir.resolve("deps/a"));
        Files.copy(Cli.sample("kiro-remediated.yaml"), deployments.resolve("prod.yaml"));
        Path out2 = Files.createDirectories(dir.resolve("out2"));
        Files.createSymbolicLink(out2.resolve("a"), Path.of("../away"));
        Cli throughFolder = Cli.run("check", deployments.getParent().toString(), "--format", "json", "--output-dir", out2.toString(),
                "--as-of", AS_OF);
        assertThat(throughFolder.exitCode()).isEqualTo(2);
        assertThat(throughFolder.err()).contains(" through a symbolic link, to " + away.toRealPath().resolve("prod.json") + ";");
        assertThat(away).isEmptyDirectory();
        // The output directory may itself be a link: its reports land where it leads.
        Path linked = Files.createSymbolicLink(dir.resolve("reports"), away);
        Cli intoLink = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "sarif", "--output-dir", linked.toString(),
                "--as-of", AS_OF);
        assertThat(intoLink.exitCode()).as(intoLink.err()).isZero();
        assertThat(away.resolve("kiro-remediated.sarif")).exists();
    }

    /** Red team: JSON reports written into the directory searched were taken for deployments by the next run, which stopped. */
    @Test
    void reportsTheSearchWouldTakeForDeploymentsAreNotWrittenWhereItSearches() throws IOException {
        Path searched = Files.createDirectories(dir.resolve("d/reports"));
        Files.copy(Cli.sample("kiro-remediated.yaml"), searched.resolveSibling("prod.yaml"));
        Cli json = Cli.run("check", searched.getParent().toString(), "--format", "json", "--output-dir", searched.toString(), "--as-of", AS_OF);
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).isEqualTo("oversight: --output-dir " + searched + " is inside " + searched.getParent() + ", which the check searches:"
                + " the next run would take its .json reports for deployments; write them outside it\n");
        try (var left = Files.list(searched)) {
            assertThat(left).isEmpty();
        }
        Cli same = Cli.run("check", searched.getParent().toString(), "--format", "json", "--output-dir", searched.getParent().toString(), "--as-of", AS_OF);
        assertThat(same.err()).isEqualTo("oversight: --output-dir " + searched.getParent() + " is " + searched.getParent() + ", a directory the check"
                + " searches: the next run would take its .json reports for deployments; write them outside it\n");
        for (int run = 0; run < 2; run++) {
            Cli sarif = Cli.run("check", searched.getParent().toString(), "--format", "sarif", "--output-dir", searched.toString(), "--as-of", AS_OF);
            assertThat(sarif.exitCode()).as("a SARIF report is no deployment, run after run").isZero();
        }
    }

    @Test
    void aTextReportThatCannotBeWrittenIsAUsageError() {
        // The text report writes through a PrintWriter, which keeps a failure to itself.
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "a device that is always full");
        for (String format : new String[] {"text", "json", "markdown"}) {
            Cli cli = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", format, "-o", full.toString(), "--as-of", AS_OF);
            assertThat(cli.exitCode()).as(format).isEqualTo(2);
            assertThat(cli.err()).as(format).isEqualTo("oversight: cannot write /dev/full: no space left on device\n");
        }
    }

    /** An output stream whose every write fails as the operating system says {@code why}. */
    private static java.io.OutputStream failing(String why) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }
        };
    }

    @Test
    void aReportThatStandardOutputCannotTakeIsAUsageError() {
        // What a full disk does to a print stream: the write fails, the stream keeps it to itself.
        java.io.OutputStream full = failing("No space left on device");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        for (String format : new String[] {"sarif", "json", "text"}) {
            err.reset();
            int code = Main.run(new java.io.PrintStream(full, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                    java.util.Map.of(), "check", Cli.sample("kiro-remediated.yaml").toString(), "--format", format, "--as-of", AS_OF);
            assertThat(code).as(format).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(format).isEqualTo("oversight: cannot write to standard output (is the disk full?):"
                    + " what it shows is incomplete\n");
        }
        err.reset();
        int code = Main.run(new java.io.PrintStream(full, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                java.util.Map.of(), "controls");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("oversight: cannot write to standard output");
    }

    @Test
    void aReaderThatStopsReadingIsNoError() {
        // What 'oversight check ... | head' does to standard output: the pipe is closed after the first lines.
        java.io.OutputStream closedPipe = failing("Broken pipe");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(StandardOutput.over(closedPipe, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                java.util.Map.of(), "check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(code).as("the check's own exit code").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        java.io.OutputStream full = failing("No space left on device");
        err.reset();
        assertThat(Main.run(StandardOutput.over(full, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                java.util.Map.of(), "check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF)).isEqualTo(2);
    }

    @Test
    void withGitHubsFormatTheInputsProblemsAreAnnotationsToo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "apiVersion: oversight/v1\nkind: AgentDeployment\nmetadata: {name: x}\n");
        Cli one = Cli.run("check", broken.toString(), "--format", "github");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.out()).isEqualTo("::error file=" + broken + ",line=1,col=1,title=Oversight%3A invalid input::the deployment description"
                + " lacks the required key 'agents'\n"
                + "::error file=" + broken + ",line=3,col=11,title=Oversight%3A invalid input::'metadata' lacks the required key 'organization'\n"
                + "::error file=" + broken + ",line=3,col=11,title=Oversight%3A invalid input::'metadata' lacks the required key 'owner'\n");
        assertThat(one.err()).startsWith(broken + ":1:1: the deployment description lacks the required key 'agents'\n");
        Cli several = Cli.run("check", broken.toString(), Cli.sample("kiro-remediated.yaml").toString(), "--format", "github", "--as-of", AS_OF);
        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.out()).contains("::error file=" + broken + ",line=3,col=11,title=Oversight%3A invalid input::'metadata' lacks");
        assertThat(Cli.run("check", broken.toString(), "--format", "sarif").out()).isEmpty();
    }
}
