package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.catalog.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String AS_OF = "2026-11-25";
    private static final int CONTROLS = CatalogLoader.builtIn().controls().size();

    private static final java.util.Set<String> INCIDENT_CONTROLS = java.util.Set.of("HO-01", "HO-02", "HO-03", "HO-04", "HO-05", "HO-06",
            "PM-01", "PM-02", "PM-04", "PM-05", "AC-02", "AC-03", "AC-04", "AC-05", "IR-01", "IR-02", "IR-03", "IR-04", "IR-05", "RM-01",
            "RM-04", "RM-06", "TR-02");

    private static List<String> findings(JsonNode json) {
        List<String> list = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            list.add(f.get("control").asText() + " " + f.get("severity").asText() + " " + f.at("/subject/kind").asText() + ":"
                    + f.at("/subject/id").asText() + " line " + f.at("/evidence/0/line").asInt() + (f.get("waived").asBoolean() ? " waived" : ""));
        }
        return list;
    }

    private static JsonNode json(String sample) throws Exception {
        Cli cli = Cli.run("check", Cli.sample(sample).toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(cli.err()).isEmpty();
        return new ObjectMapper().readTree(cli.out());
    }

    /** The role decides which provider and deployer clauses bind: a default taken was said by the PDF alone. */
    @Test
    void theEuAiActRoleTakenIsSaidInTheTextAndTheJson(@TempDir Path dir) throws Exception {
        Cli defaulted = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(defaulted.out()).contains("\n  role under the EU AI Act and like laws: provider and deployer, the format's default"
                + " (metadata.euAiActRoles is left out)\n");
        JsonNode deployment = json("kiro-incident.yaml").get("deployment");
        assertThat(deployment.get("euAiActRoles").toString()).isEqualTo("[\"provider\",\"deployer\"]");
        assertThat(deployment.get("euAiActRolesStated").asBoolean()).isFalse();

        Path deployer = dir.resolve("deployer.yaml");
        String incident = Files.readString(Cli.sample("kiro-incident.yaml"));
        Files.writeString(deployer, incident.replace("  owner: ingrid-halvorsen\n  jurisdictions:", "  owner: ingrid-halvorsen\n"
                + "  euAiActRoles: [deployer]\n  jurisdictions:"));
        Cli stated = Cli.runIn(Cli.WIDE, "check", deployer.toString(), "--as-of", AS_OF);
        assertThat(stated.out()).contains("\n  role under the EU AI Act and like laws: deployer (metadata.euAiActRoles)\n");
        JsonNode statedJson = new ObjectMapper().readTree(Cli.run("check", deployer.toString(), "--format", "json", "--as-of", AS_OF).out());
        assertThat(statedJson.at("/deployment/euAiActRoles").toString()).isEqualTo("[\"deployer\"]");
        assertThat(statedJson.at("/deployment/euAiActRolesStated").asBoolean()).isTrue();

        // SOC 2 has no provider or deployer clause: the role decides nothing shown.
        Cli soc2 = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--framework", "soc2", "--as-of", AS_OF);
        assertThat(soc2.out()).doesNotContain("role under the EU AI Act");
    }

    @Test
    void theIncidentFailsWithTheTwoPersonRuleAndTheInheritedIdentityAtTheirLines() throws Exception {
        Cli cli = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out())
                .contains("agent infra-assistant")
                .containsPattern("CRITICAL HO-02 .*\\n\\s+\\.\\./samples/kiro-incident\\.yaml:131 ")
                .containsPattern("CRITICAL PM-01 .*\\n\\s+\\.\\./samples/kiro-incident\\.yaml:120 ")
                .contains("fix: ")
                .doesNotContain("\u001b[");
        JsonNode bySeverity = json("kiro-incident.yaml").at("/summary/bySeverity");
        long idle = 0;
        for (JsonNode control : json("kiro-incident.yaml").get("controls")) {
            idle += control.get("status").asText().equals("nothing-to-check") ? 1 : 0;
        }
        assertThat(cli.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("FAIL  " + bySeverity.get("critical").asInt() + " critical, " + bySeverity.get("high").asInt() + " high, "
                        + bySeverity.get("medium").asInt() + " medium, " + bySeverity.get("low").asInt() + " low · 0 waived · "
                        + CONTROLS + " of " + CONTROLS + " controls evaluated (" + idle + " with nothing to check) · fails on high or above");
    }

    @Test
    void theIncidentProducesExactlyTheseFindings() throws Exception {
        JsonNode json = json("kiro-incident.yaml");
        // Exact for the controls of the incident's story; a control added later is pinned by its own fixtures.
        assertThat(findings(json).stream().filter(f -> INCIDENT_CONTROLS.contains(f.substring(0, f.indexOf(' '))))).containsExactly(
                "HO-02 critical agent:infra-assistant line 131",
                "IR-05 critical environment:prod-eu line 87",
                "PM-01 critical agent:infra-assistant line 120",
                "PM-02 critical agent:infra-assistant line 133",
                "AC-02 high agent:infra-assistant line 157",
                "AC-03 high agent:infra-assistant line 162",
                "AC-05 high agent:infra-assistant line 164",
                "HO-01 high agent:infra-assistant line 131",
                "HO-03 high checkpoint:infra-assistant/ask-before-destructive-changes line 148",
                "HO-04 high checkpoint:infra-assistant/ask-before-destructive-changes line 151",
                "HO-05 high agent:infra-assistant line 152",
                "IR-01 high deployment:cloud-platform-agents line 36",
                "RM-04 high agent:infra-assistant line 98",
                "AC-04 medium agent:infra-assistant line 163",
                "HO-06 medium agent:infra-assistant line 105",
                "IR-02 medium agent:infra-assistant line 98",
                "IR-03 medium agent:infra-assistant line 152",
                "PM-04 medium agent:infra-assistant line 123",
                "PM-05 medium agent:infra-assistant line 127",
                "RM-01 medium agent:infra-assistant line 98",
                "RM-06 medium deployment:cloud-platform-agents line 31",
                "TR-02 medium deployment:cloud-platform-agents line 28",
                "IR-04 low agent:infra-assistant line 153");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.at("/tool/name").asText()).isEqualTo("oversight");
        assertThat(json.at("/input/sha256").asText()).hasSize(64);
        assertThat(json.at("/summary/verdict").asText()).isEqualTo("fail");
        assertThat(json.at("/summary/bySeverity/critical").asInt()).isEqualTo(
                (int) findings(json).stream().filter(f -> f.contains(" critical ") && !f.endsWith("waived")).count());
        JsonNode first = json.at("/findings/0");
        assertThat(first.at("/evidence/0/path").asText()).isEqualTo("/agents/0/permissions/0/actions/0");
        assertThat(first.at("/evidence/0/column").asInt()).isPositive();
        assertThat(first.get("fingerprint").asText()).hasSize(32);
        assertThat(first.get("references").size()).isPositive();
    }

    @Test
    void theRemediatedDeploymentPassesWithNoFindingAtHighOrAbove() throws Exception {
        Cli cli = Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isZero();
        JsonNode json = json("kiro-remediated.yaml");
        assertThat(json.at("/summary/bySeverity/critical").asInt() + json.at("/summary/bySeverity/high").asInt()).isZero();
        assertThat(json.at("/summary/verdict").asText()).isEqualTo("pass");
    }

    @Test
    void thePlatformTeamHasMixedFindingsAndAppliesOnlyItsValidWaiver() throws Exception {
        JsonNode json = json("platform-team.yaml");
        assertThat(findings(json)).contains(
                "PM-01 critical agent:marketing-writer line 648 waived",
                "PM-07 critical agent:ops-orchestrator line 595",
                "HO-07 critical agent:oncall-remediator line 468",
                "AC-06 low waiver:waivers[1] line 704");
        assertThat(findings(json)).noneMatch(f -> f.contains("agent:deploy-bot"));
        assertThat(json.at("/waivers/0/status").asText()).isEqualTo("active");
        assertThat(json.at("/waivers/1/status").asText()).isEqualTo("expired");
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(1);
    }

    @Test
    void failOnSetsTheThreshold() {
        String remediated = Cli.sample("platform-team.yaml").toString();
        assertThat(Cli.run("check", remediated, "--as-of", AS_OF, "--fail-on", "critical").exitCode()).isEqualTo(1);
        String passing = Cli.sample("kiro-remediated.yaml").toString();
        assertThat(Cli.run("check", passing, "--as-of", AS_OF, "--fail-on", "low").exitCode()).isZero();
        Cli bad = Cli.run("check", passing, "--fail-on", "severe");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on").contains("severe");
        Cli typo = Cli.run("check", passing, "--fail-on", "hgh");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).startsWith("oversight: Invalid value for option '--fail-on': unknown severity 'hgh' (did you mean 'high'?);"
                + " expected critical, high, medium or low\n");
        assertThat(Cli.run("check", passing, "--as-of", AS_OF, "--fail-on", "LOW").exitCode()).as("any case").isZero();
    }

    @Test
    void aMisspeltKeyExitsWith2NamingItsLineAndTheRightKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, Files.readString(Cli.sample("kiro-remediated.yaml")).replace("    checkpoints:", "    checkpionts:"));
        Cli cli = Cli.run("check", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains(file + ":165:5: unknown key 'checkpionts' in agent 'infra-assistant' (did you mean 'checkpoints'?)")
                .contains("nothing was checked")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void outputGoesToAFileWrittenWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("findings.json");
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "json", "--output", out.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(out.toFile()).get("findings")).isEqualTo(json("kiro-incident.yaml").get("findings"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("findings.json");
        }
    }

    @Test
    void aFailedRunLeavesAnExistingReportUntouched(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("findings.json");
        Files.writeString(out, "previous report");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: oversight/v1\nkind: [\n");
        assertThat(Cli.run("check", broken.toString(), "--format", "json", "--output", out.toString()).exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("previous report");
    }

    @Test
    void pdfIsWrittenBesideTheTextOutputAndIsTheSameBytesTwice(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        String sample = Cli.sample("kiro-incident.yaml").toString();
        Cli cli = Cli.run("check", sample, "--as-of", AS_OF, "--pdf", first.toString());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("CRITICAL HO-02").endsWith("PDF gap report: " + first + "\n");
        assertThat(Cli.run("check", sample, "--as-of", AS_OF, "--pdf", second.toString(), "--format", "json").err())
                .isEqualTo("oversight: wrote the PDF gap report to " + second + "\n");
        byte[] bytes = Files.readAllBytes(first);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes).isEqualTo(Files.readAllBytes(second));
        Path letter = dir.resolve("letter.pdf");
        assertThat(Cli.run("check", sample, "--as-of", AS_OF, "--pdf", letter.toString(), "--paper", "letter").exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(letter)).isNotEqualTo(bytes);
        assertThat(Cli.run("check", sample, "--pdf", letter.toString(), "--paper", "a3").err()).contains("unknown paper size 'a3'");
    }

    /** --paper without a PDF was accepted in silence: a warning, and the exit code the check's. */
    @Test
    void paperWithoutAPdfIsWarnedOfAndChangesNothingElse(@TempDir Path dir) {
        String sample = Cli.sample("kiro-remediated.yaml").toString();
        Cli cli = Cli.run("check", sample, "--as-of", AS_OF, "--paper", "letter");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEqualTo("oversight: warning: --paper sizes only the PDF report, and no PDF is written\n");
        assertThat(cli.out()).isEqualTo(Cli.run("check", sample, "--as-of", AS_OF).out());
        assertThat(Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF, "--paper", "letter").exitCode()).isEqualTo(1);
        Cli pdf = Cli.run("check", sample, "--as-of", AS_OF, "--paper", "letter", "--pdf", dir.resolve("r.pdf").toString());
        assertThat(pdf.err()).isEmpty();
    }

    /** --min-severity gave picocli's enum text where --fail-on, with the same values, is worded for people. */
    @Test
    void anUnknownMinSeverityIsSaidAsAnUnknownFailOnIs() {
        String sample = Cli.sample("kiro-incident.yaml").toString();
        Cli cli = Cli.run("check", sample, "--min-severity", "bogus");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: Invalid value for option '--min-severity': unknown severity 'bogus'; expected critical,"
                + " high, medium or low\nTry 'oversight check --help' for usage.\n");
        assertThat(Cli.run("check", sample, "--fail-on", "bogus").err()).isEqualTo(cli.err().replace("--min-severity", "--fail-on"));
        assertThat(Cli.run("check", sample, "--as-of", AS_OF, "--min-severity", "HIGH").exitCode()).isEqualTo(1);
    }

    @Test
    void aFailedRunNeverTouchesAnExistingPdf(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("report.pdf");
        Files.writeString(pdf, "the report filed last quarter");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: oversight/v1\nkind: AgentDeployment\n");
        assertThat(Cli.run("check", broken.toString(), "--pdf", pdf.toString()).exitCode()).isEqualTo(2);
        assertThat(Files.readString(pdf)).isEqualTo("the report filed last quarter");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.pdf", "broken.yaml");
        }
    }

    @Test
    void binaryFormatsNeverGoToTheTerminal() {
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "pdf");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("--format pdf is binary: give --output FILE");
    }

    @Test
    void sameInputAndDateGiveTheSameBytes() {
        String sample = Cli.sample("platform-team.yaml").toString();
        assertThat(Cli.run("check", sample, "--format", "json", "--as-of", AS_OF).out())
                .isEqualTo(Cli.run("check", sample, "--format", "json", "--as-of", AS_OF).out());
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(Cli.run("check").exitCode()).isEqualTo(2);
        Cli badDate = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--as-of", "2026-02-30");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--as-of");
        Cli badFormat = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "yaml");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'yaml'; expected one of: text, json, pdf");
        Cli missing = Cli.run("check", "no-such-file.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("no-such-file.yaml: no such file");
        // A URL given for the file, its password in it, is printed normalised and masked (red team).
        assertThat(Cli.run("check", "https://admin:S3cretPw99@host.example.com/dep.yaml").err())
                .isEqualTo("https:/admin:****@host.example.com/dep.yaml: no such file\n1 problem; nothing was checked\n");
        Cli dirOut = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--output", "..");
        assertThat(dirOut.exitCode()).isEqualTo(2);
        assertThat(dirOut.err()).contains("is a directory");
    }
}
