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

/** Several deployments in one run, several formats at once, and baselines. */
class CheckManyAndBaselineTest {

    private static final String AS_OF = "2026-11-25";

    /** A deployment written {@code after} an earlier version, and the JSON output of that version ({@code before}) as its baseline. */
    private record Edited(Path after, Path base) {

        /** The edited deployment checked against its baseline with --fail-on-new, JSON out; {@code options} added. */
        Cli gate(String... options) {
            List<String> args = new ArrayList<>(List.of("check", after.toString(), "--format", "json", "--baseline", base.toString(),
                    "--fail-on-new", "--as-of", AS_OF));
            args.addAll(List.of(options));
            return Cli.run(args.toArray(String[]::new));
        }
    }

    private static Edited baselineOf(Path dir, String before, String after) throws Exception {
        assertThat(after).as("the edit changes the file").isNotEqualTo(before);
        Path earlier = Files.writeString(dir.resolve("before.yaml"), before);
        Path base = dir.resolve("base.json");
        Cli.run("check", earlier.toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        return new Edited(Files.writeString(dir.resolve("after.yaml"), after), base);
    }

    @Test
    void aDirectoryIsCheckedDeploymentByDeploymentWithTheWorstExitCode(@TempDir Path out) throws Exception {
        Cli cli = Cli.run("check", Cli.sample("").toString(), "--format", "json,text", "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("FAIL  ../samples/kiro-incident.yaml", "PASS  ../samples/kiro-remediated.yaml",
                "FAIL  ../samples/platform-team.yaml", "FAIL  ../samples/iam-admin.yaml", "PASS  ../samples/iam-readonly.yaml",
                "FAIL  ../samples/kiro-incident-inherited.yaml", "FAIL  ../samples/coding-agent-runtime.yaml",
                "PASS  ../samples/coding-agent-runtime-remediated.yaml", "PASS  ../samples/kagent-sre-agent.yaml",
                "FAIL  ../samples/bedrock-ops-agent.yaml")
                .contains("10 deployments: 6 fail, 4 pass");
        Cli alone = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(new ObjectMapper().readTree(out.resolve("kiro-incident.json").toFile()).get("findings").size())
                .isEqualTo(new ObjectMapper().readTree(alone.out()).get("findings").size());
        assertThat(Files.readString(out.resolve("kiro-remediated.txt"))).contains("PASS");
        assertThat(out.resolve("catalog.json")).doesNotExist();
    }

    @Test
    void everyFormatOfTheRegistryIsWrittenWithoutOverwritingAnother(@TempDir Path out) throws Exception {
        Cli cli = Cli.run("check", Cli.sample("platform-team.yaml").toString(), "--format", "text,json,sarif,junit,markdown,oscal,oscal-poam,csv,pdf",
                "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("platform-team.txt", "platform-team.json",
                    "platform-team.sarif", "platform-team.xml", "platform-team.md", "platform-team.oscal.json", "platform-team.oscal-poam.json",
                    "platform-team.csv", "platform-team.pdf");
        }
        assertThat(new ObjectMapper().readTree(out.resolve("platform-team.oscal.json").toFile()).has("assessment-results")).isTrue();
        assertThat(new ObjectMapper().readTree(out.resolve("platform-team.oscal-poam.json").toFile()).has("plan-of-action-and-milestones")).isTrue();
        assertThat(new ObjectMapper().readTree(out.resolve("platform-team.json").toFile()).get("schemaVersion").asInt()).isEqualTo(1);
    }

    @Test
    void anInvalidFileAmongSeveralIsReportedAndExitsWith2(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: oversight/v1\nkind: AgentDeployment\nmetadata: {name: x}\n");
        Cli cli = Cli.run("check", broken.toString(), Cli.sample("kiro-remediated.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(broken + ":3:11: 'metadata' lacks the required key 'organization'");
        assertThat(cli.out()).contains("== ../samples/kiro-remediated.yaml").contains("2 deployments: 0 fail, 1 pass, 1 invalid");
        Cli none = Cli.run("check", broken.toString(), broken.toString().replace("broken", "missing"), "--as-of", AS_OF);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).as("nothing was checked, so there are no findings to count").isEqualTo("2 deployments: 0 fail, 0 pass, 2 invalid\n");
    }

    @Test
    void severalFormatsOrDeploymentsNeedAnOutputDirectory() {
        String sample = Cli.sample("kiro-incident.yaml").toString();
        assertThat(Cli.run("check", sample, "--format", "json", "--format", "text").err()).contains("several formats need --output-dir DIR");
        String other = Cli.sample("kiro-remediated.yaml").toString();
        assertThat(Cli.run("check", sample, other, "--format", "json").err()).contains("several deployments need --output-dir DIR");
        assertThat(Cli.run("check", sample, "--fail-on-new").err()).contains("--fail-on-new needs --baseline FILE");
    }

    @Test
    void aBaselineOfTheSameFileHasNoNewFinding(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("platform-team.yaml").toString();
        Path base = dir.resolve("base.json");
        assertThat(Cli.run("check", sample, "--format", "json", "-o", base.toString(), "--as-of", AS_OF).exitCode()).isEqualTo(1);
        Cli again = Cli.run("check", sample, "--format", "json", "--baseline", base.toString(), "--as-of", AS_OF);
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.at("/baseline/new").asInt()).isZero();
        assertThat(json.at("/baseline/unchanged").asInt()).isEqualTo(json.get("findings").size());
        assertThat(json.at("/baseline/resolved").size()).isZero();
        assertThat(json.at("/findings/0/baselineState").asText()).isEqualTo("unchanged");
        assertThat(again.exitCode()).as("without --fail-on-new old findings still fail").isEqualTo(1);
        assertThat(again.err()).isEmpty();
        assertThat(Cli.run("check", sample, "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF).exitCode()).isZero();
        // A baseline file whose name reads as a secret's key ('token') keeps its position and reason; what follows is still masked.
        Path token = Files.writeString(dir.resolve("token"), "{}");
        Cli named = Cli.run("check", sample, "--baseline", token.toString(), "--as-of", AS_OF);
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).startsWith("oversight: " + token + ": not a JSON output of 'oversight check --format json'");
        assertThat(Main.maskedPastNamedFile("token:1:2: password: hunter22x", List.of("--baseline=token"))).isEqualTo("token:1:2: password: ****");
    }

    /** A baseline written by an earlier version, its findings without items and its deployments without waivers, says what it cannot tell. */
    @Test
    void aBaselineOfAnEarlierVersionSaysWhatItCannotTell(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("platform-team.yaml").toString();
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli.run("check", sample, Cli.sample("kiro-incident.yaml").toString(), "--format", "json", "--output-dir", out.toString(), "--as-of", AS_OF);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode summary = mapper.readTree(out.resolve("oversight-run.json").toFile());
        for (JsonNode deployment : summary.get("deployments")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) deployment).remove("waivers");
            deployment.get("findings").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("items"));
        }
        Path earlier = Files.writeString(dir.resolve("earlier.json"), summary.toString());
        Cli run = Cli.run("check", sample, Cli.sample("kiro-incident.yaml").toString(), "--baseline", earlier.toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("oversight: the baseline " + earlier + ": its findings list no items (it was written before findings"
                + " listed them): a finding whose entry was edited counts as new, and one that grew within its entry as the one it was;"
                + " make the baseline again\n"
                + "oversight: the baseline " + earlier + ": it does not list the waivers in force then (an output of an earlier"
                + " version): a waiver of then cannot be told from one written since, so waivers cover the findings that grew as they did"
                + " before; make the baseline again\n");
    }

    /** A baseline of a later day, or of another catalog, is compared as any other, and the check says why its counts may mislead. */
    @Test
    void aBaselineOfALaterDayOrAnotherCatalogSaysSo(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("platform-team.yaml").toString();
        Path base = dir.resolve("base.json");
        Cli.run("check", sample, "--format", "json", "-o", base.toString(), "--as-of", "2027-01-15");
        Cli later = Cli.run("check", sample, "--baseline", base.toString(), "--as-of", AS_OF);
        assertThat(later.err()).isEqualTo("oversight: the baseline " + base + ": it was made as of 2027-01-15, after this check's " + AS_OF
                + ": what it calls new or resolved runs backwards; compare with a run of an earlier day, or check as of a later one (--as-of)\n");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(Cli.run("check", sample, "--format", "json", "--as-of", AS_OF).out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("catalog")).put("version", "2025.01");
        Path older = Files.writeString(dir.resolve("older.json"), json.toString());
        String current = CatalogLoader.builtIn().version();
        assertThat(Cli.run("check", sample, "--baseline", older.toString(), "--as-of", AS_OF).err()).isEqualTo("oversight: the baseline " + older
                + ": it was made with catalog 2025.01 and this check uses catalog " + current + ": a finding whose control changed between"
                + " them may count as new and its old one as resolved; make the baseline again\n");
    }

    @Test
    void aFileNamedTwiceIsCheckedOnceAndADashOutputIsStandardOutput(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("kiro-remediated.yaml").toString();
        Cli twice = Cli.runIn(Cli.WIDE, "check", sample, Path.of(sample).toAbsolutePath().toString(), "--format", "json", "--as-of", AS_OF,
                "-o", "-");
        assertThat(twice.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(twice.out()).get("findings")).isEmpty();
        assertThat(twice.err()).contains("named more than once; checked once");
        assertThat(Files.list(dir)).isEmpty();
        assertThat(Cli.run("check", sample, "--pdf", "-").err()).contains("--pdf - would write the PDF to standard output; give it a file name");
    }

    @Test
    void aFindingWhoseWaiverLapsedSinceTheBaselineIsNewAndFailsOnNew(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("kiro-incident.yaml").toString();
        String waivers = Cli.sample("waivers/kiro-governance.yaml").toString();
        Path base = dir.resolve("base.json");
        Cli.run("check", sample, "--waivers", waivers, "--format", "json", "-o", base.toString(), "--as-of", AS_OF, "--fail-on", "critical");
        Cli later = Cli.run("check", sample, "--waivers", waivers, "--format", "sarif", "--baseline", base.toString(), "--fail-on-new",
                "--fail-on", "medium", "--as-of", "2027-03-15");
        assertThat(later.exitCode()).as("the PM-04 waiver expired on 2027-02-28").isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(later.out()).at("/runs/0/results");
        assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals("PM-04")).extracting(r -> r.path("baselineState").asText())
                .containsExactly("new");
        assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals("HO-01")).extracting(r -> r.path("baselineState").asText())
                .containsOnly("unchanged");
    }

    @Test
    void aRunScopedToOneFrameworkResolvesNoFindingOfTheControlsItLeftOut(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("platform-team.yaml").toString();
        Path base = dir.resolve("base.json");
        Cli.run("check", sample, "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Cli scoped = Cli.run("check", sample, "--format", "json", "--framework", "eu-ai-act", "--baseline", base.toString(), "--as-of", AS_OF);
        JsonNode report = new ObjectMapper().readTree(scoped.out());
        assertThat(report.at("/baseline/new").asInt()).isZero();
        assertThat(report.at("/baseline/unchanged").asInt()).isPositive();
        assertThat(report.at("/baseline/resolved").size()).isZero();
    }

    /**
     * A baseline scoped to one framework knows nothing of the other controls: an unscoped check
     * against it is refused rather than calling all their findings new (or known).
     */
    @Test
    void aBaselineScopedToAFrameworkIsRefusedByACheckOfMoreControls(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("kiro-incident.yaml").toString();
        Path base = dir.resolve("base.json");
        Cli.run("check", sample, "--format", "json", "--framework", "soc2", "-o", base.toString(), "--as-of", AS_OF);
        java.util.List<String> notEvaluated = new java.util.ArrayList<>();
        new ObjectMapper().readTree(base.toFile()).get("controls").forEach(c -> {
            if (c.path("status").asText().equals("not-evaluated")) {
                notEvaluated.add(c.path("id").asText());
            }
        });
        java.util.Collections.sort(notEvaluated);
        assertThat(notEvaluated).hasSizeGreaterThan(8);
        Cli unscoped = Cli.run("check", sample, "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(unscoped.exitCode()).isEqualTo(2);
        assertThat(unscoped.out()).isEmpty();
        assertThat(unscoped.err()).isEqualTo("oversight: " + base + " did not evaluate " + notEvaluated.size() + " controls this check of "
                + sample + " evaluates (" + String.join(", ", notEvaluated.subList(0, 8)) + ", ...), so their findings could be told neither"
                + " new nor known: make the baseline from a run without --framework, as this check is, or check with the --framework the"
                + " baseline was made with\n");
        Cli same = Cli.run("check", sample, "--format", "json", "--framework", "soc2", "--baseline", base.toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(same.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(same.out()).at("/baseline/new").asInt()).isZero();

        // The run summary of several deployments records what each run left out, and is refused the same way.
        Path out = Files.createDirectories(dir.resolve("main-out"));
        String other = Cli.sample("kiro-remediated.yaml").toString();
        Cli.run("check", sample, other, "--format", "json", "--framework", "soc2", "--output-dir", out.toString(), "--as-of", AS_OF);
        Path summary = out.resolve("oversight-run.json");
        assertThat(new ObjectMapper().readTree(summary.toFile()).at("/deployments/0/controlsNotEvaluated")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(notEvaluated);
        Cli several = Cli.run("check", sample, other, "--baseline", summary.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(several.exitCode()).isEqualTo(2);
        assertThat(several.err()).startsWith("oversight: " + summary + " did not evaluate " + notEvaluated.size() + " controls this check of ");
    }

    @Test
    void failOnNewPassesTheCheckButEveryReportStillStatesTheFailingVerdict(@TempDir Path dir) throws Exception {
        String sample = Cli.sample("platform-team.yaml").toString();
        Path base = dir.resolve("base.json");
        Cli.run("check", sample, "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Cli json = Cli.run("check", sample, "--format", "json", "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(json.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.at("/summary/verdict").asText()).isEqualTo("fail");
        assertThat(report.at("/baseline/gate").asText()).isEqualTo("pass");
        Cli text = Cli.runIn(Cli.WIDE, "check", sample, "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("FAIL  ").contains("· passes --fail-on-new: no new finding at high or above");
    }

    @Test
    void underFailOnNewJUnitSkipsTheKnownFindingsAndFailsOnlyTheNewOnes(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        String sample = Cli.sample("kiro-incident.yaml").toString();
        Cli same = Cli.run("check", sample, "--format", "json", "-o", dir.resolve("same.json").toString(), "--as-of", AS_OF);
        assertThat(same.exitCode()).isEqualTo(1);
        Cli known = Cli.run("check", sample, "--format", "junit", "--baseline", dir.resolve("same.json").toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(known.exitCode()).isZero();
        assertThat(known.out()).contains("failures=\"0\"").doesNotContain("<failure")
                .contains("<skipped message=\"known: in the baseline, and --fail-on-new fails on new findings only: ");
        Cli fresh = Cli.run("check", sample, "--format", "junit", "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(fresh.exitCode()).isEqualTo(1);
        assertThat(fresh.out()).contains("classname=\"oversight.HO-02\" time=\"0\">\n      <failure");
        Cli plain = Cli.run("check", sample, "--format", "junit", "--baseline", dir.resolve("same.json").toString(), "--as-of", AS_OF);
        assertThat(plain.out()).as("without --fail-on-new the known findings fail as before").contains("<failure")
                .doesNotContain("known: in the baseline");
    }

    @Test
    void movedAndReorderedEntriesStayUnchangedAndAFixIsResolved(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        // Lines move (a comment is added) and the deployment fixes one thing: attribution.
        Edited edited = baselineOf(dir, text, "# reviewed again\n" + text.replace("attribution: operator", "attribution: agent"));
        Path after = edited.after();
        Path base = edited.base();
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", after.toString(), "--format", "json", "--baseline", base.toString(),
                "--as-of", AS_OF).out());
        assertThat(json.at("/baseline/new").asInt()).isZero();
        assertThat(json.at("/baseline/resolved").size()).isEqualTo(1);
        assertThat(json.at("/baseline/resolved/0/control").asText()).isEqualTo("AC-05");
        Cli text2 = Cli.runIn(Cli.WIDE, "check", after.toString(), "--baseline", base.toString(), "--as-of", AS_OF);
        assertThat(text2.out()).contains("0 new, " + json.get("findings").size() + " unchanged, 1 resolved")
                .contains("resolved AC-05 agent:infra-assistant");
    }

    @Test
    void anActionTakenOutOfAnEntryUpdatesItsFindingsWithoutMakingThemNew(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        String edited = text.replace("          - ec2:TerminateInstances       # delete: the calls that took the region down\n", "");
        Path after = baselineOf(dir, text, edited).after();
        Path base = dir.resolve("base.json");
        Cli run = Cli.run("check", after.toString(), "--format", "json", "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(run.exitCode()).as("the same gaps, one entry edited").isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/baseline/new").asInt()).isZero();
        assertThat(json.at("/baseline/resolved").size()).isZero();
        assertThat(json.at("/baseline/updated").asInt()).isPositive();
        assertThat(json.at("/baseline/unchanged").asInt() + json.at("/baseline/updated").asInt()).isEqualTo(json.get("findings").size());
        String junit = Cli.run("check", after.toString(), "--format", "junit", "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF).out();
        assertThat(junit).contains("known: in the baseline, its entry edited since without adding to it, and --fail-on-new fails on new findings only:");
        assertThat(json.get("findings")).filteredOn(f -> f.path("control").asText().equals("HO-02"))
                .extracting(f -> f.path("baselineState").asText(), f -> f.path("message").asText().contains("ec2:TerminateInstances"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("updated", false));
        Cli text2 = Cli.runIn(Cli.WIDE, "check", after.toString(), "--baseline", base.toString(), "--as-of", AS_OF);
        assertThat(text2.out()).contains("0 new, " + json.at("/baseline/unchanged").asInt() + " unchanged, "
                + json.at("/baseline/updated").asInt() + " updated, 0 resolved");
    }

    /**
     * An action added to an entry adds to the gaps it was in: their findings are new, and fail a gate
     * on new findings, though their fingerprints were the baseline's or pair with its findings.
     */
    @Test
    void anActionAddedToAnEntryMakesTheFindingsThatListItNew(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        String edited = withAnActionAdded(text);
        Path after = baselineOf(dir, text, edited).after();
        Cli run = Cli.run("check", after.toString(), "--format", "json", "--baseline", dir.resolve("base.json").toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("findings")).filteredOn(f -> f.path("baselineState").asText().equals("new"))
                .extracting(f -> f.path("control").asText() + " " + f.path("severity").asText() + " " + f.path("message").asText().contains("rds:DeleteDBInstance"))
                .containsExactly("HO-02 critical true", "HO-01 high true");
    }

    /**
     * The waivers of the gaps an action is added to were in force in the baseline's run: they accepted
     * the gaps without the action, so the grown findings stay open and fail the gate, and each waiver
     * says what it left open. Waivers approved again since (a change to the waivers) cover them.
     */
    @Test
    void aWaiverInForceInTheBaselineDoesNotCoverTheGapItsAgentGrewSince(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        String edited = withAnActionAdded(text);
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), waiversOfTheGates("2027-01-31"));
        Path before = Files.writeString(dir.resolve("before.yaml"), text);
        Path base = dir.resolve("base.json");
        Cli.run("check", before.toString(), "--waivers", waivers.toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Path after = Files.writeString(dir.resolve("after.yaml"), edited);
        Cli grown = Cli.run("check", after.toString(), "--waivers", waivers.toString(), "--format", "json", "--baseline", base.toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(grown.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(grown.out());
        assertThat(json.get("findings")).filteredOn(f -> f.path("baselineState").asText().equals("new"))
                .extracting(f -> f.path("control").asText() + " " + f.path("severity").asText() + " waived " + f.path("waived").asBoolean())
                .containsExactly("HO-02 critical waived false", "HO-01 high waived false");
        assertThat(json.get("waivers")).filteredOn(w -> w.path("control").asText().matches("HO-0[12]"))
                .extracting(w -> w.path("control").asText() + " " + w.path("findingsWaived").asInt() + " " + w.path("findingsNewSinceBaseline").asInt())
                .containsExactly("HO-01 0 1", "HO-02 0 1");
        Cli said = Cli.run("check", after.toString(), "--waivers", waivers.toString(), "--baseline", base.toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(said.out()).contains("waivers that do not cover what grew",
                "  HO-01 for infra-assistant: in force in the baseline's run, it does not cover 1\n");
        Cli comment = Cli.run("check", after.toString(), "--waivers", waivers.toString(), "--format", "markdown", "--baseline", base.toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(comment.out()).contains("**HIGH** **HO-01** **NEW**", "  Not waived: the waiver until 2027-01-31 by marcus-olsen was in force"
                + " in the baseline's run, and this grew since.  \n");
        Cli annotations = Cli.run("check", after.toString(), "--waivers", waivers.toString(), "--format", "github", "--baseline", base.toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(annotations.out().lines().filter(l -> l.startsWith("::error") && l.contains("HO-01")))
                .singleElement().asString().contains("%0Anot waived: the waiver until 2027-01-31 by marcus-olsen was in force in the baseline's run");
        Path renewed = Files.writeString(dir.resolve("renewed.yaml"), waiversOfTheGates("2027-02-15"));
        Cli accepted = Cli.run("check", after.toString(), "--waivers", renewed.toString(), "--format", "json", "--baseline", base.toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(accepted.exitCode()).as("waivers approved again since the baseline cover what grew").isZero();
        assertThat(new ObjectMapper().readTree(accepted.out()).get("findings"))
                .filteredOn(f -> f.path("control").asText().matches("HO-0[12]"))
                .extracting(f -> f.path("control").asText() + " waived " + f.path("waived").asBoolean())
                .containsExactly("HO-02 waived true", "HO-01 waived true");
        Path both = Files.writeString(dir.resolve("both.yaml"), waiversOfTheGates("2027-01-31")
                + waiversOfTheGates("2027-02-15").substring(waiversOfTheGates("2027-02-15").indexOf("waivers:\n") + "waivers:\n".length()));
        Cli renewedSecond = Cli.run("check", after.toString(), "--waivers", both.toString(), "--baseline", base.toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(renewedSecond.exitCode()).isZero();
        assertThat(renewedSecond.out()).as("the older waivers leave nothing open, and match findings").doesNotContain("do not cover what grew")
                .doesNotContain("waive nothing");
    }

    /** The run summary of several deployments lists each one's waivers, so that it keeps a waiver from what grew since as well. */
    @Test
    void theRunSummaryAsBaselineKeepsAWaiverFromWhatGrewSince(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        Path deployments = Files.createDirectories(dir.resolve("deployments"));
        Path incident = Files.writeString(deployments.resolve("incident.yaml"), text);
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), waiversOfTheGates("2027-01-31"));
        Path out = Files.createDirectories(dir.resolve("main-out"));
        Cli.run("check", deployments.toString(), "--waivers", waivers.toString(), "--format", "json", "--output-dir", out.toString(),
                "--as-of", AS_OF);
        Files.writeString(incident, withAnActionAdded(text));
        Cli grown = Cli.run("check", deployments.toString(), "--waivers", waivers.toString(), "--format", "json", "--baseline",
                out.resolve("oversight-run.json").toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(grown.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(grown.out()).get("waivers"))
                .extracting(w -> w.path("control").asText() + " " + w.path("findingsNewSinceBaseline").asInt())
                .containsExactly("HO-01 1", "HO-02 1");
    }

    /** The incident sample with rds:DeleteDBInstance added to the entry that deletes stacks. */
    private static String withAnActionAdded(String text) {
        String edited = text.replace("          - cloudformation:DeleteStack   # delete: \"delete and recreate the environment\"\n",
                "          - cloudformation:DeleteStack   # delete: \"delete and recreate the environment\"\n          - rds:DeleteDBInstance\n");
        assertThat(edited).isNotEqualTo(text);
        return edited;
    }

    /** Waivers of the incident sample's HO-01 and HO-02 findings, approved by its platform lead until {@code expires}. */
    private static String waiversOfTheGates(String expires) {
        return """
                apiVersion: oversight/v1
                kind: Waivers
                deployment: cloud-platform-agents
                waivers:
                  - control: HO-01
                    agent: infra-assistant
                    justification: Gates for the remaining actions arrive with the change-management rollout.
                    approvedBy: marcus-olsen
                    expires: %s
                  - control: HO-02
                    agent: infra-assistant
                    justification: A second approver is being staffed for the on-call rota.
                    approvedBy: marcus-olsen
                    expires: %s
                """.formatted(expires, expires);
    }

    /**
     * Backups turned off where they were not isolated keeps the finding's fingerprint but adds to
     * what it lists: new. A review date moved within the gap is the same item measured again.
     */
    @Test
    void aFindingOfTheSameFingerprintThatListsMoreIsNew(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("platform-team.yaml"));
        String later = text.replaceFirst("lastReviewed: 2026-05-02", "lastReviewed: 2026-05-09");
        Edited moved = baselineOf(dir, text, later);
        Cli same = moved.gate();
        JsonNode json = new ObjectMapper().readTree(same.out());
        assertThat(json.at("/baseline/new").asInt()).as("a review date moved").isZero();
        assertThat(json.get("findings")).filteredOn(f -> f.path("control").asText().equals("PM-05"))
                .extracting(f -> f.path("baselineState").asText()).containsOnly("unchanged");
        String noBackups = text.replace("      enabled: true\n      isolated: false ", "      enabled: false\n      isolated: false ");
        assertThat(noBackups).isNotEqualTo(text);
        Cli worse = Cli.run("check", Files.writeString(dir.resolve("no-backups.yaml"), noBackups).toString(), "--format", "json",
                "--baseline", moved.base().toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(worse.exitCode()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(worse.out()).get("findings")).filteredOn(f -> f.path("baselineState").asText().equals("new"))
                .extracting(f -> f.path("control").asText() + " " + f.path("subject").path("id").asText() + " " + f.path("items"))
                .containsExactly("IR-05 web-prod [\"no backups enabled\"]");
    }

    /** An agent with every safeguard but two-person approval, in a critical production; {@code entries} are its permissions there. */
    private static String alphaIn(String entries) {
        return """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: rt-deploy, organization: RT, owner: olga, jurisdictions: [EU]}
                governance:
                  aiPolicy: {documented: true, lastReviewed: 2026-10-01}
                  riskManagement: {process: true, lastReviewed: 2026-10-01}
                  incidentResponse: {plan: true, coversAiAgents: true, contact: a@b.c, regulatorReportingDays: 3}
                  aiLiteracy: {trainingRequired: true, lastDelivered: 2026-10-01}
                people:
                  - {id: olga, roles: [cto], aiLiteracyTrained: true}
                  - {id: sam, roles: [sre], aiLiteracyTrained: true}
                  - {id: gov, roles: [governance], aiLiteracyTrained: true}
                environments:
                  - {name: prod, kind: production, criticality: critical, backups: {enabled: true, isolated: true, lastRestoreTest: 2026-10-01}}
                agents:
                  - id: alpha
                    owner: olga
                    overseers: [sam]
                    riskTier: limited
                    autonomy: supervised
                    environments: [prod]
                    identity: {type: dedicated, principal: "arn:aws:iam::1111:role/alpha", credentialTtlMinutes: 15}
                    permissions:
                """ + entries + """
                    guardrails: {dryRunFirst: true, rateLimitPerHour: 10, maxResourcesPerAction: 2, honorsChangeFreeze: true, killSwitch: {available: true, haltsInFlight: true, lastTested: 2026-11-01}}
                    logging: {enabled: true, events: [prompts, tool-calls, approvals, outputs, errors], tamperEvident: true, retentionDays: 400, attribution: agent}
                    assessments: {risk: {date: 2026-10-01, reviewer: gov}}
                    monitoring: {alerts: true, reviewer: sam}
                """;
    }

    private static String entry(String resource, String actions) {
        return "      - {environment: prod, resources: [\"" + resource + "\"], actions: [" + actions + "], justification: ops, lastReviewed: 2026-11-01}\n";
    }

    private static final String LOGS = "arn:aws:s3:::logs-bucket/*";
    private static final String CUSTOMERS = "arn:aws:rds:eu-west-1:1111:cluster:customers";

    /** The baseline state and message of each HO-02 finding of {@code json}, in the order the report lists them. */
    private static java.util.List<String> twoPersonStates(JsonNode json) {
        java.util.List<String> states = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.path("control").asText().equals("HO-02")) {
                states.add(f.path("baselineState").asText() + " " + f.path("message").asText().replaceFirst(".*two humans: ", ""));
            }
        });
        return states;
    }

    /**
     * A destructive right removed from one entry and another granted in a second entry is a new
     * gap, though the two-person rule, the agent and the environment are the same: the new finding
     * shares no action with the earlier one.
     */
    @Test
    void aDestructiveGrantInAnotherEntryIsNewNotTheRemovedOneUpdated(@TempDir Path dir) throws Exception {
        Edited edited = baselineOf(dir, alphaIn(entry(LOGS, "read, \"s3:DeleteObject\"")),
                alphaIn(entry(LOGS, "read") + entry(CUSTOMERS, "\"rds:DeleteDBCluster\"")));
        Cli run = edited.gate();
        assertThat(run.exitCode()).as("a new destructive grant fails --fail-on-new").isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(twoPersonStates(json)).containsExactly("new rds:DeleteDBCluster on " + CUSTOMERS);
        assertThat(json.at("/baseline/new").asInt()).isEqualTo(1);
        assertThat(json.at("/baseline/updated").asInt()).isZero();
        assertThat(json.at("/baseline/resolved")).extracting(r -> r.path("control").asText() + " " + r.path("message").asText()
                .replaceFirst(".*two humans: ", "")).containsExactly("HO-02 s3:DeleteObject on " + LOGS);
        assertThat(json.at("/findings/0/items")).extracting(JsonNode::asText).containsExactly("rds:DeleteDBCluster");
        Cli github = Cli.run("check", edited.after().toString(), "--format", "github", "--baseline", edited.base().toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(github.out()).startsWith("::error file=" + edited.after() + ",line=").contains(",title=HO-02 ").doesNotContain("::warning");
    }

    /**
     * An action taken out of one entry and a second entry granted beside it: the edited entry's
     * finding is updated and the other's new, whichever order the two entries are written in.
     */
    @Test
    void theEditedEntrysFindingIsUpdatedAndTheOtherNewInEitherOrder(@TempDir Path dir) throws Exception {
        String s3 = entry(LOGS, "read, \"s3:DeleteObject\"");
        String rds = entry(CUSTOMERS, "\"rds:DeleteDBCluster\"");
        Edited edited = baselineOf(dir, alphaIn(entry(LOGS, "read, \"s3:DeleteObject\", \"s3:DeleteObjectVersion\"")), alphaIn(s3 + rds));
        Path reversed = Files.writeString(dir.resolve("reversed.yaml"), alphaIn(rds + s3));
        for (Path after : java.util.List.of(edited.after(), reversed)) {
            Cli run = Cli.run("check", after.toString(), "--format", "json", "--baseline", edited.base().toString(), "--fail-on-new",
                    "--as-of", AS_OF);
            assertThat(run.exitCode()).as(after.toString()).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(twoPersonStates(json)).as(after.toString()).containsExactlyInAnyOrder(
                    "updated s3:DeleteObject on " + LOGS, "new rds:DeleteDBCluster on " + CUSTOMERS);
            assertThat(json.at("/baseline/new").asInt()).isEqualTo(1);
            assertThat(json.at("/baseline/updated").asInt()).isEqualTo(1);
            assertThat(json.at("/baseline/resolved").size()).isZero();
        }
        // The pull-request comment says what changed and what the exit code followed, and marks the findings.
        Cli markdown = Cli.run("check", edited.after().toString(), "--format", "markdown", "--baseline", edited.base().toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(markdown.out()).contains("Compared with `" + edited.base() + "`: 1 new, 1 updated, ")
                .contains(" **The check fails**: 1 new open finding at high or above.")
                .contains("** **HO-02** **NEW** Two-person rule").contains("** **HO-02** **UPDATED** Two-person rule");
        Cli text = Cli.runIn(Cli.WIDE, "check", edited.after().toString(), "--baseline", edited.base().toString(), "--as-of", AS_OF);
        assertThat(text.out()).contains("HO-02  Two-person rule for destructive actions in critical environments NEW")
                .contains("HO-02  Two-person rule for destructive actions in critical environments UPDATED");
        Cli same = Cli.run("check", dir.resolve("before.yaml").toString(), "--format", "markdown", "--baseline", edited.base().toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("**FAIL**").contains(": 0 new, ").contains(" **The check passes** (--fail-on-new): no new open finding"
                + " at high or above.").doesNotContain("**NEW**");
    }

    /**
     * A baseline finding of no known severity cannot tell a gap that became more severe from a known
     * one, so it is refused where it stands, as a finding without a fingerprint is.
     */
    @Test
    void aBaselineFindingWithoutAKnownSeverityIsRefusedWhereItStands(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        String json = Files.readString(base);
        String first = "\"severity\" : \"critical\"";
        int line = (int) json.substring(0, json.indexOf(first)).lines().count();
        int column = json.indexOf(first) - json.lastIndexOf('\n', json.indexOf(first));
        String fingerprint = new ObjectMapper().readTree(json).at("/findings/0/fingerprint").asText();
        for (String word : java.util.List.of("bogus", "CRITICAL")) {
            Path edited = Files.writeString(dir.resolve(word + ".json"), json.replaceFirst(first, "\"severity\" : \"" + word + "\""));
            Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", edited.toString(), "--fail-on-new",
                    "--as-of", AS_OF);
            assertThat(cli.exitCode()).isEqualTo(2);
            assertThat(cli.err()).isEqualTo("oversight: " + edited + ":" + line + ":" + column + ": finding " + fingerprint + " has severity '"
                    + word + "', which is none of critical, high, medium or low (written in lower case, as 'oversight check --format json'"
                    + " writes them)\n");
        }
        Path none = Files.writeString(dir.resolve("none.json"), json.replaceFirst(first + ",", ""));
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", none.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("oversight: " + none + ":").endsWith(": finding " + fingerprint
                + " has no severity (critical, high, medium or low); was it written by 'oversight check --format json'?\n");
    }

    @Test
    void aGapMovedToAnotherEnvironmentIsNewNotUpdated(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        // The same agent's same rights, granted in a second critical production environment instead.
        String moved = text.replace("environments:\n  - name: prod-eu\n", "environments:\n  - name: prod-us\n    kind: production\n"
                        + "    criticality: critical\n  - name: prod-eu\n")
                .replace("    environments:\n      - prod-eu\n      - staging-eu\n", "    environments:\n      - prod-eu\n      - prod-us\n      - staging-eu\n")
                .replace("      - environment: prod-eu\n        resources:", "      - environment: prod-us\n        resources:");
        Edited edited = baselineOf(dir, text, moved);
        Cli run = edited.gate("--fail-on", "critical");
        assertThat(run.exitCode()).as("a two-person gap in another critical environment is a new gap").isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("findings")).filteredOn(f -> f.path("control").asText().equals("HO-02"))
                .extracting(f -> f.path("message").asText().contains("'prod-us'"), f -> f.path("baselineState").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "new"));
    }

    @Test
    void aFindingMoreSevereThanItWasIsNew(@TempDir Path dir) throws Exception {
        String text = Files.readString(Cli.sample("kiro-incident.yaml"));
        String moderate = text.replaceFirst("criticality: critical", "criticality: moderate");
        Edited edited = baselineOf(dir, moderate, text);
        Cli run = edited.gate();
        assertThat(run.exitCode()).as("rating the environment critical made a known gap a critical one").isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("findings")).filteredOn(f -> f.path("control").asText().equals("AC-03"))
                .extracting(f -> f.path("severity").asText(), f -> f.path("baselineState").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("high", "new"));
    }

    @Test
    void aNewFindingFailsOnNew(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Cli.run("check", Cli.sample("kiro-remediated.yaml").toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Cli cli = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("HO-02  Two-person rule for destructive actions in critical environments NEW");
    }

    @Test
    void aBaselineThatIsNotOurJsonIsAUsageError(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Files.writeString(base, "{\"findings\": 3");
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", base.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: " + base + ":1:15: not an Oversight JSON report (the output of 'oversight check"
                + " --format json'): it is not valid JSON here\n");
        Files.writeString(base, "{\"schemaVersion\":1,\"deployments\":[{\"file\":\"a\\u0000b\",\"findings\":[]}]}");
        Cli nul = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", base.toString());
        assertThat(nul.exitCode()).isEqualTo(2);
        assertThat(nul.err()).isEqualTo("oversight: " + base + ":1:36: a deployment's file is no path this system can name; was it written"
                + " by 'oversight check'?\n");
    }

    /** A YAML file given by mistake read as the JSON parser's words; a missing one in other words than a missing waivers file. */
    @Test
    void aBaselineThatIsYamlOrMissingIsSaidAsAnyInputIs(@TempDir Path dir) throws Exception {
        String yaml = Cli.sample("platform-team.yaml").toString();
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", yaml);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: " + yaml + ":1:1: not an Oversight JSON report (the output of 'oversight check"
                + " --format json'): it is not valid JSON here\n");
        Path missing = dir.resolve("missing.json");
        Cli absent = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", missing.toString());
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).isEqualTo("oversight: " + missing + ": no such file\n");
        assertThat(Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", missing.toString()).err())
                .startsWith(missing + ": no such file\n");
        // A device is refused, not read until memory runs out; so is a file larger than any report of a deployment within the limit.
        Cli device = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", "/dev/zero");
        assertThat(device.exitCode()).isEqualTo(2);
        assertThat(device.err()).isEqualTo("oversight: /dev/zero: is not a regular file (a device, a named pipe or a socket); give the JSON"
                + " an earlier check wrote\n");
        assertThat(Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", dir.toString()).err())
                .isEqualTo("oversight: " + dir + ": is a directory; give the JSON an earlier check wrote\n");
        Cli small = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", yaml, "--max-input-mb", "1");
        assertThat(small.err()).as("16 MiB for 1 MiB of input; the YAML is far smaller, so its own problem is said").contains("not valid JSON");
        Path huge = dir.resolve("huge.json");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024); // sparse: no byte written, and none read
        }
        Cli large = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", huge.toString(), "--max-input-mb", "1");
        assertThat(large.exitCode()).isEqualTo(2);
        assertThat(large.err()).isEqualTo("oversight: " + huge + ": is larger than 16 MiB, more than the report of a deployment within"
                + " --max-input-mb could be; raise --max-input-mb if it is one\n");
    }

    /**
     * A directory run's oversight-run.json is the baseline of the next: each deployment is compared
     * with its own earlier findings, so a finding new in b.yaml is new although a.yaml had the same
     * fingerprint, and a deployment the earlier run did not check has only new findings.
     */
    @Test
    void aDirectoryBaselineComparesEachDeploymentWithItsOwnEarlierFindings(@TempDir Path dir) throws Exception {
        Path deployments = Files.createDirectories(dir.resolve("deployments"));
        Path earlier = Files.createDirectories(dir.resolve("main"));
        Path now = Files.createDirectories(dir.resolve("pr"));
        String incident = Files.readString(Cli.sample("kiro-incident.yaml"));
        Files.writeString(deployments.resolve("a.yaml"), incident);
        Files.writeString(deployments.resolve("b.yaml"), Files.readString(Cli.sample("kiro-remediated.yaml")));
        Cli main = Cli.run("check", deployments.toString(), "--format", "json", "--output-dir", earlier.toString(), "--as-of", AS_OF);
        assertThat(main.exitCode()).isEqualTo(1);
        Path base = earlier.resolve(RunSummary.FILE_NAME);
        JsonNode summary = new ObjectMapper().readTree(base.toFile());
        assertThat(summary.at("/deployments/0/file").asText()).isEqualTo(deployments.resolve("a.yaml").toString());
        assertThat(summary.at("/deployments/0/findings").size()).isEqualTo(
                new ObjectMapper().readTree(earlier.resolve("a.json").toFile()).get("findings").size()).isPositive();
        assertThat(summary.at("/deployments/1/findings").size()).isZero();

        Cli unchanged = Cli.run("check", deployments.toString(), "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(unchanged.exitCode()).as("nothing changed").isZero();
        assertThat(unchanged.out().replace("\n  ", " ")).as("the combined line counts the verdicts each deployment leads with")
                .contains("\n2 deployments: 1 fail, 1 pass · exit code 0 (--fail-on-new): none has a new finding at high or above · open");

        Files.writeString(deployments.resolve("b.yaml"), incident);
        Files.writeString(deployments.resolve("c.yaml"), incident);
        Cli pr = Cli.run("check", deployments.toString(), "--format", "json", "--output-dir", now.toString(), "--baseline", base.toString(),
                "--fail-on-new", "--as-of", AS_OF);
        assertThat(pr.exitCode()).isEqualTo(1);
        assertThat(pr.out().replace("\n  ", " ")).contains("FAIL  " + deployments.resolve("a.yaml"),
                "· passes --fail-on-new: no new finding at high or above", "FAIL  " + deployments.resolve("b.yaml"),
                "FAIL  " + deployments.resolve("c.yaml"),
                "\n3 deployments: 3 fail, 0 pass · exit code 1 (--fail-on-new): 2 have a new finding at high or above · open");
        assertThat(pr.out().replace("\n  ", " ").split("\n")).filteredOn(line -> line.contains("passes --fail-on-new")).singleElement()
                .asString().contains(deployments.resolve("a.yaml").toString());
        JsonNode a = new ObjectMapper().readTree(now.resolve("a.json").toFile());
        JsonNode b = new ObjectMapper().readTree(now.resolve("b.json").toFile());
        assertThat(a.at("/baseline/new").asInt()).isZero();
        assertThat(a.at("/baseline/unchanged").asInt()).isEqualTo(a.get("findings").size());
        assertThat(b.at("/baseline/new").asInt()).as("the same fingerprints in a.yaml do not make b.yaml's findings old")
                .isEqualTo(b.get("findings").size());
        assertThat(new ObjectMapper().readTree(now.resolve("c.json").toFile()).at("/baseline/new").asInt()).isPositive();

        Files.writeString(deployments.resolve("a.yaml"), Files.readString(Cli.sample("kiro-remediated.yaml")));
        JsonNode resolved = new ObjectMapper().readTree(Cli.run("check", deployments.resolve("a.yaml").toString(), "--format", "json",
                "--baseline", base.toString(), "--as-of", AS_OF).out());
        assertThat(resolved.at("/baseline/resolved").size()).as("one deployment against a directory baseline: its own entry")
                .isEqualTo(summary.at("/deployments/0/findings").size());
    }

    @Test
    void severalDeploymentsNamedWriteTheRunSummaryThatIsTheirBaseline(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), Files.readString(Cli.sample("kiro-incident.yaml")));
        Path b = Files.writeString(dir.resolve("b.yaml"), Files.readString(Cli.sample("platform-team.yaml")));
        Path earlier = Files.createDirectories(dir.resolve("main"));
        Cli main = Cli.run("check", a.toString(), b.toString(), "--format", "json", "--output-dir", earlier.toString(), "--as-of", AS_OF);
        assertThat(main.exitCode()).isEqualTo(1);
        try (var files = Files.list(earlier)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("a.json", "b.json", RunSummary.FILE_NAME);
        }
        Cli again = Cli.run("check", a.toString(), b.toString(), "--baseline", earlier.resolve(RunSummary.FILE_NAME).toString(), "--fail-on-new",
                "--as-of", AS_OF);
        assertThat(again.err()).isEmpty();
        assertThat(again.exitCode()).as("nothing changed").isZero();
        Cli alone = Cli.run("check", a.toString(), "--format", "json", "--output-dir", Files.createDirectories(dir.resolve("one")).toString(),
                "--as-of", AS_OF);
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(dir.resolve("one").resolve(RunSummary.FILE_NAME)).as("one deployment: its JSON is the baseline").doesNotExist();
    }

    @Test
    void withFailOnNewAKnownFindingIsAWarningInGitHubAndANewOneAnError(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Path deployment = Files.writeString(dir.resolve("d.yaml"), Files.readString(Cli.sample("kiro-incident.yaml")));
        Cli.run("check", deployment.toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Cli known = Cli.run("check", deployment.toString(), "--format", "github", "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(known.exitCode()).isZero();
        assertThat(known.out()).doesNotContain("::error ").contains("::warning file=" + deployment + ",line=120,col=13,title=PM-01 ");
        Cli low = Cli.run("check", deployment.toString(), "--format", "github", "--baseline", base.toString(), "--fail-on-new", "--fail-on",
                "low", "--as-of", AS_OF);
        assertThat(low.out()).as("a known low finding stays a notice: the level only ever goes down").contains("::notice ")
                .doesNotContain("::error ");
        Cli plain = Cli.run("check", deployment.toString(), "--format", "github", "--baseline", base.toString(), "--as-of", AS_OF);
        assertThat(plain.out()).as("without --fail-on-new every finding at --fail-on fails, so it is an error")
                .contains("::error file=" + deployment + ",line=120,col=13,title=PM-01 ");
        Files.writeString(deployment, Files.readString(deployment).replace("\nagents:\n", "\nagents:\n  - id: new-bot\n    owner: dana-chen\n"
                + "    environments: [prod-eu]\n    identity: {type: dedicated, principal: svc-new-bot}\n    permissions:\n"
                + "      - environment: prod-eu\n        actions: [delete]\n"));
        Cli added = Cli.run("check", deployment.toString(), "--format", "github", "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.out()).contains("::error ");
    }

    @Test
    void oneDeploymentsOutputIsNoBaselineForSeveral(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), Cli.sample("kiro-remediated.yaml").toString(),
                "--baseline", base.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("oversight: " + base + " is the output of one deployment; to compare several, give the"
                + " oversight-run.json an earlier run of them wrote with --output-dir and --format json\n");
    }

    /** Another deployment's report made every finding new and listed its findings as resolved, in the text and on the PDF's cover. */
    @Test
    void anotherDeploymentsReportIsNoBaseline(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        Cli.run("check", Cli.sample("platform-team.yaml").toString(), "--format", "json", "-o", base.toString(), "--as-of", AS_OF);
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("oversight: " + base + " is the report of deployment 'helio-agents', not of 'cloud-platform-agents' ("
                + Cli.sample("kiro-incident.yaml") + "): give an earlier report of 'cloud-platform-agents'\n");
    }

    /**
     * A run of several is compared deployment by deployment: one it did not check is said to be all
     * new, one it checked and this run did not is named, a run of none of them refused.
     */
    @Test
    void aRunOfOtherDeploymentsIsNoBaselineAndADeploymentItLacksIsNamed(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.yaml"), Files.readString(Cli.sample("kiro-incident.yaml")));
        Path b = Files.writeString(dir.resolve("b.yaml"), Files.readString(Cli.sample("platform-team.yaml")));
        Path c = Files.writeString(dir.resolve("c.yaml"), Files.readString(Cli.sample("kiro-remediated.yaml")));
        Path earlier = Files.createDirectories(dir.resolve("main"));
        Cli.run("check", a.toString(), b.toString(), "--format", "json", "--output-dir", earlier.toString(), "--as-of", AS_OF);
        Path base = earlier.resolve(RunSummary.FILE_NAME);

        Cli some = Cli.run("check", a.toString(), c.toString(), "--baseline", base.toString(), "--fail-on-new", "--as-of", AS_OF);
        assertThat(some.exitCode()).as("a.yaml unchanged, c.yaml passes").isZero();
        assertThat(some.err()).isEqualTo("oversight: " + b + " was checked in the baseline " + base + " but not in this run: its findings"
                + " there are neither judged nor resolved\n"
                + "oversight: " + c + " is not in the baseline " + base + ": all its findings are new\n");

        Cli none = Cli.run("check", c.toString(), "--baseline", base.toString(), "--as-of", AS_OF);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("oversight: " + base + " is the run of other deployments (" + a + ", " + b + "), not of " + c
                + ": give the oversight-run.json of an earlier run of these\n");
    }
}
