package io.oversight.report.pdf;

import static io.oversight.report.pdf.PdfText.squash;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Attestation;
import io.oversight.catalog.Severity;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.SourceMap;
import io.oversight.engine.Assessment;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import io.oversight.engine.FrameworkResult;
import io.oversight.engine.Verdict;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderers;
import io.oversight.report.SampleAssessments;
import io.oversight.report.Tool;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kiro incident sample's report, read back as text the way a reader sees it. Expectations are
 * computed from the assessment, so the tests follow the rules as they grow; what the sample fixes
 * (its verdict, its worst control, its infrastructure agent) is asserted literally.
 */
class PdfRendererTest {

    private static Assessment kiro;
    private static byte[] pdf;
    private static PdfText report;

    @BeforeAll
    static void render() {
        kiro = Samples.assess("kiro-incident.yaml");
        pdf = Samples.render(kiro, RenderOptions.PLAIN);
        Samples.keep("kiro-incident.pdf", pdf);
        report = new PdfText(pdf);
    }

    @Test
    void isRegisteredAsThePdfFormat() {
        assertThat(Renderers.byName("pdf")).get().isInstanceOf(PdfRenderer.class);
        assertThat(new PdfRenderer().extension()).isEqualTo("pdf");
    }

    @Test
    void theCoverSaysFailAndWhyInLargeType() {
        assertThat(kiro.verdict()).isEqualTo(Verdict.FAIL);
        String cover = squash(report.page(1));
        assertThat(cover).contains("FAIL", squash(Headlines.verdict(kiro)), "cloud-platform-agents", squash("Northwind Cloud Services"));
        for (String sentence : Headlines.why(new ReportFacts(kiro))) {
            assertThat(cover).contains(squash(sentence));
        }
        assertThat(cover).contains(squash("One agent can take irreversible actions in a critical environment without a two-person approval "
                + "(infra-assistant)."));
    }

    @Test
    void theCoverIdentifiesTheRecord() {
        String cover = squash(report.page(1));
        assertThat(cover).contains(kiro.input().sha256(), squash(kiro.input().file()), "2026-11-25", squash(Tool.name() + " " + Tool.version()),
                squash("version " + kiro.catalog().version()), squash(DocumentIdentity.of(kiro, RenderOptions.PLAIN).label()));
        assertThat(cover).contains(squash(kiro.input().deployment().metadata().description()));
    }

    @Test
    void theCoverCountsOpenFindingsPerSeverityInWords() {
        String cover = squash(report.page(1));
        Map<Severity, Integer> open = kiro.openBySeverity();
        for (Severity s : Severity.values()) {
            assertThat(cover).contains(open.get(s) + "open" + s.name());
        }
        assertThat(cover).contains(kiro.waivedCount() + "WAIVED");
    }

    @Test
    void theExecutiveSummaryNamesTheFiveWorstOpenFindingsAndTheFrameworks() {
        int page = pageOf("Executive summary");
        assertThat(pageOf("Remediation plan")).as("the summary keeps to one page").isEqualTo(page + 1);
        String summary = squash(report.page(page));
        assertThat(summary).contains(squash(Headlines.verdict(kiro)));
        List<Finding> top = kiro.openFindings().stream().sorted(ControlGroup.FINDING_ORDER).limit(5).toList();
        for (Finding f : top) {
            assertThat(summary).contains(f.control(), squash("(line " + f.primaryEvidence().line() + ")"));
        }
        for (FrameworkResult fr : kiro.frameworks()) {
            if (fr.applicable()) {
                assertThat(summary).contains(squash(fr.framework().title()));
            }
        }
        assertThat(summary).contains("25%", "75%");
        assertThat(summary).as("frameworks no rule could assess are named, not drawn as empty bars")
                .contains(squash("No rule assessed any clause of NIS2 Directive (1 undetermined), Digital Operational Resilience Act"
                        + " (1 undetermined), Colorado SB 26-189 (automated decisions) (5 not applicable), CCPA automated-decision"
                        + " regulations (4 not applicable) and Texas Responsible AI Governance Act (4 undetermined, 1 not applicable); the reasons"
                        + " are under Framework coverage."));
    }

    /** A long agent id, named in the Subject column, is not repeated in what is wrong, which it would fill. */
    @Test
    void theFiveWorstFindingsSayWhatIsWrongWhateverTheAgentsIdsLength() throws Exception {
        String id = "northwind-infrastructure-automation-assistant-eu-central-prod";
        Assessment long_ = Samples.check("long.yaml", java.nio.file.Files.readString(Samples.path("kiro-incident.yaml"))
                .replace("infra-assistant", id), Samples.AS_OF);
        PdfText pdf = new PdfText(Samples.render(long_, RenderOptions.PLAIN));
        int start = pdf.pages.indexOf(pdf.pages.stream().filter(p -> p.lines().anyMatch(l -> l.strip().equals("Executive summary")))
                .findFirst().orElseThrow());
        String summary = squash(pdf.pages.get(start) + pdf.pages.get(start + 1)); // a long id's rows run onto the next page
        assertThat(summary).contains(squash("What is wrong, and where"));
        Finding first = long_.openFindings().stream().sorted(ControlGroup.FINDING_ORDER).findFirst().orElseThrow();
        String rest = first.message().substring(id.length() + 3);
        assertThat(first.message()).startsWith("'" + id + "' ");
        assertThat(ExecutiveSummary.withoutSubject(first)).isEqualTo(rest);
        assertThat(summary).contains(squash(rest.substring(0, 30))).doesNotContain(squash("'" + id + "'"));
    }

    @Test
    void everyFindingShowsItsControlEvidenceLineAndTheQuotedYaml() {
        String all = squash(report.all());
        SourceMap sources = kiro.input().sources();
        for (Finding f : kiro.findings()) {
            assertThat(all).contains(squash(f.control() + " " + f.title()));
            assertThat(all).contains(squash(f.primaryEvidence().location()));
            assertThat(all).contains(squash(f.message()));
            for (Evidence e : f.evidence()) {
                assertThat(all).contains(squash("\u2192 " + e.line() + EvidenceQuote.keepIndent(sources.line(e.line())).replace('\u00a0', ' ')));
            }
        }
    }

    @Test
    void theInventoryCountsProductionVerbsAsTheRulesClassifyThem() {
        String inventory = squash(report.page(pageOf("Agent inventory")));
        assertThat(inventory).contains(squash("infra-assistant Infrastructure assistant Ingrid Halvorsen unclassified autonomous inherited delete, *"));
        assertThat(inventory).contains(squash("cost-analyst"), squash("staging-deployer"));
    }

    @Test
    void theRemediationPlanGroupsFindingsIntoWorkPackagesWithOwnersByRole() {
        List<WorkPackagePlan.Item> items = WorkPackagePlan.of(new ReportFacts(kiro));
        assertThat(items).isSortedAccordingTo(Comparator.comparingInt(WorkPackagePlan.Item::risk).reversed());
        assertThat(items.stream().mapToInt(i -> i.findings().size()).sum()).isEqualTo(kiro.openFindings().size());
        WorkPackagePlan.Item gates = items.get(0);
        assertThat(gates.work().id()).isEqualTo("WP-GATES");
        assertThat(gates.owner()).isEqualTo(new WorkPackagePlan.Owner("marcus-olsen", "sre-lead", false));
        assertThat(gates.due()).isEqualTo(Samples.AS_OF.plusDays(7));
        WorkPackagePlan.Item incident = items.stream().filter(i -> i.work().id().equals("WP-INCIDENT")).findFirst().orElseThrow();
        assertThat(incident.owner()).isEqualTo(new WorkPackagePlan.Owner("tomas-ruiz", "security-lead", false));
        String plan = squash(String.join("", report.pages.subList(pageOf("Remediation plan") - 1, pageOf("Agent inventory") - 1)));
        assertThat(plan).contains(squash("# Work package Worst Agents Owner Target date Status Management response Ticket"),
                squash("Platform-enforced approval gates in production"), squash("Marcus Olsen, who holds the role sre-lead."));
        for (WorkPackagePlan.Item item : items) {
            assertThat(plan).contains(squash(item.work().change()), item.due().toString());
            if (item.owner().fallback()) {
                assertThat(plan).contains(squash("Fallback: Ingrid Halvorsen, the deployment owner, until people[] names the " + item.owner().role()));
            }
        }
    }

    @Test
    void anOwnerWithSeveralPackagesGetsThemOneAfterAnother() {
        List<WorkPackagePlan.Item> items = new java.util.ArrayList<>(WorkPackagePlan.of(new ReportFacts(kiro)));
        items.sort(Comparator.comparing(WorkPackagePlan.Item::worst).thenComparing(Comparator.comparingInt(WorkPackagePlan.Item::risk).reversed()));
        java.util.Map<String, java.time.LocalDate> last = new java.util.HashMap<>();
        for (WorkPackagePlan.Item item : items) {
            java.time.LocalDate before = last.put(item.owner().personId(), item.due());
            assertThat(item.due()).isAfterOrEqualTo(WorkPackagePlan.due(item.worst(), Samples.AS_OF));
            if (before != null) {
                assertThat(item.due()).isAfterOrEqualTo(before.plusDays(WorkPackagePlan.spacing(item.worst())));
            }
        }
    }

    /**
     * Waiving a medium finding lowered the critical identity package's risk below a high-only
     * package of the same owner, which was then dated first and pushed the critical one to 37 days.
     */
    @Test
    void aCriticalPackageIsNeverDatedAfterALessSevereOneOfTheSameOwner() throws Exception {
        Assessment waived = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(Samples.path("kiro-incident.yaml"))
                .asOf(Samples.AS_OF).waivers(Samples.path("waivers/kiro-governance.yaml"))).assessment();
        List<WorkPackagePlan.Item> items = WorkPackagePlan.of(new ReportFacts(waived));
        WorkPackagePlan.Item identity = items.stream().filter(i -> i.work().id().equals("WP-IDENTITY")).findFirst().orElseThrow();
        assertThat(identity.worst()).isEqualTo(Severity.CRITICAL);
        WorkPackagePlan.Item logging = items.stream().filter(i -> i.work().id().equals("WP-LOGGING")).findFirst().orElseThrow();
        assertThat(logging.owner()).isEqualTo(identity.owner());
        assertThat(logging.worst()).isEqualTo(Severity.HIGH);
        assertThat(logging.risk()).as("the high package removes more risk, and is shown first").isGreaterThan(identity.risk());
        assertThat(identity.due()).as("but the critical one is dated first").isBefore(logging.due());
        for (WorkPackagePlan.Item a : items) {
            for (WorkPackagePlan.Item b : items) {
                if (a.owner().personId().equals(b.owner().personId()) && a.worst().compareTo(b.worst()) < 0) {
                    assertThat(a.due()).as(a.work().id() + " before " + b.work().id()).isBeforeOrEqualTo(b.due());
                }
            }
        }
    }

    /**
     * A card's "Clauses it breaks" names only clauses its findings make a gap (or an accepted risk):
     * GDPR Art. 22, not applicable to an agent that only advises, and clauses in force later are its other clauses.
     */
    @Test
    void aCardsBrokenClausesAreOnlyThoseItsFindingsBreak() {
        String text = new PdfText(Samples.render(Samples.assess("platform-team.yaml"), RenderOptions.PLAIN)).all();
        // Each label's first line: its first framework's clauses.
        List<String> broken = text.lines().filter(l -> l.contains("Clauses it breaks")).toList();
        List<String> others = text.lines().filter(l -> l.contains("Its other clauses")).toList();
        assertThat(broken).isNotEmpty().noneMatch(l -> l.contains("not applicable") || l.contains("applies from"));
        assertThat(String.join(" ", others)).contains("General Data Protection Regulation: Art. 22 (not applicable)")
                .contains("(applies from 2027-12-02)");
        // HO-01's one finding is about a minimal-risk agent, which the high-risk clauses will never bind.
        assertThat(String.join(" ", others)).contains("EU AI Act: Art. 14(4)(d) (applies from 2027-12-02; these findings would not breach it)");
    }

    /**
     * The executive summary keeps to one page (its five findings included) on the shorter letter
     * page too, where the chart's rows close up to make room.
     */
    @Test
    void theExecutiveSummaryKeepsToOnePage() {
        Assessment platform = Samples.assess("platform-team.yaml");
        for (RenderOptions options : List.of(RenderOptions.PLAIN, new RenderOptions(false, RenderOptions.Paper.LETTER))) {
            PdfText text = new PdfText(Samples.render(platform, options));
            assertThat(text.page(2)).as(options.paper().toString()).contains("Executive summary", "The five most severe open findings");
            assertThat(text.page(3)).as(options.paper().toString()).doesNotContain("The five most severe open findings");
        }
    }

    /** Of one severity, the summary shows first the findings that are gaps in a clause in force today. */
    @Test
    void theMostSevereFindingsOfOneSeverityPutGapsInForceFirst() {
        Assessment platform = Samples.assess("platform-team.yaml");
        PdfText text = new PdfText(Samples.render(platform, RenderOptions.PLAIN));
        String summary = text.page(2);
        assertThat(summary).contains("The five most severe open findings");
        String top = summary.substring(summary.indexOf("The five most severe open findings"));
        // TR-03 and TR-05 are high, but their clauses bind from 2027: IR-08's GDPR Art. 33 binds today.
        assertThat(top).contains("IR-08").doesNotContain("TR-03").doesNotContain("TR-05");
    }

    /** A framework that applies where the deployment is but none of whose clauses binds it is not listed as applying without a word. */
    @Test
    void aFrameworkWithNoClauseThatBindsIsNamedApartOnTheCover() {
        List<String> none = kiro.frameworks().stream().filter(FrameworkResult::noClauseApplies).map(fr -> fr.framework().title()).toList();
        assertThat(none).containsExactly("General Data Protection Regulation");
        String scope = ReportScope.of(kiro).sentences().get(0);
        assertThat(scope).startsWith("Frameworks that apply: ").contains("; General Data Protection Regulation applies where the deployment"
                + " is, but no clause of it binds it.");
        // US names no state: the states' laws may apply (a cross-format red team: the PDF had said "not assessed", text and JSON
        // "not applicable"), and one none of whose clauses would bind is said so.
        assertThat(scope).contains("Colorado SB 26-189 (automated decisions), CCPA automated-decision regulations and Texas Responsible AI"
                + " Governance Act may apply: whether they bind the organization the file leaves undetermined; General Data Protection"
                + " Regulation applies where the deployment is, but no clause of it binds it.").doesNotContain("Not applicable, as the file");
        assertThat(scope.substring(0, scope.indexOf(';'))).doesNotContain("General Data Protection Regulation");
    }

    @Test
    void theCoverAndSummaryStateScopeInputsAndWhatAPassDoesNotProve() {
        String cover = squash(report.page(1));
        String summary = squash(report.page(pageOf("Executive summary")));
        for (String page : List.of(cover, summary)) {
            assertThat(page).contains(squash(kiro.evaluatedControls() + " of " + kiro.controls().size() + " controls evaluated"),
                    squash("Inputs checked: deployment " + kiro.input().file() + " (SHA-256 " + kiro.input().sha256() + ")"),
                    squash("A PASS does not prove that the file matches the running systems"), squash("statements to attest are open until signed"));
        }
    }

    @Test
    void theCoverageCountsClausesInAgreeingWords() {
        assertThat(squash(report.all())).contains(squash("14 of the 18 clauses due today assessed (78%). Clauses: 1 met, 13 gaps, 1 not assessed,"
                + " 3 need attestation."));
    }

    @Test
    void everyAttestationOfAnApplicableFrameworkHasItsLine() {
        // The last attestations may share their page with the start of Method and sign-off.
        String attestations = squash(String.join("", report.pages.subList(pageOf("Attestations") - 1, pageOf("Method and sign-off"))));
        for (FrameworkResult fr : kiro.frameworks()) {
            for (Attestation at : fr.attestations()) {
                assertThat(attestations).contains(at.id(), squash(at.statement()));
            }
        }
        assertThat(attestations).contains(squash("Confirmed by (name)"));
    }

    @Test
    void theMethodSaysWhatWasCheckedAndEndsInSignatures() {
        String method = squash(String.join("", report.pages.subList(pageOf("Method and sign-off") - 1, report.pages.size())));
        assertThat(method).containsAnyOf("All" + kiro.controls().size() + "controlsofthecatalogwereevaluated",
                kiro.evaluatedControls() + "ofthecatalog's" + kiro.controls().size() + "controlswereevaluated");
        for (var c : kiro.controls()) {
            assertThat(method).contains(squash(c.control().id() + " " + c.control().title()));
        }
        assertThat(method).contains(squash("A PASS does not show"), "Sign-off", squash("First line"), squash("Second line"), squash("Third line"),
                "Signature");
    }

    /** Statements to attest for clauses that are gaps besides are told apart: signing them does not meet those clauses. */
    @Test
    void theScopeSaysWhichStatementsToAttestServeClausesThatAreGapsBesides() {
        // Art. 73's statement serves a clause undetermined besides (the incident's agent has no riskTier); GOVERN 1.3's, LLM10's,
        // AU-9(3)'s and CP-4's clauses that are gaps.
        assertThat(PdfText.squash(report.page(1))).contains(PdfText.squash("statements to attest are open until signed (see Attestations; 5 of"
                + " them for clauses that are gaps or undetermined besides, which a signature alone does not meet)."));
        assertThat(PdfText.squash(new PdfText(Samples.render(Samples.assess("kiro-remediated.yaml"), RenderOptions.PLAIN)).page(1)))
                .contains(PdfText.squash("statements to attest are open until signed (see Attestations)."));
        String platform = PdfText.squash(new PdfText(Samples.render(Samples.assess("platform-team.yaml"), RenderOptions.PLAIN)).page(1));
        assertThat(platform).contains(PdfText.squash("(see Attestations; 5 of them for clauses that are gaps or undetermined besides,"
                + " which a signature alone does not meet)."));
    }

    /** A control whose every finding is waived does not pass: a passing report says how many controls carry accepted risks (waivers red team). */
    @Test
    void aPassWithWaivedFindingsSaysWhichControlsCarryAcceptedRisks() {
        assertThat(Headlines.why(new ReportFacts(SampleAssessments.assess("accepted-risks.yaml")))).containsExactly("27 controls pass, two"
                + " controls have every finding waived as an accepted risk (three findings), and 19 controls had nothing in the deployment to check.");
        assertThat(Headlines.why(new ReportFacts(SampleAssessments.assess("kiro-remediated.yaml")))).containsExactly("Every one of the 30"
                + " controls with something to check passes, and 18 controls had nothing in the deployment to check.");
        // A PASS of controls none of which found a subject is not "every one of the 0 passes" (red team).
        assertThat(Headlines.why(new ReportFacts(SampleAssessments.assess("kiro-incident.yaml", "gdpr")))).containsExactly("No control had"
                + " anything in the deployment to check: four controls evaluated, none found a subject.");
    }

    /** Only the findings the check fails on explain its verdict; under a PASS, those below the threshold are counted, not given as reasons (report review). */
    @Test
    void theReasonsAreTheFindingsTheCheckFailsOn() throws Exception {
        Assessment critical = Oversight.check(CheckRequest.of(SampleAssessments.path("iam-admin.yaml")).asOf(LocalDate.of(2026, 11, 25))
                .failOn(Severity.CRITICAL)).assessment();
        assertThat(Headlines.why(new ReportFacts(critical))).hasSize(2).noneMatch(s -> s.contains("without a human approving them first"));
        Assessment passing = Oversight.check(CheckRequest.of(SampleAssessments.path("bedrock-ops-agent.yaml")).asOf(LocalDate.of(2026, 11, 25))
                .failOn(Severity.CRITICAL)).assessment();
        assertThat(Headlines.why(new ReportFacts(passing))).containsExactly("No open finding is at or above critical, the severity this"
                + " check fails on; two findings below it remain open (see Findings).");
    }

    /** A finding whose evidence is in an imported policy names that file beside its line: line 6 of the deployment is another line. */
    @Test
    void theSummaryNamesTheFileOfEvidenceOutsideTheDeployment() {
        Assessment iam = Samples.assess("iam-admin.yaml");
        String summary = PdfText.squash(new PdfText(Samples.render(iam, RenderOptions.PLAIN)).page(2));
        assertThat(summary).contains(PdfText.squash("(AdministratorAccess.json:6)"));
        Finding imported = iam.findings().stream().filter(f -> f.primaryEvidence().file().endsWith("AdministratorAccess.json")).findFirst()
                .orElseThrow();
        assertThat(FindingsAppendix.lines(imported, iam.input().file())).startsWith("AdministratorAccess.json:");
    }

    /** A framework of which a fifth of the clauses due were assessed, all met, is a fifth of a bar, not a whole one. */
    @Test
    void aCoverageBarIsDrawnToTheShareOfClausesAssessed() {
        List<BarChart.Bar> bars = ExecutiveSummary.bars(new ReportFacts(Samples.assess("kiro-remediated.yaml")));
        assertThat(bars).filteredOn(b -> b.label().startsWith("OWASP Top 10 for Agentic")).singleElement()
                .satisfies(b -> assertThat(List.of(b.share(), b.of(), b.note())).containsExactly(1.0, 0.2, "2 of 2 met; 2 of 10 assessed"));
    }

    /** A signer weighs a critical risk accepted otherwise than a low one: each waiver shows the worst finding it waives. */
    @Test
    void acceptedRisksShowTheSeverityEachWaiverAccepts() {
        PdfText platform = new PdfText(Samples.render(Samples.assess("platform-team.yaml"), RenderOptions.PLAIN));
        String section = PdfText.squash(platform.all());
        section = section.substring(section.lastIndexOf("Acceptedrisks"));
        assertThat(section).contains("ControlRiskSubjectJustification", "PM-01CRITICALagentmarketing-", "RM-07nonewaived");
    }

    @Test
    void bookmarksNameEverySectionAndEveryControlWithFindings() {
        assertThat(report.topLevelTitles()).containsExactly("Cover", "Executive summary", "Remediation plan", "Regulatory timeline",
                "Agent inventory", "Findings", "Framework coverage", "Accepted risks", "Attestations", "Method and sign-off");
        List<String> controls = report.bookmark("Findings").children().stream().map(b -> b.title().substring(0, 5)).toList();
        List<String> expected = ControlGroup.of(kiro.catalog(), kiro.findings()).stream().map(g -> g.control().id()).toList();
        assertThat(controls).containsExactlyElementsOf(expected);
        assertThat(report.bookmark("Findings").children().get(0).title()).isEqualTo("HO-02 Two-person rule for destructive actions in critical environments (1)");
        List<String> frameworks = report.bookmark("Framework coverage").children().stream().map(PdfText.Bookmark::title).toList();
        assertThat(frameworks).containsExactlyElementsOf(kiro.frameworks().stream().filter(FrameworkResult::applicable)
                .map(fr -> fr.framework().title()).toList());
    }

    @Test
    void everyPageSaysPageXOfYAndCarriesTheRunningHeader() {
        int pages = report.pages.size();
        assertThat(pages).isGreaterThan(9);
        for (int i = 1; i <= pages; i++) {
            String page = squash(report.page(i));
            assertThat(page).as("page %d", i).contains("page" + i + "of" + pages);
            if (i > 1) {
                assertThat(page).as("page %d", i).contains("cloud-platform-agents", "FAIL", "againsthigh");
            }
        }
    }

    @Test
    void metadataNamesTheReportItsAuthorAndTheTool() {
        assertThat(report.title).isEqualTo("AI governance gap report: cloud-platform-agents");
        assertThat(report.author).isEqualTo("Northwind Cloud Services");
        assertThat(report.subject).contains("FAIL", "2026-11-25", kiro.input().sha256());
        assertThat(report.keywords).contains("AI governance", "EU AI Act", "cloud-platform-agents");
        assertThat(report.creator).isEqualTo(Tool.name() + " " + Tool.version());
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfTheBundledFaces() {
        assertThat(report.unembeddedFonts).isEmpty();
        assertThat(report.fonts).allMatch(name -> name.matches("[A-Z]{6}\\+.*"))
                .extracting(name -> name.substring(7))
                .containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold", "LiberationMono", "LiberationMono-Bold");
    }

    @Test
    void a4IsTheDefaultAndLetterIsOffered() {
        assertThat(report.pageSizes).allMatch(size -> size[0] == 595 && size[1] == 842);
        PdfText letter = new PdfText(Samples.render(kiro, RenderOptions.PLAIN.withPaper(RenderOptions.Paper.LETTER)));
        assertThat(letter.pageSizes).allMatch(size -> size[0] == 612 && size[1] == 792);
        assertThat(new RenderOptions(true).paper()).isEqualTo(RenderOptions.Paper.A4);
        assertThat(RenderOptions.Paper.parse("letter")).isEqualTo(RenderOptions.Paper.LETTER);
    }

    private static int pageOf(String section) {
        for (int i = 1; i <= report.pages.size(); i++) {
            if (report.page(i).lines().anyMatch(line -> line.strip().equals(section))) {
                return i;
            }
        }
        throw new AssertionError("no page starts the section " + section);
    }
}
