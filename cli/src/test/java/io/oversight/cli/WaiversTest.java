package io.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers kept apart from the deployment: applied by check --waivers, reviewed by waivers lint. */
class WaiversTest {

    private static final String AS_OF = "2026-11-25";
    private static final String WAIVERS = Cli.sample("waivers/kiro-governance.yaml").toString();

    @Test
    void checkAppliesTheValidWaiversOfASeparateFile() throws Exception {
        Cli cli = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", WAIVERS, "--format", "json", "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.at("/summary/waived").asInt()).isEqualTo(2);
        assertThat(json.at("/waivers/0/status").asText()).isEqualTo("active");
        assertThat(json.at("/waivers/1/status").asText()).isEqualTo("active");
        assertThat(json.at("/waivers/2/file").asText()).isEqualTo(WAIVERS);
        assertThat(json.at("/waivers/2/id").asText()).isEqualTo("waivers[2] of kiro-governance.yaml");
        assertThat(json.at("/waivers/2/status").asText()).isEqualTo("self-approved");
        assertThat(json.at("/waivers/3/status").asText()).isEqualTo("expired");
        boolean ac06CitesTheWaiverFile = false;
        for (JsonNode f : json.get("findings")) {
            if (f.get("control").asText().equals("AC-06") && f.at("/subject/id").asText().equals("waivers[2] of kiro-governance.yaml")) {
                assertThat(f.at("/evidence/0/file").asText()).isEqualTo(WAIVERS);
                assertThat(f.at("/evidence/0/line").asInt()).isEqualTo(22);
                ac06CitesTheWaiverFile = true;
            }
        }
        assertThat(ac06CitesTheWaiverFile).isTrue();
    }

    /**
     * A waivers file says which deployment it is for: in a check of a folder it waives that
     * deployment's findings only, though another reuses the agent ids.
     */
    @Test
    void aFolderCheckAppliesTheWaiversFileToTheDeploymentItNames(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fleet"));
        String incident = Files.readString(Cli.sample("kiro-incident.yaml"));
        Files.writeString(folder.resolve("a.yaml"), incident);
        Files.writeString(folder.resolve("b.yaml"), incident.replace("name: cloud-platform-agents", "name: other-team"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli cli = Cli.run("check", folder.toString(), "--waivers", WAIVERS, "--format", "json", "--output-dir", out.toString(), "--as-of", AS_OF);
        assertThat(cli.err()).isEmpty();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.resolve("a.json").toFile()).at("/summary/waived").asInt()).isEqualTo(2);
        assertThat(json.readTree(out.resolve("b.json").toFile()).at("/summary/waived").asInt()).isZero();
        assertThat(json.readTree(out.resolve("b.json").toFile()).get("waivers")).isEmpty();
    }

    /** A deployment that copies another's name (and agent ids) would take its waivers: the run is refused. */
    @Test
    void aFolderCheckRefusesTwoDeploymentsOfTheNameTheWaiversFileIsFor(@TempDir Path dir) throws Exception {
        Path folder = twoIncidents(dir);
        Cli cli = Cli.runIn(Cli.WIDE, "check", folder.toString(), "--waivers", WAIVERS, "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith(WAIVERS + ":7:13: the waivers file is for deployment 'cloud-platform-agents', and more than one"
                + " deployment checked has that metadata.name (" + folder.resolve("a.yaml") + " and " + folder.resolve("b.yaml")
                + " among them): give each deployment a name of its own\n");
    }

    /** Without the deployment's name, a reused agent id would be waived in every deployment of the folder: refused, not guessed. */
    @Test
    void aFolderCheckRefusesAWaiversFileThatNamesNoDeployment(@TempDir Path dir) throws Exception {
        Path folder = twoIncidents(dir);
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: PM-04, agent: infra-assistant, justification: x, approvedBy: marcus-olsen, expires: 2027-02-28}\n");
        Cli cli = Cli.runIn(Cli.WIDE, "check", folder.toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith(file + ":1:1: the waivers file does not say which deployment it is for, and the check reads several:"
                + " an agent id two of them use would be waived in both; add 'deployment: <its metadata.name>' at the top of the file\n");
    }

    @Test
    void aWaiversFileForAnotherDeploymentIsRefusedWhereItsNameIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "kind: Waivers\ndeployment: payments-agents\nwaivers:\n"
                + "  - {control: PM-04, agent: infra-assistant, justification: x, approvedBy: marcus-olsen, expires: 2027-02-28}\n");
        Cli check = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).startsWith(file + ":2:13: the waivers file is for deployment 'payments-agents', but the deployment it is applied"
                + " to is 'cloud-platform-agents' (its metadata.name)\n");
        Cli lint = Cli.runIn(Cli.WIDE, "waivers", "lint", file.toString(), "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).isEqualTo(file + ":2:13: unknown: the waivers file is for deployment 'payments-agents', but the deployment it is"
                + " applied to is 'cloud-platform-agents' (its metadata.name)\n"
                + "1 waiver: 1 problem needs attention, 0 expire within 30 days; check refuses the file until its unknown names are fixed,"
                + " so whether each waiver matches a finding is not judged\n");
        Path folder = twoIncidents(dir);
        Cli folderCheck = Cli.runIn(Cli.WIDE, "check", folder.toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(folderCheck.exitCode()).isEqualTo(2);
        assertThat(folderCheck.err()).startsWith(file + ":2:13: the waivers file is for deployment 'payments-agents', which none of the 2"
                + " deployments checked is (their metadata.name)\n");
    }

    /** A folder of two copies of the incident sample, a.yaml and b.yaml: one metadata.name, the same agent ids. */
    private static Path twoIncidents(Path dir) throws java.io.IOException {
        Path folder = Files.createDirectories(dir.resolve("fleet"));
        Files.copy(Cli.sample("kiro-incident.yaml"), folder.resolve("a.yaml"));
        Files.copy(Cli.sample("kiro-incident.yaml"), folder.resolve("b.yaml"));
        return folder;
    }

    @Test
    void lintReportsExpiredExpiringAndSelfApprovedWaivers() {
        Cli cli = Cli.run("waivers", "lint", WAIVERS, "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEqualTo(WAIVERS + ":18:14: expiring: waiver of IR-04 for infra-assistant expires on 2026-12-10, within 30 days\n"
                + WAIVERS + ":22:17: self-approved: waiver of HO-05 for infra-assistant is approved by the agent's own owner, 'ingrid-halvorsen',"
                + " for a high control; it does not apply\n"
                + WAIVERS + ":28:14: expired: waiver of AC-04 for infra-assistant expired on 2026-10-31; its findings count again\n"
                + "4 waivers: 2 problems need attention, 1 expires within 30 days\n");
    }

    /** A waiver that runs more than a year is a problem to fix, as check's AC-06 says, though it still applies. */
    @Test
    void lintReportsAWaiverThatRunsMoreThanAYear(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: PM-04, agent: infra-assistant, justification: x, approvedBy: ciso,\n"
                + "     expires: 2029-12-31}\n");
        Cli cli = Cli.run("waivers", "lint", file.toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEqualTo(file + ":3:15: too-long: waiver of PM-04 for infra-assistant runs until 2029-12-31, more than a year"
                + " after " + AS_OF + ": an accepted risk is looked at again at least yearly, so set an expiry within a year\n1 waiver: 1 problem needs attention, 0 expire within 30 days (give --deployment to check agents, approvers"
                + " and self-approval)\n");
    }

    /**
     * AC-03 is medium by default and high where the log belongs to an agent acting in a critical
     * environment: its owner's waiver is void there, and lint with --deployment says so as check does.
     */
    @Test
    void lintJudgesSelfApprovalOnTheSeverityAControlEscalatesTo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: AC-03, agent: infra-assistant, justification: x, approvedBy: ingrid-halvorsen,"
                + " expires: 2027-06-30}\n");
        String deployment = Cli.sample("kiro-incident.yaml").toString();
        Cli check = Cli.run("check", deployment, "--waivers", file.toString(), "--format", "json", "--as-of", AS_OF);
        assertThat(new ObjectMapper().readTree(check.out()).at("/waivers/0/status").asText()).isEqualTo("self-approved");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", deployment, "--as-of", AS_OF);
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).isEqualTo(file + ":2:76: self-approved: waiver of AC-03 for infra-assistant is approved by the agent's own"
                + " owner, 'ingrid-halvorsen', and covers a high or critical finding, as its control escalates in this deployment; it does"
                + " not apply\n1 waiver: 1 problem needs attention, 0 expire within 30 days\n");
    }

    /**
     * An expired waiver renewed by a second entry: the finding stays waived, and neither AC-06 nor
     * lint says it counts again; an exact copy of the renewal is flagged by lint.
     */
    @Test
    void anExpiredWaiverRenewedByAnotherIsNotSaidToCountAgainAndACopyIsFlagged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        String renewed = "  - {control: HO-02, agent: infra-assistant, justification: renewed, approvedBy: marcus-olsen, expires: 2027-06-30}\n";
        Files.writeString(file, "waivers:\n  - {control: HO-02, agent: infra-assistant, justification: old, approvedBy: marcus-olsen,"
                + " expires: 2026-10-01}\n" + renewed + renewed);
        String deployment = Cli.sample("kiro-incident.yaml").toString();
        JsonNode json = new ObjectMapper().readTree(Cli.run("check", deployment, "--waivers", file.toString(), "--format", "json",
                "--as-of", AS_OF).out());
        assertThat(json.get("findings")).filteredOn(f -> f.path("control").asText().equals("HO-02"))
                .extracting(f -> f.path("waived").asBoolean()).containsExactly(true);
        assertThat(json.get("findings")).filteredOn(f -> f.path("control").asText().equals("AC-06"))
                .extracting(f -> f.path("severity").asText() + " " + f.path("message").asText())
                .containsExactly("low the waiver of HO-02 for 'infra-assistant' expired on 2026-10-01; waivers[1] of w.yaml, in force until 2027-06-30,"
                        + " covers its findings: remove the expired one");
        assertThat(Cli.runIn(Cli.WIDE, "check", deployment, "--waivers", file.toString(), "--as-of", AS_OF).out())
                .contains("\n  HO-02 for infra-assistant: expired on 2026-10-01; waivers[1] of w.yaml, in force until 2027-06-30, covers its findings:"
                        + " remove the expired one\n").doesNotContain("count again");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", deployment, "--as-of", AS_OF);
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).isEqualTo(file + ":2:101: expired: waiver of HO-02 for infra-assistant expired on 2026-10-01; the one at line 3,"
                + " in force until 2027-06-30, covers its findings: remove the expired one\n"
                + file + ":4:15: duplicate: waiver of HO-02 for infra-assistant repeats the one at line 3 (the same control, agent,"
                + " justification, approver and expiry); remove one\n3 waivers: 2 problems need attention, 0 expire within 30 days\n");
    }

    /** A waiver in force that an earlier one in force covers waives nothing, however its justification is spelt (red team). */
    @Test
    void lintNamesAWaiverThatAnEarlierOneInForceCovers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n"
                + "  - {control: HO-02, agent: infra-assistant, justification: Accepted., approvedBy: marcus-olsen, expires: 2027-06-30}\n"
                + "  - {control: HO-02, agent: infra-assistant, justification: 'Accepted. ', approvedBy: marcus-olsen, expires: 2027-06-30}\n"
                + "  - {control: HO-02, justification: accepted., approvedBy: marcus-olsen, expires: 2027-06-29}\n");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).startsWith(file + ":3:15: duplicate: waiver of HO-02 for infra-assistant waives no finding the one at line 2"
                + " does not (the same control, for the same agent, both in force); keep one\n");
    }

    /**
     * IR-05's findings are about environments: a waiver naming an agent matches none of them. The
     * check's text report lists it as waiving nothing, and lint with --deployment says so too,
     * without counting it as a problem.
     */
    @Test
    void lintListsAWaiverInForceThatMatchesNoFinding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: IR-05, agent: infra-assistant, justification: x, approvedBy: marcus-olsen,"
                + " expires: 2027-06-30}\n");
        String deployment = Cli.sample("kiro-incident.yaml").toString();
        assertThat(Cli.runIn(Cli.WIDE, "check", deployment, "--waivers", file.toString(), "--as-of", AS_OF).out())
                .contains("  IR-05 for infra-assistant: in force, but no finding of IR-05 is about infra-assistant\n");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", deployment, "--as-of", AS_OF);
        assertThat(lint.exitCode()).isZero();
        assertThat(lint.out()).isEqualTo(file + ":2:15: waives-nothing: waiver of IR-05 for infra-assistant is in force, but no finding of"
                + " IR-05 is about infra-assistant in this deployment\n1 waiver: 0 problems need attention, 0 expire within 30 days,"
                + " 1 waives nothing\n");
    }

    @Test
    void lintReportsUnknownControlsAgentsAndApprovers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: HO-99, agent: ghost, justification: x, approvedBy: nobody, expires: 2027-01-01}\n");
        Cli cli = Cli.run("waivers", "lint", file.toString(), "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains(":2:15: unknown: waiver names control 'HO-99'").contains("unknown: unknown agent 'ghost'")
                .contains("unknown: unknown person 'nobody'").contains("1 waiver: 3 problems need attention")
                .doesNotContain("waives-nothing").doesNotContain("in force");
        Cli check = Cli.run("check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains(file + ":2:15: waiver names control 'HO-99'");
    }

    @Test
    void aWaiverOfTheWholeDeploymentIsJudgedForEveryAgentItWaives(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: HO-05, justification: x, approvedBy: ingrid-halvorsen, expires: 2027-06-30}\n"
                + "  - {control: PM-04, justification: x, approvedBy: dana-chen, expires: 2027-06-30}\n");
        Cli cli = Cli.run("waivers", "lint", file.toString(), "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains(":2:52: self-approved: waiver of HO-05 for the whole deployment is approved by the owner of an agent it"
                + " waives, 'ingrid-halvorsen', for a high control; it does not apply")
                .contains(":3:52: credential-holder: waiver of PM-04 for the whole deployment is approved by 'dana-chen', whose credentials an"
                        + " agent it waives acts with; it does not apply");
        Cli check = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(check.out()).contains("the waiver of HO-05 for the whole deployment is approved by the owner of an agent it waives,"
                + " 'ingrid-halvorsen', so it does not apply").doesNotContain("'null'");
    }

    /** The owner approving under a second id of her name and no address: lint says which id she is and why, as check does. */
    @Test
    void anApproverWhoIsTheOwnerUnderAnotherIdIsNamedWithTheReason(@TempDir Path dir) throws Exception {
        Path deployment = dir.resolve("d.yaml");
        Files.writeString(deployment, """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: ops, organization: Example, owner: alice}
                people:
                  - {id: alice, name: Alice Moreau, email: alice@example.com}
                  - {id: alice-2, name: alice moreau}
                environments:
                  - {name: prod, kind: production}
                agents:
                  - id: bot
                    owner: alice
                    autonomy: autonomous
                    environments: [prod]
                    identity: {type: inherited, inheritedFrom: alice}
                    permissions:
                      - {environment: prod, actions: [read, delete]}
                """);
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: HO-01, agent: bot, justification: x, approvedBy: alice-2, expires: 2027-01-31}\n");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", deployment.toString(), "--as-of", AS_OF);
        String why = "(the %s 'alice', and the two ids have the same name and one of them no e-mail address, so nothing tells them apart)";
        assertThat(lint.out()).contains(":2:64: self-approved: waiver of HO-01 for bot is approved by the agent's own owner, 'alice-2' "
                + why.formatted("owner is") + ", for a high control; it does not apply")
                .contains(":2:64: credential-holder: waiver of HO-01 for bot is approved by 'alice-2', whose credentials the agent acts with "
                        + why.formatted("agent acts as") + "; it does not apply");
        Cli check = Cli.runIn(Cli.WIDE, "check", deployment.toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(check.out()).contains("is approved by the agent's own owner, 'alice-2' " + why.formatted("owner is") + ", so it does not apply");
    }

    /** The deployment's own risks are its owner's: IR-01, high, waived by that owner alone is void, in lint as in check (waivers red team). */
    @Test
    void theDeploymentsOwnerMayNotAcceptItsOwnHighRiskAlone(@TempDir Path dir) throws Exception {
        Path deployment = dir.resolve("d.yaml");
        Files.writeString(deployment, """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: ops, organization: Example, owner: carol}
                people:
                  - {id: carol}
                  - {id: alice}
                environments:
                  - {name: prod, kind: production}
                agents:
                  - id: bot
                    owner: alice
                    environments: [prod]
                    permissions:
                      - {environment: prod, actions: [read]}
                """);
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: IR-01, justification: x, approvedBy: carol, expires: 2027-01-31}\n");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", deployment.toString(), "--as-of", AS_OF);
        assertThat(lint.out()).contains(":2:52: self-approved: waiver of IR-01 for the whole deployment is approved by the deployment's own owner,"
                + " 'carol', for a high control of the deployment's own risks; it does not apply");
        Cli check = Cli.runIn(Cli.WIDE, "check", deployment.toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(check.out()).contains("the waiver of IR-01 for the whole deployment is approved by the deployment's own owner, 'carol', who may"
                + " not accept a high or critical risk of it alone, so it does not apply");
    }

    @Test
    void aWaiverOfTheControlThatJudgesWaiversNeverAppliesAndOneThatMatchesNothingIsShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: AC-06, justification: x, approvedBy: marcus-olsen, expires: 2027-06-30}\n"
                + "  - {control: IR-01, agent: infra-assistant, justification: x, approvedBy: marcus-olsen, expires: 2027-06-30}\n");
        Cli lint = Cli.run("waivers", "lint", file.toString(), "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(lint.exitCode()).isEqualTo(1);
        assertThat(lint.out()).contains(":2:15: not-waivable: waiver of AC-06 for the whole deployment does not apply: AC-06 judges the"
                + " waivers themselves, and its findings cannot be waived");
        Cli check = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(check.out()).contains("the waiver of AC-06 does not apply: AC-06 judges the waivers themselves, and its findings cannot be waived")
                .contains("waivers not applied\n  AC-06: AC-06 judges the waivers themselves, and its findings cannot be waived\n")
                .contains("waivers that waive nothing\n  IR-01 for infra-assistant: in force, but no finding of IR-01 is about infra-assistant\n");
    }

    /** A copy of a waiver the deployment already writes covers nothing more, and is said to be so: not to match no finding. */
    @Test
    void aSecondWaiverOfWhatAnEarlierOneWaivesIsSaidToBeCoveredByIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: PM-04, agent: infra-assistant, justification: x, approvedBy: marcus-olsen, expires: 2027-06-30}\n"
                + "  - {control: PM-04, agent: infra-assistant, justification: y, approvedBy: marcus-olsen, expires: 2027-05-31}\n");
        Cli check = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(check.out()).contains("waived until 2027-06-30")
                .contains("waivers another waiver already covers\n  PM-04 for infra-assistant: in force, but the finding it matches is waived"
                        + " by a waiver written before it\n")
                .doesNotContain("waivers that waive nothing");
    }

    /** Scoped to a framework whose clauses PM-04 does not serve, its waiver is unused by the run, not stale. */
    @Test
    void aWaiverOfAControlTheRunLeftOutIsNotSaidToWaiveNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: PM-04, agent: infra-assistant, justification: x, approvedBy: marcus-olsen, expires: 2027-06-30}\n");
        Cli all = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString(), "--as-of", AS_OF);
        assertThat(all.out()).contains("waived until 2027-06-30").doesNotContain("waivers that waive nothing");
        Cli scoped = Cli.runIn(Cli.WIDE, "check", Cli.sample("kiro-incident.yaml").toString(), "--waivers", file.toString(), "--as-of", AS_OF,
                "--framework", "eu-ai-act");
        assertThat(scoped.out()).doesNotContain("waivers that waive nothing");
    }

    @Test
    void aCleanFileLintsClean(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: PM-04, agent: infra-assistant, justification: x, approvedBy: marcus-olsen, expires: 2027-06-30}\n");
        Cli cli = Cli.run("waivers", "lint", file.toString(), "--deployment", Cli.sample("kiro-incident.yaml").toString(), "--as-of", AS_OF);
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo("1 waiver: 0 problems need attention, 0 expire within 30 days\n");
    }

    @Test
    void aMalformedWaiversFileIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "waivers:\n  - {control: PM-04, expiry: 2027-01-01}\n");
        Cli cli = Cli.run("waivers", "lint", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(file + ":2:22: unknown key 'expiry' in waiver 1 of 'waivers' (did you mean 'expires'?)");
    }

    /** Named where a deployment goes, a waivers file was read as one: eleven errors of missing sections and unknown agents. */
    @Test
    void aWaiversFileNamedAsTheDeploymentIsSaidToBeOne() {
        String expected = WAIVERS + ":6:7: this is a waivers file (kind Waivers), not a deployment description: apply it with"
                + " 'oversight check DEPLOYMENT --waivers FILE', or check it with 'oversight waivers lint FILE'\n1 problem; nothing was checked\n";
        Cli check = Cli.run("check", WAIVERS);
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo(expected);
        Cli validate = Cli.run("validate", WAIVERS);
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo(expected);
    }

    /** And the other way round: a deployment named where a waivers file goes is said to be one, in one line, not six. */
    @Test
    void aDeploymentNamedAsTheWaiversFileIsSaidToBeOne() {
        String sample = Cli.sample("platform-team.yaml").toString();
        Cli lint = Cli.run("waivers", "lint", sample);
        assertThat(lint.exitCode()).isEqualTo(2);
        assertThat(lint.err()).isEqualTo(sample + ":8:7: this is a deployment description (kind AgentDeployment), not a waivers file: the"
                + " waivers written in it are judged by 'oversight check " + sample + "' (AC-06, and the waivers section of its report);"
                + " 'waivers lint' reads a waivers file (kind Waivers), with --deployment " + sample + " to judge it against this one\n"
                + "1 problem; nothing was checked\n");
    }
}
