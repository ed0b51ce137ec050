package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Attestation;
import io.oversight.catalog.Severity;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clause statuses follow jurisdiction, role, risk tier, the as-of date and the findings. */
class CoverageTest {

    private static final String DEPLOYMENT = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata:
              name: lending
              organization: Lend Ltd
              owner: cfo
              jurisdictions: [JURISDICTION]
              euAiActRoles: [deployer]
            people:
              - {id: cfo}
            agents:
              - id: scorer
                owner: cfo
                riskTier: high
                autonomy: advisory
                useCases: [credit]
                userFacing: true
                disclosure: false
            """;

    private static Assessment assess(String jurisdiction, LocalDate asOf) throws Exception {
        return Oversight.check(CheckRequest.of().asOf(asOf), "d.yaml",
                DEPLOYMENT.replace("JURISDICTION", jurisdiction).getBytes(StandardCharsets.UTF_8)).assessment();
    }

    private static Map<String, ClauseStatus> statuses(Assessment a, String framework) {
        return a.frameworks().stream().filter(f -> f.framework().id().equals(framework)).findFirst().orElseThrow().clauses().stream()
                .collect(Collectors.toMap(c -> c.clause().id(), ClauseResult::status));
    }

    @Test
    void euClausesAreUpcomingBeforeTheirDateAndGapsAfter() throws Exception {
        Map<String, ClauseStatus> before = statuses(assess("EU", LocalDate.of(2026, 11, 25)), "eu-ai-act");
        assertThat(before).containsEntry("Art. 27(1)", ClauseStatus.UPCOMING).containsEntry("Art. 4", ClauseStatus.GAP);
        Map<String, ClauseStatus> after = statuses(assess("EU", LocalDate.of(2028, 1, 10)), "eu-ai-act");
        assertThat(after).containsEntry("Art. 27(1)", ClauseStatus.GAP).containsEntry("Art. 26(6)", ClauseStatus.GAP);
    }

    /**
     * Art. 27(1) binds a deployer of an Annex III employment agent only when it is a public body or
     * provides public services: left unstated, that is undetermined, not denied (law review: "not
     * applicable" had been reported without metadata.publicSector).
     */
    @Test
    void aFundamentalRightsAssessmentIsUndeterminedWhileThePublicSectorIsUnstated() throws Exception {
        String employment = DEPLOYMENT.replace("JURISDICTION", "EU").replace("useCases: [credit]", "useCases: [employment]");
        LocalDate due = LocalDate.of(2027, 12, 2);
        ClauseResult unstated = clause(Oversight.check(CheckRequest.of().asOf(due), "d.yaml", employment.getBytes(StandardCharsets.UTF_8))
                .assessment(), "eu-ai-act", "Art. 27(1)");
        assertThat(unstated.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(unstated.reason()).isEqualTo("the file does not say whether the organization is a body governed by public law or provides"
                + " public services, which decides whether agent scorer owes a fundamental-rights impact assessment: declare metadata.publicSector");
        String privateFirm = employment.replace("  euAiActRoles: [deployer]\n", "  euAiActRoles: [deployer]\n  publicSector: false\n");
        assertThat(privateFirm).isNotEqualTo(employment);
        assertThat(clause(Oversight.check(CheckRequest.of().asOf(due), "d.yaml", privateFirm.getBytes(StandardCharsets.UTF_8)).assessment(),
                "eu-ai-act", "Art. 27(1)").status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }

    /**
     * Roles left out are taken as provider and deployer both (the format's default): a provider's duty
     * judged so says it was assumed; with the roles written it says nothing of them (law review).
     */
    @Test
    void aProvidersDutyJudgedOnAnAssumedRoleSaysSo() throws Exception {
        String unstated = DEPLOYMENT.replace("JURISDICTION", "EU").replace("  euAiActRoles: [deployer]\n", "");
        assertThat(unstated).doesNotContain("euAiActRoles");
        ClauseResult art50 = clause(assessYaml(unstated, LocalDate.of(2026, 12, 7)), "eu-ai-act", "Art. 50(1)");
        assertThat(art50.status()).isEqualTo(ClauseStatus.GAP);
        assertThat(art50.reason()).isEqualTo("metadata.euAiActRoles is not stated, so the organization is taken to be provider and deployer"
                + " both and this provider's duty binds it");
        String stated = DEPLOYMENT.replace("JURISDICTION", "EU").replace("euAiActRoles: [deployer]", "euAiActRoles: [provider, deployer]");
        assertThat(clause(assessYaml(stated, LocalDate.of(2026, 12, 7)), "eu-ai-act", "Art. 50(1)").reason()).isNull();
    }

    /** Annex III 5(c) is life and health insurance pricing: RM-02 says so of an insurer's agent, as it does of critical infrastructure, and of no other. */
    @Test
    void anInsurersAgentIsToldThatOnlyLifeAndHealthInsuranceIsHighRisk() throws Exception {
        Assessment insurer = assessYaml(DEPLOYMENT.replace("JURISDICTION", "EU").replace("[credit]", "[insurance-pricing]")
                .replace("riskTier: high", "riskTier: limited"), LocalDate.of(2026, 12, 7));
        Finding rm02 = insurer.findings().stream().filter(f -> f.control().equals("RM-02")).findFirst().orElseThrow();
        assertThat(rm02.message()).isEqualTo("'scorer' is classified limited but is used in an EU AI Act Annex III area; it is high-risk"
                + " unless an Art. 6(3) exception applies and is documented (for insurance, only life and health insurance pricing is):"
                + " insurance-pricing");
        Assessment lender = assessYaml(DEPLOYMENT.replace("JURISDICTION", "EU").replace("riskTier: high", "riskTier: limited"), LocalDate.of(2026, 12, 7));
        assertThat(lender.findings().stream().filter(f -> f.control().equals("RM-02")).findFirst().orElseThrow().message())
                .as("no caveat for a use Annex III does not narrow").endsWith("exception applies and is documented: credit");
    }

    /**
     * TR-02 asks for a mandatory programme delivered yearly; Art. 4 as amended asks only for
     * measures that support AI literacy. A voluntary programme delivered within the year fails
     * TR-02 and meets Art. 4; none delivered, or a required one delivered too long ago, breaks both.
     */
    @Test
    void aVoluntaryLiteracyProgrammeFailsTr02ButMeetsArticle4() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 12, 5);
        Assessment voluntary = assessYaml(DEPLOYMENT.replace("JURISDICTION", "EU")
                + "governance:\n  aiLiteracy: {trainingRequired: false, lastDelivered: 2026-09-01}\n", asOf);
        Finding tr02 = voluntary.findings().stream().filter(f -> f.control().equals("TR-02")).findFirst().orElseThrow();
        assertThat(tr02.message()).isEqualTo("the organization's AI-literacy programme is voluntary: the people who run and oversee agents"
                + " need not take it: training is not required");
        assertThat(tr02.references()).extracting(r -> r.framework() + " " + r.clause())
                .as("the clauses the finding breaks").doesNotContain("eu-ai-act Art. 4").contains("nist-ai-rmf GOVERN 2.2", "iso-42001 A.4.6");
        assertThat(clause(voluntary, "eu-ai-act", "Art. 4").status()).isEqualTo(ClauseStatus.MET);
        assertThat(clause(voluntary, "nist-ai-rmf", "GOVERN 2.2").findings()).contains(tr02.fingerprint());

        for (String literacy : java.util.List.of("{trainingRequired: false}", "{trainingRequired: false, lastDelivered: 2025-09-01}",
                "{trainingRequired: true, lastDelivered: 2025-09-01}")) {
            Assessment none = assessYaml(DEPLOYMENT.replace("JURISDICTION", "EU") + "governance:\n  aiLiteracy: " + literacy + "\n", asOf);
            Finding finding = none.findings().stream().filter(f -> f.control().equals("TR-02")).findFirst().orElseThrow();
            assertThat(clause(none, "eu-ai-act", "Art. 4").status()).as(literacy).isEqualTo(ClauseStatus.GAP);
            assertThat(clause(none, "eu-ai-act", "Art. 4").findings()).as(literacy).containsExactly(finding.fingerprint());
        }
    }

    @Test
    void providerClausesDoNotBindAMereDeployer() throws Exception {
        Map<String, ClauseStatus> after = statuses(assess("EU", LocalDate.of(2028, 1, 10)), "eu-ai-act");
        assertThat(after).containsEntry("Art. 50(1)", ClauseStatus.NOT_APPLICABLE).containsEntry("Art. 14(4)(e)", ClauseStatus.NOT_APPLICABLE);
    }

    /**
     * A control whose rule binds only under a jurisdiction (RM-05 EU, RM-08 US-CA,
     * TR-04 US-CO) examined nothing elsewhere: nothing to check, not a pass.
     */
    @Test
    void aControlBoundToAJurisdictionHasNothingToCheckOutsideIt() throws Exception {
        assertThat(controlStatuses(assess("US", LocalDate.of(2026, 11, 25)))).containsEntry("RM-05", ControlStatus.NOTHING_TO_CHECK)
                .containsEntry("RM-08", ControlStatus.NOTHING_TO_CHECK).containsEntry("TR-04", ControlStatus.NOTHING_TO_CHECK);
        assertThat(controlStatuses(assess("EU", LocalDate.of(2026, 11, 25)))).containsEntry("RM-05", ControlStatus.FAIL);
        assertThat(controlStatuses(assess("US-CA", LocalDate.of(2026, 11, 25)))).containsEntry("RM-08", ControlStatus.FAIL)
                .containsEntry("TR-04", ControlStatus.NOTHING_TO_CHECK);
        assertThat(controlStatuses(assess("US-CO", LocalDate.of(2026, 11, 25)))).containsEntry("TR-04", ControlStatus.FAIL);
        // A provider that does not deploy is held to the control too; Art. 27(1), which binds deployers, is not applicable to it.
        Assessment provider = assessYaml(DEPLOYMENT.replace("JURISDICTION", "EU").replace("[deployer]", "[provider]"), LocalDate.of(2026, 11, 25));
        assertThat(controlStatuses(provider)).containsEntry("RM-05", ControlStatus.FAIL);
        assertThat(statuses(provider, "eu-ai-act")).containsEntry("Art. 27(1)", ClauseStatus.NOT_APPLICABLE);
    }

    /** A gate of one approval is the human approval OWASP ASI03 asks for: HO-02 then breaks NIST's two-person clauses, not ASI03. */
    @Test
    void oneApprovalMeetsAsi03WhileTheTwoPersonRuleStillFails() throws Exception {
        String deployment = US_HEADER + """
                people:
                  - {id: cfo}
                  - {id: ana, roles: [sre]}
                  - {id: ben, roles: [sre]}
                environments:
                  - {name: prod, kind: production CRITICALITY}
                agents:
                  - id: cleaner
                    owner: cfo
                    autonomy: autonomous
                    permissions:
                      - {environment: prod, actions: [delete], resources: ["bucket/tmp/*"], justification: cleans up, lastReviewed: 2026-11-01}
                    GATES
                """;
        String gate = "checkpoints:\n      - {name: gate, environments: [prod], actions: [delete], approvals: 1, approverRoles: [sre],"
                + " independentOfRequester: true, onTimeout: deny}";
        for (String criticality : List.of(", criticality: critical", "")) {
            Assessment gated = assessYaml(deployment.replace("CRITICALITY", criticality).replace("GATES", gate), LocalDate.of(2026, 12, 5));
            Finding ho02 = gated.findings().stream().filter(f -> f.control().equals("HO-02")).findFirst().orElseThrow();
            assertThat(ho02.severity()).as(criticality).isEqualTo(criticality.isEmpty() ? Severity.HIGH : Severity.CRITICAL);
            assertThat(ho02.references()).as(criticality).extracting(r -> r.clause()).contains("AC-3(2)", "CM-5(4)").doesNotContain("ASI03");
            Assessment ungated = assessYaml(deployment.replace("CRITICALITY", criticality).replace("GATES", ""), LocalDate.of(2026, 12, 5));
            Finding alone = ungated.findings().stream().filter(f -> f.control().equals("HO-02")).findFirst().orElseThrow();
            assertThat(alone.severity()).as(criticality).isEqualTo(ho02.severity());
            assertThat(alone.references()).as(criticality).extracting(r -> r.clause()).contains("ASI03");
        }
    }

    /**
     * A tool run with another's credentials and asked of one person, by the platform (kagent's
     * requireApproval) or by the agent's own runtime (Claude Code's ask), is one approval: HO-02's
     * two-person clauses are broken, ASI03's human approval is met.
     */
    @Test
    void aToolRunWithAnothersCredentialsAskedOfOnePersonIsOneApproval() throws Exception {
        for (String fixture : List.of("HO-02/fail-runtime-tool-runs-as-another-one-approval.yaml",
                "HO-02/fail-runtime-tool-runs-as-another-asked-by-its-runtime.yaml")) {
            Finding finding = ho02(Fixtures.assess(Fixtures.root().resolve(fixture)));
            assertThat(finding.references()).as(fixture).extracting(r -> r.clause()).contains("AC-3(2)").doesNotContain("ASI03");
        }
        Finding runtime = ho02(Fixtures.assess(Fixtures.root().resolve("HO-02/fail-runtime-tool-runs-as-another-asked-by-its-runtime.yaml")));
        assertThat(runtime.items()).anySatisfy(item -> assertThat(item).contains("mcp__platform__delete_stack (ask, by the agent's own runtime)"));
    }

    private static Finding ho02(Assessment assessment) {
        return assessment.findings().stream().filter(f -> f.control().equals("HO-02")).findFirst().orElseThrow();
    }

    /** Change management (NIST CM-3, SOC 2 CC8.1) is broken by an ungated deploy or update, not by an ungated send. */
    @Test
    void anUngatedSendBreaksHumanOversightButNotChangeManagement() throws Exception {
        Assessment send = assessYaml(mailer("send", ""), LocalDate.of(2026, 12, 5));
        Finding ho01 = send.findings().stream().filter(f -> f.control().equals("HO-01")).findFirst().orElseThrow();
        assertThat(ho01.references()).extracting(r -> r.framework() + " " + r.clause())
                .contains("nist-ai-rmf GOVERN 3.2", "owasp-agentic-2026 ASI02").doesNotContain("nist-800-53 CM-3", "soc2 CC8.1");
        assertThat(clause(send, "nist-800-53", "CM-3").findings()).doesNotContain(ho01.fingerprint());
        assertThat(clause(send, "soc2", "CC8.1").findings()).doesNotContain(ho01.fingerprint());
        Assessment deploy = assessYaml(mailer("deploy", ""), LocalDate.of(2026, 12, 5));
        Finding deployed = deploy.findings().stream().filter(f -> f.control().equals("HO-01")).findFirst().orElseThrow();
        assertThat(clause(deploy, "nist-800-53", "CM-3").status()).isEqualTo(ClauseStatus.GAP);
        assertThat(clause(deploy, "nist-800-53", "CM-3").findings()).contains(deployed.fingerprint());
        assertThat(clause(deploy, "soc2", "CC8.1").findings()).contains(deployed.fingerprint());
        // An agent that can send but change nothing gives change control nothing to examine: not "met" by a gate on sends
        // (the claims review: CM-3 and CC8.1 were met when HO-01's only subjects held verbs that change no configuration).
        assertThat(changeControl(send)).allSatisfy(result -> {
            assertThat(result.status()).as(result.clause().id()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
            assertThat(result.reason()).as(result.clause().id()).isEqualTo("nothing it binds: no agent holds a verb that changes the system"
                    + " (deploy, update, delete, grant, admin, execute or \"*\") in production or under a change freeze, nor runs with a runtime"
                    + " configuration whose tools could");
        });
    }

    /**
     * A US deployment of one autonomous agent, mailer, owned by a finance lead and holding {@code actions} on the mail
     * service in production, its entry ending with {@code more} (its checkpoints, say).
     */
    private static String mailer(String actions, String more) {
        return US_HEADER + """
                people:
                  - {id: cfo, roles: [finance-lead]}
                environments:
                  - {name: prod, kind: production, criticality: high}
                agents:
                  - id: mailer
                    owner: cfo
                    autonomy: autonomous
                    permissions:
                      - {environment: prod, actions: [ACTIONS], resources: ["service/mail"], justification: sends mail, lastReviewed: 2026-11-01}
                """.replace("ACTIONS", actions) + more;
    }

    /** A clause met beside a control of it that fails says why: an ungated send breaks HO-01, not change control, when deploys wait. */
    @Test
    void aClauseMetBesideAFailingControlSaysWhy() throws Exception {
        Assessment a = assessYaml(mailer("send, deploy", """
                    checkpoints:
                      - {name: deploys, environments: [prod], actions: [deploy], approvals: 1, approverRoles: [finance-lead], timeoutMinutes: 60,
                         onTimeout: deny, enforcement: platform}
                """), LocalDate.of(2026, 12, 5));
        assertThat(a.findings()).extracting(Finding::control).contains("HO-01");
        String why = "met: the open findings of HO-01 do not break it (for the verbs that change the system: every high-impact verb but send and pay)";
        assertThat(changeControl(a)).allSatisfy(result -> {
            assertThat(result.status()).as(result.clause().id()).isEqualTo(ClauseStatus.MET);
            assertThat(result.reason()).as(result.clause().id()).isEqualTo(why);
        });
    }

    /**
     * An agent that declares no environments and holds permissions only outside production is not
     * judged by PM-03: nothing to check, and its least-privilege clause undetermined, not met.
     */
    @Test
    void permissionsOfAnAgentWithoutEnvironmentsOutsideProductionAreNotJudgedAgainstItsJob() throws Exception {
        Assessment a = assessYaml(US_HEADER + """
                people:
                  - {id: cfo}
                environments:
                  - {name: staging, kind: staging}
                agents:
                  - id: helper
                    owner: cfo
                    autonomy: advisory
                    identity: {type: dedicated, principal: svc-helper, credentialTtlMinutes: 60}
                    permissions:
                      - {environment: staging, actions: [read], resources: ["arn:aws:s3:::test-data/*"], justification: reads test data,
                         lastReviewed: 2026-11-01}
                """, LocalDate.of(2026, 12, 5));
        assertThat(a.findings()).extracting(Finding::control).doesNotContain("PM-01", "PM-02", "PM-05", "PM-06");
        assertThat(controlStatuses(a)).containsEntry("PM-03", ControlStatus.NOTHING_TO_CHECK);
        ClauseResult leastPrivilege = clause(a, "nist-800-53", "AC-6");
        assertThat(leastPrivilege.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(leastPrivilege.reason()).endsWith("agent helper does not state the environments its job needs, against which its"
                + " permissions are judged: declare environments");
    }

    /**
     * A change freeze binds only agents that could change something under it: with none holding a
     * high-impact verb in the frozen environment, HO-07 has nothing to check, and CM-5 (HO-07's alone)
     * is not met by a freeze nobody could break.
     */
    @Test
    void aFreezeNoAgentCouldBreakLeavesHo07NothingToCheck() throws Exception {
        String deployment = US_HEADER + """
                people:
                  - {id: cfo}
                environments:
                  - {name: prod, kind: production, criticality: low, changeFreeze: true}
                agents:
                  - id: helper
                    owner: cfo
                    autonomy: advisory
                    environments: [prod]
                    identity: {type: dedicated, principal: svc-helper, credentialTtlMinutes: 60}
                    permissions:
                      - {environment: prod, actions: [ACTIONS], resources: ["arn:aws:s3:::reports/*"], justification: reads reports,
                         lastReviewed: 2026-11-01}
                """;
        Assessment reads = assessYaml(deployment.replace("ACTIONS", "read"), LocalDate.of(2026, 12, 5));
        assertThat(controlStatuses(reads)).containsEntry("HO-07", ControlStatus.NOTHING_TO_CHECK);
        ClauseResult cm5 = clause(reads, "nist-800-53", "CM-5");
        // Change control binds without a freeze too: the rule judged nothing of it, so it is not assessed, not inapplicable.
        assertThat(cm5.status()).isEqualTo(ClauseStatus.NOT_ASSESSED);
        assertThat(cm5.reason()).isEqualTo("nothing its controls judge: no agent holds a high-impact verb in an environment under a change freeze;"
                + " no rule judges change control outside a freeze");
        Assessment deletes = assessYaml(deployment.replace("ACTIONS", "read, delete"), LocalDate.of(2026, 12, 5));
        assertThat(controlStatuses(deletes)).containsEntry("HO-07", ControlStatus.FAIL);
    }

    /**
     * PM-08 compares what an agent can do with what its entries write: with nothing imported,
     * borrowed or reached through a role there is nothing to compare, and an operator whose
     * permissions the file leaves out is said to be missing, not passed.
     */
    @Test
    void rightsBeyondTheWrittenOnesAreWhatPm08Checks() throws Exception {
        String deployment = US_HEADER + """
                people:
                  - {id: cfo}
                  - {id: alice, PERMISSIONS}
                environments:
                  - {name: staging, kind: staging}
                agents:
                  - id: helper
                    owner: cfo
                    autonomy: advisory
                    environments: [staging]
                    identity: IDENTITY
                    permissions:
                      - {environment: staging, actions: [read], resources: ["arn:aws:s3:::test-data/*"], justification: reads test data,
                         lastReviewed: 2026-11-01}
                """;
        String own = "{type: dedicated, principal: svc-helper, credentialTtlMinutes: 60}";
        String alices = "{type: inherited, inheritedFrom: alice}";
        String none = "permissions: []";
        String some = "permissions: [{environment: staging, actions: [read], resources: [\"arn:aws:s3:::test-data/*\"], justification: j,"
                + " lastReviewed: 2026-11-01}]";
        assertThat(controlStatuses(assessYaml(deployment.replace("IDENTITY", own).replace("PERMISSIONS", none), LocalDate.of(2026, 12, 5))))
                .containsEntry("PM-08", ControlStatus.NOTHING_TO_CHECK);
        Assessment unknownOperator = assessYaml(deployment.replace("IDENTITY", alices).replace("PERMISSIONS", none), LocalDate.of(2026, 12, 5));
        assertThat(controlStatuses(unknownOperator)).containsEntry("PM-08", ControlStatus.NOTHING_TO_CHECK);
        assertThat(clause(unknownOperator, "nist-800-53", "AC-6(7)").reason()).contains("agent helper does not state what the person whose"
                + " credentials it uses may do: declare that person's permissions");
        assertThat(controlStatuses(assessYaml(deployment.replace("IDENTITY", alices).replace("PERMISSIONS", some), LocalDate.of(2026, 12, 5))))
                .containsEntry("PM-08", ControlStatus.PASS);
    }

    /** Art. 86 leaves out Annex III point 2: an agent used only for critical infrastructure owes no explanation under it. */
    @Test
    void art86LeavesOutCriticalInfrastructure() throws Exception {
        String deployment = """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: d, organization: O, owner: cfo, jurisdictions: [EU], euAiActRoles: [deployer]}
                people:
                  - {id: cfo}
                environments:
                  - {name: staging, kind: staging}
                agents:
                  - id: grid
                    owner: cfo
                    autonomy: advisory
                    riskTier: high
                    useCases: [USES]
                    euAiAct: {route: annex-iii}
                    decisions: {aboutPeople: true}
                    identity: {type: dedicated, principal: svc-grid, credentialTtlMinutes: 60}
                """;
        ClauseResult gridOnly = clause(assessYaml(deployment.replace("USES", "critical-infrastructure"), LocalDate.of(2027, 12, 2)), "eu-ai-act",
                "Art. 86");
        assertThat(gridOnly.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        ClauseResult credit = clause(assessYaml(deployment.replace("USES", "critical-infrastructure, credit"), LocalDate.of(2027, 12, 2)),
                "eu-ai-act", "Art. 86");
        assertThat(credit.status()).isNotEqualTo(ClauseStatus.NOT_APPLICABLE);
    }

    /** The start of the small US deployments these tests write out, whose owner is cfo. */
    private static final String US_HEADER = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: d, organization: O, owner: cfo, jurisdictions: [US]}
            """;

    private static Map<String, ControlStatus> controlStatuses(Assessment assessment) {
        return assessment.controls().stream().collect(java.util.stream.Collectors.toMap(c -> c.control().id(), ControlResult::status));
    }

    @Test
    void euFrameworksDoNotApplyOutsideTheEu() throws Exception {
        Assessment us = assess("US", LocalDate.of(2026, 11, 25));
        FrameworkResult eu = us.frameworks().stream().filter(f -> f.framework().id().equals("eu-ai-act")).findFirst().orElseThrow();
        assertThat(eu.applicable()).isFalse();
        assertThat(eu.score()).isNull();
        assertThat(eu.attestations()).isEmpty();
        assertThat(eu.clauses()).allMatch(c -> c.status() == ClauseStatus.NOT_APPLICABLE);
        assertThat(statuses(us, "nist-ai-rmf")).containsEntry("GOVERN 1.6", ClauseStatus.NEEDS_ATTESTATION);
    }

    /**
     * An upcoming clause names the open findings that would make it a gap on its day; one that once
     * in force would bind nothing its controls examine (a private employer and Art. 27(1), which
     * binds public bodies and those who score credit or price insurance) is not applicable today.
     */
    @Test
    void anUpcomingClauseNamesWhatWouldBreakItAndOneThatWillBindNothingIsNotApplicable() throws Exception {
        Assessment before = assess("EU", LocalDate.of(2026, 11, 25));
        Finding rm05 = before.findings().stream().filter(f -> f.control().equals("RM-05")).findFirst().orElseThrow();
        ClauseResult art27 = clause(before, "eu-ai-act", "Art. 27(1)");
        assertThat(art27.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(art27.appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(art27.findings()).containsExactly(rm05.fingerprint());

        String privateEmployer = DEPLOYMENT.replace("JURISDICTION", "EU").replace("[credit]", "[employment]")
                .replace("  euAiActRoles: [deployer]\n", "  euAiActRoles: [deployer]\n  publicSector: false\n");
        Assessment employer = assessYaml(privateEmployer, LocalDate.of(2026, 11, 25));
        ClauseResult notBound = clause(employer, "eu-ai-act", "Art. 27(1)");
        assertThat(notBound.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(notBound.reason()).isEqualTo("nothing to check among the high-risk agents: no high-risk agent"
                + " under the EU AI Act scores credit, prices insurance or serves a public-sector organization in an Annex III area"
                + " other than critical infrastructure");
        assertThat(clause(assessYaml(privateEmployer, LocalDate.of(2027, 12, 3)),
                "eu-ai-act", "Art. 27(1)")).as("the same once in force").isEqualTo(notBound);
    }

    @Test
    void aGapNamesTheFindingsBehindIt() throws Exception {
        Assessment a = assess("EU", LocalDate.of(2028, 1, 10));
        ClauseResult art27 = a.frameworks().get(0).clauses().stream().filter(c -> c.clause().id().equals("Art. 27(1)")).findFirst().orElseThrow();
        Finding rm05 = a.findings().stream().filter(f -> f.control().equals("RM-05")).findFirst().orElseThrow();
        assertThat(art27.findings()).containsExactly(rm05.fingerprint());
        assertThat(art27.controls()).containsExactly("RM-05");
    }

    @Test
    void theScoreIsTheShareOfAssessedClausesMetAndTheOtherShareWhatWasAssessed() throws Exception {
        for (FrameworkResult f : assess("EU", LocalDate.of(2028, 1, 10)).frameworks()) {
            long met = f.count(ClauseStatus.MET);
            long assessed = met + f.count(ClauseStatus.GAP);
            long due = f.clauses().size() - f.count(ClauseStatus.UPCOMING) - f.count(ClauseStatus.NOT_APPLICABLE);
            assertThat(f.score()).isEqualTo(assessed == 0 ? null : (double) met / assessed);
            assertThat(f.assessedShare()).isEqualTo(due == 0 ? null : (double) assessed / due);
        }
        FrameworkResult agentic = framework(assess("EU", LocalDate.of(2028, 1, 10)), "owasp-agentic-2026");
        assertThat(agentic.count(ClauseStatus.NOT_ASSESSED)).isEqualTo(7);
        // ASI03 a gap; ASI02 undetermined, not met: the scorer states no permissions, so its least privilege went unjudged.
        assertThat(agentic.count(ClauseStatus.UNDETERMINED)).isEqualTo(1);
        assertThat(clause(assess("EU", LocalDate.of(2028, 1, 10)), "owasp-agentic-2026", "ASI02").reason()).isEqualTo("met for the agents it examined,"
                + " but agent scorer does not state what it may do: declare its permissions (written, imported from an IAM policy or RBAC,"
                + " or borrowed through its identity)");
        assertThat(agentic.score()).isEqualTo(0.0);
        assertThat(agentic.assessedShare()).isEqualTo(0.1);
    }

    private static FrameworkResult framework(Assessment a, String id) {
        return a.frameworks().stream().filter(f -> f.framework().id().equals(id)).findFirst().orElseThrow();
    }

    /** NIST CM-3 and SOC 2 CC8.1, the change-control clauses HO-01 serves. */
    private static List<ClauseResult> changeControl(Assessment a) {
        return List.of(clause(a, "nist-800-53", "CM-3"), clause(a, "soc2", "CC8.1"));
    }

    private static ClauseResult clause(Assessment a, String framework, String id) {
        return framework(a, framework).clauses().stream().filter(c -> c.clause().id().equals(id)).findFirst().orElseThrow();
    }

    private static Assessment assessYaml(String yaml, LocalDate asOf) throws Exception {
        return Oversight.check(CheckRequest.of().asOf(asOf), "d.yaml", yaml.getBytes(StandardCharsets.UTF_8)).assessment();
    }

    /** A deployment in the EU whose agents are given as YAML list items. */
    private static String eu(String roles, String agents) {
        return """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: d, organization: O, owner: cfo, jurisdictions: [EU], euAiActRoles: [ROLES]}
                people:
                  - {id: cfo}
                agents:
                AGENTS""".replace("ROLES", roles).replace("AGENTS", agents.indent(2));
    }

    private static final String LOGGED = "logging: {enabled: true, events: [prompts, tool-calls, approvals, outputs], retentionDays: 200, "
            + "attribution: agent}";

    /** The practices the 2026 amendment bans bind from 2026-12-02: judged from the uses an agent names, and attested for what no field shows. */
    @Test
    void thePracticesBannedFromDecember2026AreJudgedFromUsesAndAttested() throws Exception {
        ClauseResult before = clause(assess("EU", LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 5(1)(ba)-(bb)");
        assertThat(before.status()).isEqualTo(ClauseStatus.UPCOMING);
        Assessment after = assess("EU", LocalDate.of(2026, 12, 2));
        ClauseResult attested = clause(after, "eu-ai-act", "Art. 5(1)(ba)-(bb)");
        assertThat(attested.status()).isEqualTo(ClauseStatus.NEEDS_ATTESTATION);
        assertThat(attested.reason()).isEqualTo("its controls found nothing wrong, but part of it no field can show: ATT-EU-5-1-BA-BB needs"
                + " a person to confirm it");
        assertThat(framework(after, "eu-ai-act").attestations()).extracting(Attestation::id).contains("ATT-EU-5-1-BA-BB");
        // A use the amendment bans breaks its own points, not the eight of Art. 5(1).
        Assessment banned = Oversight.check(CheckRequest.of().asOf(LocalDate.of(2026, 12, 2)), "d.yaml",
                DEPLOYMENT.replace("JURISDICTION", "EU").replace("[credit]", "[credit, child-sexual-abuse-material]")
                        .getBytes(StandardCharsets.UTF_8)).assessment();
        assertThat(clause(banned, "eu-ai-act", "Art. 5(1)(ba)-(bb)").status()).isEqualTo(ClauseStatus.GAP);
        assertThat(clause(banned, "eu-ai-act", "Art. 5(1)").status()).as("found nothing wrong among the uses stated, and attested beyond them")
                .isEqualTo(ClauseStatus.NEEDS_ATTESTATION);
        assertThat(clause(banned, "eu-ai-act", "Art. 5(1)").reason()).isEqualTo("its controls found nothing wrong, but part of it no field can"
                + " show: ATT-EU-5-1 needs a person to confirm it");
    }

    /** Art. 50(2) binds providers of agents that generate content, and only a person can say their outputs are marked. */
    @Test
    void markingGeneratedContentBindsProvidersOfContentGeneratingAgents() throws Exception {
        String writer = "- {id: writer, owner: cfo, riskTier: limited, useCases: [content-generation], autonomy: advisory}";
        ClauseResult provider = clause(assessYaml(eu("provider", writer), LocalDate.of(2026, 12, 5)), "eu-ai-act", "Art. 50(2)");
        assertThat(provider.status()).isEqualTo(ClauseStatus.NEEDS_ATTESTATION);
        assertThat(provider.reason()).isEqualTo("no field of the deployment format can show it; a human confirms it");
        ClauseResult deployer = clause(assessYaml(eu("deployer", writer), LocalDate.of(2026, 12, 5)), "eu-ai-act", "Art. 50(2)");
        assertThat(deployer.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        ClauseResult noWriter = clause(assessYaml(eu("provider", writer.replace("content-generation", "customer-service")),
                LocalDate.of(2026, 12, 5)), "eu-ai-act", "Art. 50(2)");
        assertThat(noWriter.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(noWriter.reason()).isEqualTo("nothing it binds: no agent is used for content generation");
    }

    @Test
    void aClauseWhoseControlsFindNothingToExamineIsNotApplicableWithItsReason() throws Exception {
        Assessment unstated = assess("EU", LocalDate.of(2028, 1, 10));
        // Personal data left unstated is not personal data denied (red team: a screener had passed GDPR as not applicable).
        assertThat(clause(unstated, "gdpr", "Art. 35").status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(clause(unstated, "gdpr", "Art. 35").reason())
                .isEqualTo("agent scorer does not state whether it handles personal data: declare dataAccess.personalData");
        Assessment a = assessYaml(DEPLOYMENT.replace("JURISDICTION", "EU").replace("    disclosure: false", "    disclosure: false\n    dataAccess: {personalData: false}"),
                LocalDate.of(2028, 1, 10));
        ClauseResult dpia = clause(a, "gdpr", "Art. 35");
        assertThat(dpia.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(dpia.reason()).isEqualTo("nothing to check: no agent handles personal data");
        assertThat(framework(a, "gdpr").attestations()).isEmpty();
        ClauseResult residualRisks = clause(a, "nist-ai-rmf", "MANAGE 1.4");
        assertThat(residualRisks.status()).as("residual risks are documented whether or not any is waived").isEqualTo(ClauseStatus.NOT_ASSESSED);
        assertThat(residualRisks.reason()).isEqualTo("nothing its controls judge: no waiver; no rule judges how risks that no waiver accepts are recorded");
    }

    @Test
    void aClauseIsMetOnlyWhenAControlExaminedASubjectItBinds() throws Exception {
        String disclosed = "- {id: chat, owner: cfo, riskTier: limited, autonomy: advisory, userFacing: true, disclosure: true}";
        ClauseResult art50 = clause(assessYaml(eu("provider", disclosed), LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 50(1)");
        assertThat(art50.status()).isEqualTo(ClauseStatus.MET);
        assertThat(art50.reason()).isNull();
    }

    @Test
    void highRiskClausesLookOnlyAtTheHighRiskAgentsSubjects() throws Exception {
        String agents = """
                - {id: scorer, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, dataAccess: {personalData: false}, LOGGED}
                - {id: mailer, owner: cfo, riskTier: minimal, autonomy: advisory, dataAccess: {personalData: true}}
                """.replace("LOGGED", LOGGED);
        Assessment a = assessYaml(eu("deployer", agents), LocalDate.of(2028, 1, 10));
        ClauseResult art26 = clause(a, "eu-ai-act", "Art. 26(9)");
        assertThat(art26.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(art26.reason()).isEqualTo("nothing to check among the high-risk agents: no agent handles personal data");
        assertThat(clause(a, "gdpr", "Art. 35").status()).isEqualTo(ClauseStatus.GAP);
        assertThat(clause(a, "eu-ai-act", "Art. 26(6)").status()).isEqualTo(ClauseStatus.MET);
    }

    @Test
    void anUnclassifiedAgentLeavesHighRiskClausesUndetermined() throws Exception {
        String unclassified = "- {id: helper, owner: cfo, autonomy: advisory, LOGGED}".replace("LOGGED", LOGGED);
        ClauseResult alone = clause(assessYaml(eu("deployer", unclassified), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)");
        assertThat(alone.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(alone.reason()).isEqualTo("binds high-risk systems only, and agent helper has no riskTier");
        assertThat(alone.status().due()).isTrue();
        String beside = unclassified + "\n- {id: scorer, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, LOGGED}"
                .replace("LOGGED", LOGGED);
        ClauseResult mixed = clause(assessYaml(eu("deployer", beside), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)");
        assertThat(mixed.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(mixed.reason()).isEqualTo("met for the high-risk agents, but agent helper has no riskTier");
        ClauseResult later = clause(assessYaml(eu("deployer", unclassified), LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 26(6)");
        assertThat(later.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(later.reason()).isEqualTo("applies from 2027-12-02; whether it will bind is undetermined: it binds high-risk systems only, "
                + "and agent helper has no riskTier");
    }

    @Test
    void anAgentClassifiedLimitedOrMinimalBesideAnAnnexIiiUseLeavesHighRiskClausesUndetermined() throws Exception {
        String contested = "- {id: screener, owner: cfo, riskTier: minimal, useCases: [employment], autonomy: advisory, LOGGED}".replace("LOGGED", LOGGED);
        Assessment a = assessYaml(eu("deployer", contested), LocalDate.of(2028, 1, 10));
        ClauseResult art26 = clause(a, "eu-ai-act", "Art. 26(6)");
        assertThat(art26.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(art26.reason()).isEqualTo("binds high-risk systems only, and agent screener is classified limited or minimal"
                + " but used in an Annex III area (RM-02)");
        String plain = "- {id: writer, owner: cfo, riskTier: minimal, useCases: [content-generation], autonomy: advisory, LOGGED}".replace("LOGGED", LOGGED);
        assertThat(clause(assessYaml(eu("deployer", plain), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)").status())
                .isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }

    @Test
    void aClauseWhoseControlsFoundNothingWrongStillNeedsItsOpenAttestation() throws Exception {
        String agents = """
                - {id: scorer, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, LOGGED}
                """.replace("LOGGED", LOGGED);
        String yaml = eu("deployer", agents).replace("people:", """
                governance:
                  incidentResponse: {plan: true, coversAiAgents: true, contact: ir@example.com, regulatorReportingDays: 10}
                people:""");
        ClauseResult art26 = clause(assessYaml(yaml, LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(5)");
        assertThat(art26.controls()).contains("IR-01");
        assertThat(art26.findings()).isEmpty();
        assertThat(art26.status()).isEqualTo(ClauseStatus.NEEDS_ATTESTATION);
        assertThat(art26.reason()).isEqualTo("its controls found nothing wrong, but part of it no field can show: ATT-EU-26-5 needs a person to confirm it");
        // Art. 73's 15 days bind the provider: a provider and deployer late for them breaks Art. 73, and Art. 26(5) as a deployer-only one would.
        Assessment both = assessYaml(yaml.replace("regulatorReportingDays: 10", "regulatorReportingDays: 30")
                .replace("euAiActRoles: [deployer]", "euAiActRoles: [provider, deployer]"), LocalDate.of(2028, 1, 10));
        Finding late = both.findings().stream().filter(f -> f.control().equals("IR-01")).findFirst().orElseThrow();
        assertThat(clause(both, "eu-ai-act", "Art. 73(2)-(4)").findings()).containsExactly(late.fingerprint());
        assertThat(clause(both, "eu-ai-act", "Art. 26(5)").status()).isEqualTo(ClauseStatus.NEEDS_ATTESTATION);
    }

    @Test
    void aClauseOnOverseeingAgentsIsNotAssessedNotInapplicableWhenNoAgentActsAlone() throws Exception {
        String agents = """
                - {id: scorer, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, LOGGED}
                """.replace("LOGGED", LOGGED);
        Assessment a = assessYaml(eu("provider", agents), LocalDate.of(2028, 1, 10));
        ClauseResult stop = clause(a, "eu-ai-act", "Art. 14(4)(e)");
        assertThat(stop.status()).isEqualTo(ClauseStatus.NOT_ASSESSED);
        assertThat(stop.reason()).isEqualTo("nothing its controls judge among the high-risk agents: no agent acts alone;"
                + " no rule judges it for the other agents");
        assertThat(clause(a, "nist-ai-rmf", "MANAGE 2.4").status()).isEqualTo(ClauseStatus.NOT_ASSESSED);
        // A class that scopes the clause itself still makes it not applicable, once the file says what settles it.
        Assessment stated = assessYaml(eu("provider", agents.replace("autonomy: advisory,", "autonomy: advisory, dataAccess: {personalData: false},")),
                LocalDate.of(2028, 1, 10));
        assertThat(clause(stated, "gdpr", "Art. 35").status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }

    /** Art. 14(4)(e) asks for a stop that halts the system; HO-05's 90-day test is its own bar: a stop not tested lately is no gap in it. */
    @Test
    void aStopNotTestedLatelyFailsHo05ButMeetsArticle14_4_e() throws Exception {
        String agent = """
                - {id: scorer, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: autonomous, LOGGED,
                   guardrails: {killSwitch: {available: true, haltsInFlight: true, lastTested: 2027-01-10}}}
                """.replace("LOGGED", LOGGED);
        Assessment a = assessYaml(eu("provider", agent), LocalDate.of(2028, 1, 10));
        // Nor is one that names no owner: the article asks for the means to stop, not who holds them.
        assertThat(a.findings()).filteredOn(f -> f.control().equals("HO-05")).singleElement()
                .satisfies(f -> assertThat(f.items()).containsExactly("no owner", "not tested within 90 days"));
        assertThat(clause(a, "eu-ai-act", "Art. 14(4)(e)").status()).isEqualTo(ClauseStatus.MET);
        Assessment stuck = assessYaml(eu("provider", agent.replace("haltsInFlight: true", "haltsInFlight: false")), LocalDate.of(2028, 1, 10));
        assertThat(clause(stuck, "eu-ai-act", "Art. 14(4)(e)").status()).isEqualTo(ClauseStatus.GAP);
        Assessment neverTested = assessYaml(eu("provider", agent.replace(", lastTested: 2027-01-10", "")), LocalDate.of(2028, 1, 10));
        assertThat(clause(neverTested, "eu-ai-act", "Art. 14(4)(e)").status()).as("a stop only declared, never tested").isEqualTo(ClauseStatus.GAP);
    }

    @Test
    void aClauseNarrowerThanItsControlsBindsOnlyItsKindOfAgent() throws Exception {
        // GDPR Art. 22: decisions no person takes. TR-06 judges every agent that decides about people.
        String advisory = "- {id: scorer, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, useCases: [credit], LOGGED}";
        Assessment advised = assessYaml(eu("deployer", advisory.replace("LOGGED", LOGGED)), LocalDate.of(2026, 12, 5));
        assertThat(advised.findings()).anyMatch(f -> f.control().equals("TR-06"));
        ClauseResult art22 = clause(advised, "gdpr", "Art. 22");
        assertThat(art22.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(art22.reason()).isEqualTo("nothing it binds: no agent takes decisions about people on its own");
        String alone = advisory.replace("advisory", "autonomous");
        ClauseResult decided = clause(assessYaml(eu("deployer", alone.replace("LOGGED", LOGGED)), LocalDate.of(2026, 12, 5)), "gdpr", "Art. 22");
        assertThat(decided.status()).isEqualTo(ClauseStatus.GAP);
        assertThat(decided.controls()).contains("TR-06");
        // Art. 14(5): remote biometric identification only.
        String biometric = "- {id: gate, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, useCases: [biometric-identification], LOGGED}";
        ClauseResult twoPeople = clause(assessYaml(eu("provider", biometric.replace("LOGGED", LOGGED)), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 14(5)");
        assertThat(twoPeople.status()).isEqualTo(ClauseStatus.NOT_ASSESSED);
        ClauseResult elsewhere = clause(assessYaml(eu("provider", advisory.replace("LOGGED", LOGGED)), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 14(5)");
        assertThat(elsewhere.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(elsewhere.reason()).isEqualTo("nothing it binds: no agent is used for biometric identification");
    }

    @Test
    void aClauseMetForSomeAgentsIsUndeterminedWhileOthersLeaveOutWhatWouldMakeThemSubjects() throws Exception {
        // A tier other than unacceptable says nothing of what an agent is used for: Art. 5(1) is judged from uses.
        String tierOnly = "- {id: planner, owner: cfo, riskTier: high, autonomy: advisory, userFacing: false, LOGGED}".replace("LOGGED", LOGGED);
        ClauseResult prohibited = clause(assessYaml(eu("deployer", tierOnly), LocalDate.of(2026, 12, 5)), "eu-ai-act", "Art. 5(1)");
        assertThat(prohibited.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(prohibited.reason()).isEqualTo("agent planner does not state what it is used for: declare useCases");
        String disclosed = "- {id: chat, owner: cfo, riskTier: limited, useCases: [customer-service], autonomy: advisory, userFacing: true,"
                + " disclosure: true}";
        String silent = "- {id: mailer, owner: cfo, riskTier: limited, useCases: [content-generation], autonomy: advisory}";
        ClauseResult art50 = clause(assessYaml(eu("provider", disclosed + "\n" + silent), LocalDate.of(2026, 12, 5)), "eu-ai-act", "Art. 50(1)");
        assertThat(art50.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(art50.reason()).isEqualTo("met for the agents it examined, but agent mailer does not state whether it talks to members"
                + " of the public or customers: declare userFacing");
    }

    @Test
    void aHighRiskClauseBindsEachAgentFromTheDateOfItsRoute() throws Exception {
        String agents = """
                - {id: screener, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory, LOGGED}
                - {id: brake, owner: cfo, riskTier: high, euAiAct: {route: annex-i}, autonomy: advisory, LOGGED}
                """.replace("LOGGED", LOGGED);
        ClauseResult before = clause(assessYaml(eu("deployer", agents), LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 26(6)");
        assertThat(before.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(before.appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(before.reason()).isEqualTo("applies from 2027-12-02 for agent screener (Annex III); from 2028-08-02 for agent brake (Annex I)");
        ClauseResult between = clause(assessYaml(eu("deployer", agents), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)");
        assertThat(between.status()).as("judged on the Annex III agent it binds").isEqualTo(ClauseStatus.MET);
        String annexI = "- {id: brake, owner: cfo, riskTier: high, euAiAct: {route: annex-i}, autonomy: advisory, LOGGED}".replace("LOGGED", LOGGED);
        ClauseResult product = clause(assessYaml(eu("deployer", annexI), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)");
        assertThat(product.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(product.appliesFrom()).isEqualTo(LocalDate.of(2028, 8, 2));
        assertThat(product.reason()).isEqualTo("applies from 2028-08-02 for agent brake (Annex I)");
        assertThat(clause(assessYaml(eu("deployer", annexI), LocalDate.of(2028, 8, 2)), "eu-ai-act", "Art. 26(6)").status())
                .isEqualTo(ClauseStatus.MET);
        // The Annex I route's own classification rule binds from 2028-08-02; Art. 6 carries Annex III's date.
        ClauseResult classification = clause(assessYaml(eu("deployer", annexI), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 6(1)");
        assertThat(classification.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(classification.appliesFrom()).isEqualTo(LocalDate.of(2028, 8, 2));
        assertThat(clause(assessYaml(eu("deployer", annexI), LocalDate.of(2028, 8, 2)), "eu-ai-act", "Art. 6(1)").status())
                .isEqualTo(ClauseStatus.MET);
    }

    @Test
    void aRouteTheFileLeavesOutIsAnnexIiiForAnAnnexIiiUseAndUndeterminedOtherwise() throws Exception {
        String credit = "- {id: scorer, owner: cfo, riskTier: high, useCases: [credit], autonomy: advisory, LOGGED}".replace("LOGGED", LOGGED);
        assertThat(clause(assessYaml(eu("deployer", credit), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)").status())
                .isEqualTo(ClauseStatus.MET);
        String unrouted = "- {id: helper, owner: cfo, riskTier: high, autonomy: advisory, LOGGED}".replace("LOGGED", LOGGED);
        ClauseResult between = clause(assessYaml(eu("deployer", unrouted), LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 26(6)");
        assertThat(between.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(between.reason()).isEqualTo("it binds agent helper from 2027-12-02 under Annex III or from 2028-08-02 under Annex I, "
                + "and it states no euAiAct.route and no Annex III use");
        ClauseResult before = clause(assessYaml(eu("deployer", unrouted), LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 26(6)");
        assertThat(before.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(before.reason()).isEqualTo("applies from 2027-12-02 for agent helper (no euAiAct.route: Annex III, or from 2028-08-02 under Annex I)");
        assertThat(clause(assessYaml(eu("deployer", unrouted), LocalDate.of(2028, 8, 2)), "eu-ai-act", "Art. 26(6)").status())
                .isEqualTo(ClauseStatus.MET);
    }

    @Test
    void aClauseThatBindsAnnexIiiSystemsOnlyNeverBindsAnAgentOnTheAnnexIRoute() throws Exception {
        String brake = "- {id: brake, owner: cfo, riskTier: high, euAiAct: {route: annex-i}, autonomy: advisory, decisions: {aboutPeople: true},"
                + " LOGGED}";
        String screener = "- {id: screener, owner: cfo, riskTier: high, euAiAct: {route: annex-iii}, autonomy: advisory,"
                + " decisions: {aboutPeople: true}, LOGGED}";
        LocalDate afterAnnexIII = LocalDate.of(2027, 12, 3);
        Assessment product = assessYaml(eu("deployer", brake.replace("LOGGED", LOGGED)), afterAnnexIII);
        for (String id : java.util.List.of("Art. 26(11)", "Art. 27(1)", "Art. 86")) {
            ClauseResult annexIIIOnly = clause(product, "eu-ai-act", id);
            assertThat(annexIIIOnly.status()).as(id).isEqualTo(ClauseStatus.NOT_APPLICABLE);
            assertThat(annexIIIOnly.reason()).as(id).isEqualTo("binds Annex III systems only, and agent brake is on the Annex I route");
            assertThat(annexIIIOnly.findings()).as(id).isEmpty();
        }
        assertThat(product.findings()).as("TR-03 still fires: applicability changes only the clause").anyMatch(f -> f.control().equals("TR-03"));
        ClauseResult logs = clause(product, "eu-ai-act", "Art. 26(6)");
        assertThat(logs.status()).as("a clause dated by route still binds the Annex I agent later").isEqualTo(ClauseStatus.UPCOMING);
        assertThat(logs.reason()).isEqualTo("applies from 2028-08-02 for agent brake (Annex I)");
        ClauseResult unsaid = clause(assessYaml(eu("provider", brake.replace("LOGGED", LOGGED)), afterAnnexIII), "eu-ai-act", "Art. 14(5)");
        assertThat(unsaid.status()).as("an agent of no use cases may be used for it").isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(unsaid.reason()).isEqualTo("agent brake does not state what it is used for: declare useCases");
        ClauseResult biometric = clause(assessYaml(eu("provider", brake.replace("autonomy:", "useCases: [customer-service], autonomy:")
                .replace("LOGGED", LOGGED)), afterAnnexIII), "eu-ai-act", "Art. 14(5)");
        assertThat(biometric.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(biometric.reason()).isEqualTo("nothing it binds: no agent is used for biometric identification");

        Assessment both = assessYaml(eu("deployer", (screener + "\n" + brake).replace("LOGGED", LOGGED)), afterAnnexIII);
        // Art. 26(11) asks for notice (TR-03), Art. 86 for an explanation (TR-05).
        for (Map.Entry<String, String> clauseAndControl : Map.of("Art. 26(11)", "TR-03", "Art. 86", "TR-05").entrySet()) {
            String id = clauseAndControl.getKey();
            Finding screeners = both.findings().stream()
                    .filter(f -> f.control().equals(clauseAndControl.getValue()) && f.subject().agentId().equals("screener"))
                    .findFirst().orElseThrow();
            ClauseResult annexIIIOnly = clause(both, "eu-ai-act", id);
            assertThat(annexIIIOnly.status()).as(id).isEqualTo(ClauseStatus.GAP);
            assertThat(annexIIIOnly.findings()).as(id + ": the Annex I agent's finding is left out").containsExactly(screeners.fingerprint());
        }
        ClauseResult before = clause(assessYaml(eu("deployer", (screener + "\n" + brake).replace("LOGGED", LOGGED)), LocalDate.of(2026, 12, 1)),
                "eu-ai-act", "Art. 86");
        assertThat(before.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(before.reason()).isEqualTo("applies from 2027-12-02 for agent screener (Annex III); it binds Annex III systems only, and agent"
                + " brake is on the Annex I route");
    }

    @Test
    void whetherAClauseForAnnexIiiSystemsOnlyBindsIsUndeterminedWhereTheFileCannotSay() throws Exception {
        String brake = "- {id: brake, owner: cfo, riskTier: high, euAiAct: {route: annex-i}, autonomy: advisory, LOGGED}";
        String helper = "- {id: helper, owner: cfo, autonomy: advisory, LOGGED}";
        String withUnclassified = (brake + "\n" + helper).replace("LOGGED", LOGGED);
        ClauseResult mayBind = clause(assessYaml(eu("deployer", withUnclassified), LocalDate.of(2027, 12, 3)), "eu-ai-act", "Art. 86");
        assertThat(mayBind.status()).isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(mayBind.reason()).isEqualTo("binds Annex III systems only, agent brake is on the Annex I route, and agent helper has no riskTier");
        ClauseResult later = clause(assessYaml(eu("deployer", withUnclassified), LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 86");
        assertThat(later.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(later.reason()).isEqualTo("applies from 2027-12-02; whether it will bind is undetermined: it binds Annex III systems only,"
                + " agent brake is on the Annex I route, and agent helper has no riskTier");
        String unrouted = "- {id: helper, owner: cfo, riskTier: high, autonomy: advisory, decisions: {aboutPeople: true}, LOGGED}"
                .replace("LOGGED", LOGGED);
        ClauseResult routeUnknown = clause(assessYaml(eu("deployer", unrouted), LocalDate.of(2028, 8, 2)), "eu-ai-act", "Art. 86");
        assertThat(routeUnknown.status()).as("no later date settles it").isEqualTo(ClauseStatus.UNDETERMINED);
        assertThat(routeUnknown.reason()).isEqualTo("it binds Annex III systems only, and agent helper states no euAiAct.route and no Annex III use");
        ClauseResult unroutedBefore = clause(assessYaml(eu("deployer", unrouted), LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 86");
        assertThat(unroutedBefore.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(unroutedBefore.reason()).isEqualTo("applies from 2027-12-02 for agent helper (no euAiAct.route: only if under Annex III)");
        ClauseResult nothingToExplain = clause(assessYaml(eu("deployer", unrouted.replace(", decisions: {aboutPeople: true}", "")),
                LocalDate.of(2026, 12, 1)), "eu-ai-act", "Art. 86");
        assertThat(nothingToExplain.status()).as("once in force it would bind nothing its control examines").isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(nothingToExplain.reason()).startsWith("nothing to check among the high-risk agents: ");
    }

    /** An EU deployment with one minimal-risk agent; {@code incidentResponse} is the YAML under governance.incidentResponse, or null for none. */
    private static Assessment withIncidentResponse(String jurisdiction, String incidentResponse, String agentFields) throws Exception {
        String governance = incidentResponse == null ? "" : "governance:\n  incidentResponse: " + incidentResponse + "\n";
        return assessYaml("""
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: d, organization: O, owner: cfo, jurisdictions: [JURISDICTION]}
                people:
                  - {id: cfo}
                GOVERNANCEagents:
                  - {id: ops, owner: cfo, riskTier: minimal, autonomy: advisory, FIELDS}
                """.replace("JURISDICTION", jurisdiction).replace("GOVERNANCE", governance).replace("FIELDS", agentFields), Fixtures.AS_OF);
    }

    private static final String NIS2_UNSAID = "the file does not say whether the organization is an essential or important entity under NIS2:"
            + " declare governance.incidentResponse.regimes, listing nis2 if it is, or [] if no regime applies";
    private static final String DORA_UNSAID = "the file does not say whether the organization is a financial entity under DORA:"
            + " declare governance.incidentResponse.regimes, listing dora if it is, or [] if no regime applies";

    @Test
    void incidentRegimesTheFileLeavesOutLeaveNis2AndDoraUndetermined() throws Exception {
        for (String unsaid : java.util.Arrays.asList(null, "{plan: true}")) {
            Assessment a = withIncidentResponse("EU", unsaid, LOGGED + ", dataAccess: {personalData: false}");
            assertThat(clause(a, "nis2", "Art. 23(4)").status()).as(unsaid).isEqualTo(ClauseStatus.UNDETERMINED);
            assertThat(clause(a, "nis2", "Art. 23(4)").reason()).as(unsaid).isEqualTo(NIS2_UNSAID);
            assertThat(clause(a, "dora", "Art. 19(4)").status()).as(unsaid).isEqualTo(ClauseStatus.UNDETERMINED);
            assertThat(clause(a, "dora", "Art. 19(4)").reason()).as(unsaid).isEqualTo(DORA_UNSAID);
            assertThat(framework(a, "nis2").assessedShare()).as("undetermined counts against what was assessed").isEqualTo(0.0);
            ClauseResult breach = clause(a, "gdpr", "Art. 33");
            assertThat(breach.status()).as("no personal data: GDPR's breach duty does not wait on the regimes").isEqualTo(ClauseStatus.NOT_APPLICABLE);
            assertThat(breach.reason()).isEqualTo("nothing to check: no agent handles personal data under EU, and the organization does not"
                    + " declare gdpr among its incident regimes");
        }
        Assessment personal = withIncidentResponse("EU", "{plan: true}", LOGGED + ", dataAccess: {personalData: true}");
        assertThat(clause(personal, "gdpr", "Art. 33").status()).as("personal data under EU binds it without a declaration")
                .isEqualTo(ClauseStatus.GAP);
    }

    @Test
    void incidentRegimesDeclaredWithoutARegimeMakeItsClausesNotApplicable() throws Exception {
        for (String declared : java.util.List.of("{plan: true, regimes: []}", "{plan: true, regimes: [gdpr], notificationHours: 72,"
                + " affectedPeopleNotice: true}")) {
            Assessment a = withIncidentResponse("EU", declared, LOGGED);
            assertThat(clause(a, "nis2", "Art. 23(4)").status()).as(declared).isEqualTo(ClauseStatus.NOT_APPLICABLE);
            assertThat(clause(a, "nis2", "Art. 23(4)").reason()).as(declared)
                    .isEqualTo("nothing to check: the organization does not declare nis2 among its incident regimes");
            assertThat(clause(a, "dora", "Art. 19(4)").status()).as(declared).isEqualTo(ClauseStatus.NOT_APPLICABLE);
            assertThat(clause(a, "dora", "Art. 19(4)").reason()).as(declared)
                    .isEqualTo("nothing to check: the organization does not declare dora among its incident regimes");
        }
        Assessment nis2 = withIncidentResponse("EU", "{plan: true, regimes: [nis2], earlyWarningHours: 24, notificationHours: 72,"
                + " finalReportDays: 30}", LOGGED);
        assertThat(clause(nis2, "nis2", "Art. 23(4)").status()).isEqualTo(ClauseStatus.MET);
        assertThat(clause(nis2, "dora", "Art. 19(4)").status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
    }

    @Test
    void aDeclaredRegimeMakesItsFrameworkApplyOutsideTheEuSoThatItsFindingsAreCovered() throws Exception {
        Assessment a = withIncidentResponse("US", "{plan: true, regimes: [gdpr, nis2]}", LOGGED + ", dataAccess: {personalData: false}");
        assertThat(a.findings()).extracting(Finding::control).contains("IR-07", "IR-08", "IR-10").doesNotContain("IR-09");
        for (String id : java.util.List.of("gdpr", "nis2")) {
            assertThat(framework(a, id).applicable()).as(id).isTrue();
        }
        java.util.function.Function<String, java.util.List<String>> fingerprints = control -> a.findings().stream()
                .filter(f -> f.control().equals(control)).map(Finding::fingerprint).toList();
        ClauseResult nis2 = clause(a, "nis2", "Art. 23(4)");
        assertThat(nis2.status()).isEqualTo(ClauseStatus.GAP);
        assertThat(nis2.findings()).isEqualTo(fingerprints.apply("IR-07"));
        ClauseResult art33 = clause(a, "gdpr", "Art. 33");
        assertThat(art33.status()).isEqualTo(ClauseStatus.GAP);
        assertThat(art33.findings()).isEqualTo(fingerprints.apply("IR-08"));
        ClauseResult art34 = clause(a, "gdpr", "Art. 34");
        assertThat(art34.status()).isEqualTo(ClauseStatus.GAP);
        assertThat(art34.findings()).isEqualTo(fingerprints.apply("IR-10"));
        ClauseResult dpia = clause(a, "gdpr", "Art. 35");
        assertThat(dpia.status()).as("the rest of the framework applies too, judged as anywhere").isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(dpia.reason()).isEqualTo("nothing to check: no agent handles personal data");
        FrameworkResult dora = framework(a, "dora");
        assertThat(dora.applicable()).isFalse();
        assertThat(dora.elsewhere()).as("what the text and PDF reports say of the framework")
                .isEqualTo("applies only in EU, or where governance.incidentResponse.regimes lists dora");
        assertThat(framework(a, "eu-ai-act").elsewhere()).isEqualTo("applies only in EU");
        assertThat(framework(a, "gdpr").elsewhere()).as("it applies").isNull();
        assertThat(clause(a, "dora", "Art. 19(4)").reason())
                .isEqualTo("the framework applies only in EU, or where governance.incidentResponse.regimes lists dora");
        assertThat(clause(a, "eu-ai-act", "Art. 4").reason()).isEqualTo("the framework applies only in EU");

        Assessment undeclared = withIncidentResponse("US", null, LOGGED);
        assertThat(undeclared.findings()).extracting(Finding::control).doesNotContain("IR-07", "IR-08", "IR-09", "IR-10");
        for (String id : java.util.List.of("gdpr", "nis2", "dora")) {
            assertThat(framework(undeclared, id).applicable()).as(id).isFalse();
        }
        assertThat(clause(undeclared, "nis2", "Art. 23(4)").reason())
                .isEqualTo("the framework applies only in EU, or where governance.incidentResponse.regimes lists nis2");
    }

    @Test
    void aClauseThatBindsMemberStatesNeverApplies() throws Exception {
        ClauseResult penalties = clause(assess("EU", LocalDate.of(2028, 1, 10)), "eu-ai-act", "Art. 99");
        assertThat(penalties.status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(penalties.reason()).isEqualTo("it binds Member States, not the organization");
    }

    /**
     * A waiver accepts a gap for a time; it does not close it. The sample's shared key (PM-01,
     * critical) is waived: the 800-53 clauses only PM-01 serves are risk accepted, not met, and
     * name the waived finding; the share met counts them as not met.
     */
    @Test
    void aClauseWhoseFindingsAreAllWaivedIsRiskAcceptedNotMet() throws Exception {
        Assessment a = Oversight.check(CheckRequest.of().asOf(LocalDate.of(2026, 12, 4)), "../samples/platform-team.yaml",
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../samples/platform-team.yaml"))).assessment();
        Finding waived = a.findings().stream().filter(f -> f.control().equals("PM-01") && f.waived()).findFirst().orElseThrow();
        assertThat(a.findings()).filteredOn(f -> f.control().equals("PM-01")).allMatch(Finding::waived);
        ClauseResult accounts = clause(a, "nist-800-53", "AC-2(9)");
        assertThat(accounts.status()).isEqualTo(ClauseStatus.RISK_ACCEPTED);
        assertThat(accounts.findings()).containsExactly(waived.fingerprint());
        assertThat(accounts.reason()).isEqualTo("not met: every finding against it is waived, its risk accepted until the waiver expires");
        FrameworkResult nist = framework(a, "nist-800-53");
        assertThat(nist.score()).isEqualTo((double) nist.count(ClauseStatus.MET) / nist.assessed());
        assertThat(nist.count(ClauseStatus.RISK_ACCEPTED)).isEqualTo(4);
    }

    @Test
    void statusesSayWhetherTheyAreAssessedAndDue() {
        assertThat(java.util.Arrays.stream(ClauseStatus.values()).filter(ClauseStatus::scored))
                .containsExactly(ClauseStatus.MET, ClauseStatus.GAP, ClauseStatus.RISK_ACCEPTED);
        assertThat(java.util.Arrays.stream(ClauseStatus.values()).filter(st -> !st.due()))
                .containsExactly(ClauseStatus.UPCOMING, ClauseStatus.NOT_APPLICABLE);
        assertThat(ClauseStatus.NOT_ASSESSED.label()).isEqualTo("not-assessed");
        assertThat(ClauseStatus.UNDETERMINED.label()).isEqualTo("undetermined");
    }

    @Test
    void aFrameworkScopeEvaluatesOnlyItsControls() throws Exception {
        Assessment a = Oversight.check(CheckRequest.of().asOf(Fixtures.AS_OF).framework("gdpr"), "d.yaml",
                DEPLOYMENT.replace("JURISDICTION", "EU").getBytes(StandardCharsets.UTF_8)).assessment();
        Scope gdpr = Scope.framework(Fixtures.CATALOG, "gdpr");
        assertThat(a.frameworks()).extracting(f -> f.framework().id()).containsExactly("gdpr");
        assertThat(a.findings()).allMatch(f -> gdpr.includes(f.control()));
        assertThat(a.controls().stream().filter(c -> c.status() != ControlStatus.NOT_EVALUATED).map(c -> c.control().id()))
                .containsExactlyInAnyOrderElementsOf(gdpr.controls());
    }
}
