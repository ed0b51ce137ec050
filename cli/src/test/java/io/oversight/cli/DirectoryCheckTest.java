package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories are searched for deployments by parsing what each file declares; everything else is listed as skipped. */
class DirectoryCheckTest {

    private static final String AS_OF = "2026-11-25";

    @TempDir
    Path dir;

    private static String remediated() throws IOException {
        return Files.readString(Cli.sample("kiro-remediated.yaml"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return String.join(" ", walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList());
        }
    }

    @Test
    void deploymentsAreFoundByWhatTheyDeclareAndTheRestIsListedAsSkipped() throws IOException {
        String text = remediated();
        // apiVersion written last, after long comments
        write("late/agents.yaml", text.replace("apiVersion: oversight/v1\n", "") + "# a long note\n".repeat(400) + "apiVersion: oversight/v1\n");
        // JSON, with the slash escaped
        String json = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(text)).replace("oversight/v1", "oversight\\/v1");
        write("json/agents.json", json);
        write(".staging/agents.yml", text);
        write(".git/agents.yaml", text);
        write("waivers.yaml", "apiVersion: oversight/v1\nkind: Waivers\nwaivers: []\n");
        write("schema.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"properties\": {\"kind\": {\"const\": \"AgentDeployment\"}}}");
        write("values.yaml", "# oversight/v1 is mentioned here, but not declared\nreplicas: 3\n");
        write("notes.txt", "not searched");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--as-of", AS_OF);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("== " + dir.resolve(".staging/agents.yml") + "\n", "== " + dir.resolve("json/agents.json") + "\n",
                "== " + dir.resolve("late/agents.yaml") + "\n").doesNotContain(".git");
        assertThat(cli.out()).endsWith("\n"
                + "skipped " + dir.resolve("schema.json") + ": no top-level apiVersion or kind, so it is not a deployment\n"
                + "skipped " + dir.resolve("values.yaml") + ": no top-level apiVersion or kind, so it is not a deployment\n"
                + "skipped " + dir.resolve("waivers.yaml") + ": a waivers file (kind Waivers); apply it with --waivers\n"
                + "3 deployments: 0 fail, 3 pass · open findings: 0 critical, 0 high, 0 medium, 0 low · 3 files skipped\n");
    }

    /**
     * In a workflow, a skipped file is a warning on the file, where the pull request shows it, besides
     * the line on standard error: before the findings' annotations, as a pull request shows the first
     * few warnings of a step only. A file a deployment read (an imported policy) is no skipped file there.
     */
    @Test
    void aSkippedFileIsAnnotatedWhereGithubReadsTheOutput() throws IOException {
        write("incident.yaml", Files.readString(Cli.sample("kiro-incident.yaml")));
        Path configMap = write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\n");
        write("policy.json", "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}");
        write("imports.yaml", """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: reports, organization: Demo Ltd, owner: olga}
                people: [{id: olga}]
                environments: [{name: prod, kind: production, criticality: high}]
                agents:
                  - id: reader
                    owner: olga
                    permissions: [{environment: prod, fromAwsIamPolicy: policy.json}]
                """);
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "github", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        java.util.List<String> annotations = cli.out().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(annotations.get(0)).isEqualTo("::warning file=" + configMap + ",title=Oversight%3A file skipped::not checked: apiVersion v1,"
                + " kind ConfigMap, not oversight/v1 AgentDeployment");
        assertThat(annotations).filteredOn(l -> l.contains("file skipped")).hasSize(1);
        assertThat(cli.err()).contains("oversight: skipped " + configMap + ": apiVersion v1, kind ConfigMap, not oversight/v1 AgentDeployment\n");
        // The header of a file that is not a deployment may hold anything, a token among it: quoted masked (red team).
        Path odd = write("odd.json", "{\"apiVersion\": \"AKIAZZCANARY00000015\", \"kind\": \"https://deploy:CanaryPw99x@registry.example.com/v1\"}");
        Cli again = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "github", "--as-of", AS_OF);
        assertThat(again.err()).contains("oversight: skipped " + odd + ": apiVersion ****, kind https://deploy:****@registry.example.com/v1, not")
                .doesNotContain("AKIAZZ").doesNotContain("CanaryPw99x");
    }

    @Test
    void aFileThatLooksLikeADeploymentButCannotBeReadIsAnError() throws IOException {
        write("good.yaml", remediated());
        Path broken = write("broken.yaml", "kind: AgentDeployment\napiVersion: oversight/v1\nagents: [\n");
        Path misspelt = write("misspelt.yaml", "apiVersion: oversight/v1\nkind: AgentDeploymnet\n");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(broken + ":4:1: not valid YAML").contains(misspelt + ":2:7: ");
        assertThat(cli.out()).endsWith("3 deployments: 0 fail, 1 pass, 2 invalid · open findings: 0 critical, 0 high, 0 medium, 0 low\n");
    }

    @Test
    void aDirectoryWithoutADeploymentIsAUsageError() throws IOException {
        write("waivers.yaml", "apiVersion: oversight/v1\nkind: Waivers\nwaivers: []\n");
        write("chart/Chart.yaml", "apiVersion: v2\nname: agents\n");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("oversight: " + dir + " holds no deployment description: none of its 2 .yaml, .yml and .json files"
                + " has kind AgentDeployment or apiVersion oversight/v1\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(Cli.run("check", empty.toString()).err())
                .isEqualTo("oversight: " + empty + " holds no deployment description: it has no .yaml, .yml or .json file\n");
    }

    @Test
    void aSymbolicLinkOutOfTheDirectoryIsNotFollowed(@TempDir Path elsewhere) throws IOException {
        write("agents.yaml", remediated());
        Files.writeString(elsewhere.resolve("other.yaml"), remediated());
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).endsWith("skipped " + dir.resolve("linked") + ": a symbolic link to a directory outside " + dir + "; not followed\n"
                + "1 deployment: 0 fail, 1 pass · open findings: 0 critical, 0 high, 0 medium, 0 low · 1 file skipped\n");
    }

    @Test
    void reportsAreNamedByThePathInsideTheDirectoryAndTheRunSummaryListsWhatWasSkipped(@TempDir Path out) throws IOException {
        Path a = write("a/prod.yaml", remediated());
        Path b = write("b/prod.yaml", remediated());
        Path waivers = write("waivers.yaml", "apiVersion: oversight/v1\nkind: Waivers\nwaivers: []\n");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "json,sarif", "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
        assertThat(relativeFiles(out)).isEqualTo("a/prod.json a/prod.sarif b/prod.json b/prod.sarif oversight-run.json");
        assertThat(cli.out()).isEqualTo("PASS  " + a + "  0 critical, 0 high, 0 medium, 0 low -> " + out + "\n"
                + "PASS  " + b + "  0 critical, 0 high, 0 medium, 0 low -> " + out + "\n"
                + "skipped " + waivers + ": a waivers file (kind Waivers); apply it with --waivers\n"
                + "2 deployments: 0 fail, 2 pass · open findings: 0 critical, 0 high, 0 medium, 0 low · 1 file skipped\n");
        JsonNode run = new ObjectMapper().readTree(out.resolve("oversight-run.json").toFile());
        assertThat(run.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(run.get("asOf").asText()).isEqualTo(AS_OF);
        assertThat(run.get("deployments").toString()).isEqualTo("[{\"file\":\"" + a + "\",\"reports\":\"a/prod\",\"outcome\":\"pass\",\"findings\":[],"
                + "\"waivers\":[],\"controlsNotEvaluated\":[]},{\"file\":\"" + b + "\",\"reports\":\"b/prod\",\"outcome\":\"pass\",\"findings\":[],"
                + "\"waivers\":[],\"controlsNotEvaluated\":[]}]");
        assertThat(run.get("skipped").toString()).isEqualTo("[{\"file\":\"" + waivers + "\",\"reason\":\"a waivers file (kind Waivers); apply it with --waivers\"}]");
        // b broken since: its reports of this run's predecessor are removed, not left beside a's fresh ones as if current (red team).
        write("b/prod.yaml", remediated().replace("approvals: 2", "approvals: [2"));
        Cli broken = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "json,sarif", "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(relativeFiles(out)).isEqualTo("a/prod.json a/prod.sarif oversight-run.json");
    }

    /**
     * An invalid deployment's reports say so where the format can, beside the others' reports: a
     * folder uploaded or published had shown nothing of it. JSON, SARIF and the others have no such
     * form (an empty SARIF closes the deployment's open alerts as fixed): its earlier ones are removed.
     */
    @Test
    void anInvalidDeploymentsReportsListItsProblemsWhereTheFormatCanSaySo(@TempDir Path out) throws IOException {
        Path a = write("a.yaml", remediated());
        Path b = write("b.yaml", remediated().replace("approvals: 2", "approvals: [2"));
        Files.writeString(out.resolve("b.sarif"), "an earlier run's");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "text,github,junit,markdown,json,sarif", "--output-dir",
                out.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        String problem = cli.err().lines().filter(l -> l.startsWith(b + ":")).findFirst().orElseThrow();
        assertThat(problem).matches(java.util.regex.Pattern.quote(b.toString()) + ":\\d+:\\d+: not valid YAML: .*");
        String where = problem.substring(0, problem.indexOf(": not valid YAML"));
        String message = problem.substring(where.length() + 2);
        String[] lineAndColumn = where.substring(b.toString().length() + 1).split(":");
        assertThat(relativeFiles(out)).isEqualTo("a.json a.log a.md a.sarif a.txt a.xml b.log b.md b.txt b.xml oversight-run.json");
        assertThat(cli.out()).startsWith("PASS  " + a + "  0 critical, 0 high, 0 medium, 0 low -> " + out + "\n"
                + "INVALID  " + b + "  1 problem; nothing was checked -> " + out + "\n");
        assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo("INVALID  " + b + "\n" + problem + "\n1 problem; nothing was checked\n");
        assertThat(Files.readString(out.resolve("b.log"))).isEqualTo("::error file=" + b + ",line=" + lineAndColumn[0] + ",col="
                + lineAndColumn[1] + ",title=Oversight%3A invalid input::" + message + "\noversight: INVALID  " + b
                + "  1 problem; nothing was checked\n");
        assertThat(Files.readString(out.resolve("b.md"))).isEqualTo("<!-- oversight-report -->\n### Oversight: INVALID\n\n**INVALID**: `" + b
                + "` was not checked, so no control was judged met or failed, for the problem below:\n\n- `" + where + "`: "
                + message.replaceAll("([\\[\\]<>])", "\\\\$1") + "\n");
        assertThat(Files.readString(out.resolve("b.xml"))).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"oversight " + b + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">\n"
                + "  <testsuite name=\"input\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\" timestamp=\"" + AS_OF
                + "T00:00:00\">\n    <testcase name=\"valid oversight/v1 [file " + b + "]\" classname=\"oversight.input\" time=\"0\">\n"
                + "      <error message=\"1 problem; nothing was checked\" type=\"invalid input\">" + problem.replace("<", "&lt;").replace(">", "&gt;") + "\n</error>\n    </testcase>\n  </testsuite>\n</testsuites>\n");
        JsonNode run = new ObjectMapper().readTree(out.resolve("oversight-run.json").toFile());
        assertThat(run.at("/deployments/1").toString()).isEqualTo("{\"file\":\"" + b + "\",\"reports\":\"b\",\"outcome\":\"invalid\","
                + "\"problems\":[{\"file\":\"" + b + "\",\"line\":" + lineAndColumn[0] + ",\"column\":" + lineAndColumn[1]
                + ",\"message\":" + new ObjectMapper().writeValueAsString(message) + "}]}");
    }

    /** A check stopped by what every deployment shares, a waivers file here, leaves no earlier run's report as if current. */
    @Test
    void aCheckStoppedBeforeAnyDeploymentSaysSoInEachOnesReports(@TempDir Path out) throws IOException {
        write("a.yaml", remediated());
        Path waivers = Files.writeString(out.getParent().resolve("bad-waivers.yaml"), "apiVersion: oversight/v1\nkind: Waivers\nwaivers: [1]\n");
        Files.writeString(out.resolve("a.json"), "an earlier run's");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.resolve("a.yaml").toString(), "--waivers", waivers.toString(), "--format", "json,text",
                "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        String problem = cli.err().lines().findFirst().orElseThrow();
        assertThat(problem).startsWith(waivers + ":3:");
        assertThat(relativeFiles(out)).isEqualTo("a.txt");
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("INVALID  " + dir.resolve("a.yaml") + "\n" + problem
                + "\n1 problem; nothing was checked\n");
    }

    @Test
    void twoDeploymentsWhoseReportsWouldShareANameAreRefused(@TempDir Path out) throws IOException {
        write("prod.yaml", remediated());
        String json = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(remediated()));
        write("prod.json", json);
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "sarif", "--output-dir", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: " + dir.resolve("prod.json") + " and " + dir.resolve("prod.yaml")
                + " would both write their reports to " + out.resolve("prod") + ".*; check them in separate runs or with separate --output-dir\n");
        assertThat(relativeFiles(out)).isEmpty();
    }

    @Test
    void reportsThatWouldMeetInOneFileAreRefusedBeforeAnyIsWritten(@TempDir Path out) throws IOException {
        write("a.yaml", remediated());
        write("a.oscal.yaml", remediated());
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "json,oscal", "--output-dir", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: the json report of " + dir.resolve("a.oscal.yaml") + " and the oscal report of "
                + dir.resolve("a.yaml") + " would both be written to " + out.resolve("a.oscal.json") + "; give each a file of its own\n");
        assertThat(relativeFiles(out)).isEmpty();

        Path report = out.resolve("r.out");
        Cli same = Cli.runIn(Cli.WIDE, "check", dir.resolve("a.yaml").toString(), "--format", "json", "-o", report.toString(),
                "--pdf", out.resolve("../" + out.getFileName() + "/r.out").toString());
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).startsWith("oversight: --output and --pdf would both be written to ");
        assertThat(relativeFiles(out)).isEmpty();
    }

    @Test
    void aDeploymentNamedLikeTheRunSummaryIsRefused(@TempDir Path out) throws IOException {
        write("oversight-run.yaml", remediated());
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "json", "--output-dir", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: " + dir.resolve("oversight-run.yaml") + " would write its JSON report over the run summary "
                + out.resolve("oversight-run.json") + "; rename it, or check it on its own\n");
    }

    @Test
    void aReportOnStandardOutputSendsTheSkippedFilesToStandardError() throws IOException {
        write("agents.yaml", remediated());
        Path values = write("values.yaml", "replicas: 3\n");
        Cli cli = Cli.runIn(Cli.WIDE, "check", dir.toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).at("/summary/verdict").asText()).isEqualTo("pass");
        assertThat(cli.err()).isEqualTo("oversight: skipped " + values + ": no top-level apiVersion or kind, so it is not a deployment\n");
    }
}
