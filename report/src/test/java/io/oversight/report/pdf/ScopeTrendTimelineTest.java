package io.oversight.report.pdf;

import static io.oversight.report.pdf.PdfText.squash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oversight.catalog.Severity;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.engine.Assessment;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.Finding;
import io.oversight.engine.Verdict;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderers;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report says about its own scope, what changed since the last report, and what the law will ask next. */
class ScopeTrendTimelineTest {

    @TempDir
    Path dir;

    @Test
    void aRunScopedToOneFrameworkSaysSoInTheVerdict() throws Exception {
        Assessment scoped = io.oversight.report.SampleAssessments.assess("kiro-incident.yaml", "eu-ai-act");
        long notEvaluated = scoped.controls().stream().filter(c -> c.status() == ControlStatus.NOT_EVALUATED).count();
        assertThat(notEvaluated).isPositive();
        String verdict = Headlines.verdict(scoped);
        // The incident's high findings serve EU AI Act clauses that bind from 2027-12-02 (Art. 9, 12, 14): the verdict says so.
        assertThat(verdict).startsWith(scoped.verdict().name() + " for the EU AI Act scope, though none of the findings it fails on is a gap "
                + "in a clause of it that binds the deployment today (see Framework coverage); " + notEvaluated + " controls not evaluated. ");
        Assessment nist = io.oversight.report.SampleAssessments.assess("kiro-incident.yaml", "nist-800-53");
        assertThat(Headlines.verdict(nist)).startsWith("FAIL for the NIST SP 800-53 Rev. 5 scope; ");
        // Where some of the findings it fails on breach a clause in force and others do not, the verdict counts them: on the day
        // the high-risk duties of Annex III bind, some of the platform's findings breach them and others serve clauses not yet due.
        Assessment platform = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest
                .of(io.oversight.report.SampleAssessments.path("platform-team.yaml")).asOf(java.time.LocalDate.of(2027, 12, 2))
                .framework("eu-ai-act")).assessment();
        assertThat(platform.failingCount()).isEqualTo(13);
        assertThat(Headlines.verdict(platform)).startsWith("FAIL for the EU AI Act scope, though only 5 of the 13 findings it fails on are"
                + " gaps in a clause of it that binds the deployment today (see Framework coverage); ");
        PdfText report = new PdfText(Samples.render(scoped, RenderOptions.PLAIN));
        // The counts are of the scope's controls: a 0 there says nothing of the controls left out.
        assertThat(squash(report.page(1))).contains(squash("open CRITICAL in scope"));
        assertThat(squash(report.page(2))).contains(squash("Open findings by severity: " + io.oversight.report.EvaluatedControls.of(scoped)));
        assertThat(squash(report.page(1))).contains(squash(verdict), squash("Scoped to EU AI Act."),
                squash(scoped.evaluatedControls() + " of " + scoped.controls().size() + " controls evaluated; not evaluated: "));
        // The page a signer signs says the record is of a scope, and counts its findings as the scope's.
        String scope = "EU AI Act (--framework; " + scoped.evaluatedControls() + " of the catalog's " + scoped.controls().size() + " controls)";
        assertThat(squash(report.all())).contains(squash("AI governance gap report of cloud-platform-agents, scoped to " + scope),
                squash(Words.capitalize(Words.count(scoped.openFindings().size(), "open finding",
                        "open findings")) + " in the EU AI Act scope, "));
    }

    @Test
    void aRunScopedToAFrameworkThatDoesNotApplySaysSo() {
        // A file that lists EU alone: one that lists US without a state may be in Texas (CatalogCommandsTest).
        Assessment scoped = io.oversight.report.SampleAssessments.assess("iam-readonly.yaml", "texas-traiga");
        ReportScope scope = ReportScope.of(scoped);
        assertThat(scope.verdictScope("PASS")).startsWith("PASS for the Texas Responsible AI Governance Act scope, outside the jurisdictions "
                + "the file lists; ");
        assertThat(scope.sentences()).startsWith("Scoped to Texas Responsible AI Governance Act, which was not assessed: it applies only in "
                + "US-TX, and metadata.jurisdictions does not list that (a US state is listed by its own code, such as US-CO).");
        assertThat(scope.sentences().get(2)).isEqualTo("Not assessed: nothing; no clause of a framework in scope binds the deployment.");
    }

    @Test
    void charactersTheFontsCannotShowAreNamedInTheScope(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String yaml = java.nio.file.Files.readString(io.oversight.report.SampleAssessments.path("kiro-remediated.yaml"))
                .replaceFirst("organization: .*", "organization: \"Örg 日本\"");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("cjk.yaml"), yaml);
        Assessment a = io.oversight.check.Oversight.check(io.oversight.check.CheckRequest.of(file).asOf(io.oversight.report.SampleAssessments.AS_OF))
                .assessment();
        assertThat(ReportScope.of(a).sentences()).contains("The report's fonts have no glyph for two characters of the files checked "
                + "(U+65E5 and U+672C), which the pages write as their code points (<U+65E5>); the attached JSON holds the findings' text "
                + "in full.");
        assertThat(ReportScope.of(Samples.assess("kiro-incident.yaml")).sentences()).noneMatch(line -> line.contains("no glyph"));
    }

    @Test
    void anUnscopedRunHasThePlainVerdict() {
        Assessment kiro = Samples.assess("kiro-incident.yaml");
        assertThat(Headlines.verdict(kiro)).startsWith("The deployment fails: ");
        assertThat(ReportScope.of(kiro).filtered()).isFalse();
        long idle = kiro.controls().stream().filter(c -> c.status() == ControlStatus.NOTHING_TO_CHECK).count();
        assertThat(idle).isPositive();
        assertThat(ReportScope.of(kiro).sentences()).contains(kiro.controls().size() + " of " + kiro.controls().size()
                + " controls evaluated; " + idle + " controls had nothing in the deployment to check.");
    }

    @Test
    void aBaselineGivesTheTrendOnTheCoverAndInASection() throws Exception {
        Assessment earlier = Oversight.check(CheckRequest.of(Samples.path("kiro-incident.yaml")).asOf(LocalDate.of(2026, 10, 1))).assessment();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Renderers.byName("json").orElseThrow().render(earlier, RenderOptions.PLAIN, json);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(json.toByteArray());
        ArrayNode findings = (ArrayNode) root.get("findings");
        // One finding the earlier run did not have (new now), one it had that is gone now (resolved).
        String dropped = findings.get(findings.size() - 1).get("fingerprint").asText();
        findings.remove(findings.size() - 1);
        ObjectNode gone = findings.get(0).deepCopy();
        gone.put("fingerprint", "0".repeat(32)).put("message", "an old problem since fixed");
        findings.add(gone);
        Path baseline = dir.resolve("last-report.json");
        Files.write(baseline, mapper.writeValueAsBytes(root));

        Assessment now = Oversight.check(CheckRequest.of(Samples.path("kiro-incident.yaml")).asOf(Samples.AS_OF).baseline(baseline, false))
                .assessment();
        Trend trend = Trend.of(now).orElseThrow();
        assertThat(trend.added()).extracting(Finding::fingerprint).containsExactly(dropped);
        // The sample's review dated 2026-10-06 had not happened on the earlier report's 2026-10-01: resolved since.
        assertThat(trend.resolved()).extracting(p -> p.message()).containsExactly("a production permission of 'cost-analyst' in 'prod-eu' is not"
                + " justified or not reviewed within 90 days: reviewed on 2026-10-06, after the as-of date", "an old problem since fixed");
        assertThat(trend.unchanged()).hasSize(now.openFindings().size() - 1);
        // Due on 2026-10-08 (critical) and 2026-10-31 (high) by the earlier report; medium and low are not yet due.
        long overdue = trend.unchanged().stream().filter(f -> f.severity().atLeast(Severity.HIGH)).count();
        assertThat(trend.overdue()).hasSize((int) overdue).allMatch(o -> o.due().isBefore(Samples.AS_OF));
        String line = "Since the report of 2026-10-01: 1 new, 2 resolved, " + trend.unchanged().size() + " unchanged open findings; "
                + overdue + " past their severity's time limit since that report.";
        assertThat(trend.line()).isEqualTo(line);

        PdfText report = new PdfText(Samples.render(now, RenderOptions.PLAIN));
        assertThat(squash(report.page(1))).contains(squash(line));
        assertThat(report.topLevelTitles()).containsSubsequence("Executive summary", "Trend since the last report", "Remediation plan");
        assertThat(squash(report.all())).contains(squash("Overdue since the last report (" + overdue + ")"),
                squash("New since the last report (1)"), squash("Resolved since the last report (2)"), squash("CRITICAL HO-02 1 infra-assistant"));
    }

    /** Findings open in the earlier report and accepted as risks since are counted as waived, not left out of the trend. */
    @Test
    void findingsWaivedSinceTheLastReportAreCounted() throws Exception {
        Assessment earlier = Oversight.check(CheckRequest.of(Samples.path("kiro-incident.yaml")).asOf(Samples.AS_OF)).assessment();
        Path baseline = lastReport(earlier);
        Assessment now = Oversight.check(CheckRequest.of(Samples.path("kiro-incident.yaml")).asOf(Samples.AS_OF)
                .waivers(Samples.path("waivers/kiro-governance.yaml")).baseline(baseline, false)).assessment();
        Trend trend = Trend.of(now).orElseThrow();
        assertThat(now.waivedCount()).isPositive();
        assertThat(trend.waived()).hasSize((int) now.waivedCount());
        assertThat(trend.resolved().size() + trend.updated().size() + trend.unchanged().size() + trend.waived().size())
                .as("every open finding of the earlier report is counted once").isEqualTo(earlier.openFindings().size());
        assertThat(trend.line()).contains(" resolved, " + now.waivedCount() + " waived, ");
    }

    /** The incident sample's last report as the baseline, and the sample with rds:DeleteDBInstance added to an entry. */
    private record Grown(Path baseline, Path edited) {
    }

    private Grown grown() throws Exception {
        Path baseline = lastReport(Oversight.check(CheckRequest.of(Samples.path("kiro-incident.yaml")).asOf(Samples.AS_OF)).assessment());
        String text = Files.readString(Samples.path("kiro-incident.yaml"));
        String added = text.replace("          - cloudformation:DeleteStack   # delete: \"delete and recreate the environment\"\n",
                "          - cloudformation:DeleteStack   # delete: \"delete and recreate the environment\"\n          - rds:DeleteDBInstance\n");
        assertThat(added).isNotEqualTo(text);
        return new Grown(baseline, Files.writeString(dir.resolve("kiro-incident.yaml"), added));
    }

    /**
     * An action added to an entry makes its findings new, as a gate on new findings must see, but they
     * are the earlier gaps grown: counted as such, and overdue by the earlier report's date.
     */
    @Test
    void findingsThatGrewAreNewAndStillOverdueByTheEarlierReport() throws Exception {
        Grown grown = grown();
        Assessment now = Oversight.check(CheckRequest.of(grown.edited()).asOf(Samples.AS_OF.plusDays(40)).baseline(grown.baseline(), true))
                .assessment();
        Trend trend = Trend.of(now).orElseThrow();
        assertThat(trend.added()).extracting(f -> f.control() + " " + f.subject().id()).containsExactly("HO-02 infra-assistant", "HO-01 infra-assistant");
        assertThat(trend.grown()).isEqualTo(2);
        assertThat(trend.overdue()).extracting(o -> o.finding().control() + " " + o.due()).contains("HO-02 " + Samples.AS_OF.plusDays(7),
                "HO-01 " + Samples.AS_OF.plusDays(30));
        assertThat(trend.line()).startsWith("Since the report of " + Samples.AS_OF + ": 2 new (2 of them earlier findings that grew), 0 resolved, ");
        // The plan does not give late work time again: the two-person rule's package is overdue since the earlier report's limit.
        String plan = squash(new PdfText(Samples.render(now, RenderOptions.PLAIN)).all());
        assertThat(plan).contains(squash("Target date overdue since " + Samples.AS_OF.plusDays(7)));
    }

    /** An action taken out of an entry updates its findings: the PDF counts them as the JSON output does, not as unchanged. */
    @Test
    void findingsOfAnEditedEntryAreCountedAsUpdated() throws Exception {
        Assessment earlier = Oversight.check(CheckRequest.of(Samples.path("kiro-incident.yaml")).asOf(Samples.AS_OF)).assessment();
        Path baseline = lastReport(earlier);
        String text = Files.readString(Samples.path("kiro-incident.yaml"));
        String added = text.replace("          - ec2:TerminateInstances       # delete: the calls that took the region down\n", "");
        assertThat(added).isNotEqualTo(text);
        Path edited = Files.writeString(dir.resolve("kiro-incident.yaml"), added);

        Assessment now = Oversight.check(CheckRequest.of(edited).asOf(Samples.AS_OF).baseline(baseline, true)).assessment();
        Trend trend = Trend.of(now).orElseThrow();
        List<Finding> updated = now.openFindings().stream().filter(f -> now.baseline().state(f).equals("updated")).toList();
        assertThat(updated).extracting(Finding::control).contains("HO-02");
        assertThat(trend.added()).isEmpty();
        assertThat(trend.updated()).containsExactlyInAnyOrderElementsOf(updated);
        assertThat(trend.unchanged()).hasSize(now.openFindings().size() - updated.size());
        String line = "Since the report of " + Samples.AS_OF + ": 0 new, 0 resolved, " + updated.size() + " updated, "
                + trend.unchanged().size() + " unchanged open findings; 0 past their severity's time limit since that report.";
        assertThat(trend.line()).isEqualTo(line);

        PdfText report = new PdfText(Samples.render(now, RenderOptions.PLAIN));
        assertThat(squash(report.page(1))).contains(squash(line));
        // The check ran with --fail-on-new and passed: the verdict stays FAIL, and the cover, every page's head and the sign-off say why.
        String gate = "Only findings new since the baseline fail the check (--fail-on-new): it passes, as none is new at high or above.";
        assertThat(squash(report.page(1))).contains(squash(gate));
        assertThat(squash(report.page(2))).contains(squash("against high, new only"));
        assertThat(squash(report.all())).contains(squash("(the verdict is FAIL). " + gate));
        assertThat(squash(report.all())).contains(squash("Updated since the last report (" + updated.size() + ")"),
                squash("The JSON output marks every finding new, updated or unchanged.")).doesNotContain(squash("New since the last report"));
    }

    /** An action added to an entry adds to its findings: new, as a gate on new findings must see them, not an edit of the old ones. */
    @Test
    void findingsThatListMoreThanBeforeAreNew() throws Exception {
        Grown grown = grown();
        Assessment now = Oversight.check(CheckRequest.of(grown.edited()).asOf(Samples.AS_OF).baseline(grown.baseline(), true)).assessment();
        assertThat(now.findings().stream().filter(f -> now.baseline().isNew(f)).map(f -> f.control() + " " + f.subject().id()))
                .containsExactlyInAnyOrder("HO-01 infra-assistant", "HO-02 infra-assistant");
        assertThat(Trend.of(now).orElseThrow().added()).extracting(Finding::control).containsExactlyInAnyOrder("HO-01", "HO-02");
        assertThat(now.gate()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void withoutABaselineThereIsNoTrendSection() {
        Assessment kiro = Samples.assess("kiro-incident.yaml");
        assertThat(Trend.of(kiro)).isEmpty();
        assertThat(new PdfText(Samples.render(kiro, RenderOptions.PLAIN)).topLevelTitles()).doesNotContain("Trend since the last report");
    }

    @Test
    void theTimelineListsUpcomingClausesWithDutyHolderFindingsAndNotes() {
        Assessment kiro = Samples.assess("kiro-incident.yaml");
        List<RegulatoryTimeline.Obligation> obligations = RegulatoryTimeline.obligations(new ReportFacts(kiro));
        assertThat(obligations).isNotEmpty().allMatch(o -> o.clause().appliesFrom().isAfter(Samples.AS_OF)
                && !o.clause().appliesFrom().isAfter(Samples.AS_OF.plusMonths(24)));
        RegulatoryTimeline.Obligation logs = obligations.stream().filter(o -> o.clause().id().equals("Art. 12(1)")).findFirst().orElseThrow();
        assertThat(logs.clause().appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(logs.breaches()).extracting(Finding::control).containsExactly("AC-02");
        assertThat(obligations).extracting(o -> o.clause().id()).as("the catalog's order, not the ids' spelling")
                .containsSubsequence("Art. 6", "Art. 9", "Art. 12(1)", "Art. 26(5)", "Art. 26(11)", "Art. 86");
        String timeline = squash(new PdfText(Samples.render(kiro, RenderOptions.PLAIN)).all());
        assertThat(logs.reason()).startsWith("applies from 2027-12-02; whether it will bind is undetermined");
        assertThat(timeline).contains(squash("2027-12-02 EU AI Act Art. 12(1) Automatic event recording providers; the organization is one (by default) "
                + "One open finding of AC-02, on infra-assistant. " + Words.capitalize(logs.reason()) + "."), squash("Source: " + logs.framework().citation()),
                squash("Note: " + logs.clause().note().strip()));
    }

    /**
     * The timeline lists what the framework coverage finds will bind: no high-risk duty where every
     * agent is classified below high risk, and a high-risk duty of an agent on the Annex I route from
     * that route's day, with its findings.
     */
    @Test
    void theTimelineListsOnlyWhatWillBindTheDeploymentFromTheDayItBindsIt() throws Exception {
        String yaml = Files.readString(Samples.path("kiro-incident.yaml"));
        String unclassified = "    # no riskTier: the agent was never classified\n";
        assertThat(yaml).contains(unclassified);
        Assessment minimal = Samples.check("minimal.yaml", yaml.replace(unclassified, "    riskTier: minimal\n"), Samples.AS_OF);
        assertThat(RegulatoryTimeline.obligations(new ReportFacts(minimal))).extracting(o -> o.clause().id())
                .doesNotContain("Art. 9", "Art. 12(1)", "Art. 26(5)", "Art. 26(11)", "Art. 86");

        Assessment annexI = Samples.check("annex-i.yaml", yaml.replace(unclassified, "    riskTier: high\n    euAiAct: {route: annex-i}\n"),
                Samples.AS_OF);
        RegulatoryTimeline.Obligation logs = RegulatoryTimeline.obligations(new ReportFacts(annexI)).stream()
                .filter(o -> o.clause().id().equals("Art. 12(1)")).findFirst().orElseThrow();
        assertThat(logs.from()).isEqualTo(LocalDate.of(2028, 8, 2));
        assertThat(logs.breaches()).extracting(Finding::control, f -> f.subject().agentId()).containsExactly(tuple("AC-02", "infra-assistant"));
        assertThat(RegulatoryTimeline.obligations(new ReportFacts(annexI))).extracting(o -> o.clause().id())
                .as("Annex III duties never bind an Annex I agent").doesNotContain("Art. 27(1)", "Art. 86");
    }

    /**
     * A deployment under Colorado's law alone (its lending agent decides about people) meets that
     * law's deployer duties from 2027-01-01: the timeline names the organization's role as the
     * format states it, not as an EU AI Act role, which no clause listed has.
     */
    @Test
    void aTimelineWithoutAnEuAiActClauseNamesTheRoleAsEveryLawReadsIt() throws Exception {
        String yaml = Files.readString(Samples.path("platform-team.yaml")).replaceFirst("  jurisdictions:\n    - EU\n", "  jurisdictions:\n    - US-CO\n");
        Assessment colorado = Samples.check("colorado.yaml", yaml, Samples.AS_OF);
        assertThat(RegulatoryTimeline.obligations(new ReportFacts(colorado))).isNotEmpty()
                .allMatch(o -> o.framework().id().equals("colorado-sb-26-189")).anyMatch(o -> o.clause().bindsByRole());
        String text = squash(new PdfText(Samples.render(colorado, RenderOptions.PLAIN)).all());
        assertThat(text).contains(squash("the file does not state the organization's role as provider or deployer (metadata.euAiActRoles, "
                + "which decides every listed law's provider and deployer duties), so it is taken as provider and deployer"))
                .doesNotContain(squash("EU AI Act role"));
    }

    @Test
    void anEscalatedSeverityIsExplainedInTheCatalogsWords() {
        Assessment kiro = Samples.assess("kiro-incident.yaml");
        ControlGroup escalated = ControlGroup.of(kiro.catalog(), kiro.findings()).stream()
                .filter(g -> g.findings().stream().anyMatch(f -> f.severity() != g.control().severity())).findFirst().orElseThrow();
        Finding f = escalated.findings().stream().filter(x -> x.severity() != escalated.control().severity()).findFirst().orElseThrow();
        var escalation = escalated.control().escalations().stream().filter(e -> e.severity() == f.severity()).findFirst().orElseThrow();
        assertThat(FindingsSection.escalations(escalated)).contains("raised to " + f.severity().label() + " for ")
                .contains(escalation.reason());
        assertThat(squash(new PdfText(Samples.render(kiro, RenderOptions.PLAIN)).all()))
                .contains(squash("the catalog rates this control " + escalated.control().severity().label() + FindingsSection.escalations(escalated)));
    }

    @Test
    void idsSortAsAPersonCountsThem() {
        assertThat(List.of("agent-10", "agent-9", "agent-100", "agent-1", "b", "a-2").stream().sorted(Words.NATURAL).toList())
                .containsExactly("a-2", "agent-1", "agent-9", "agent-10", "agent-100", "b");
    }

    /** {@code earlier}'s JSON output, written where a CI job keeps the last report. */
    private Path lastReport(Assessment earlier) throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Renderers.byName("json").orElseThrow().render(earlier, RenderOptions.PLAIN, json);
        return Files.write(dir.resolve("last-report.json"), json.toByteArray());
    }
}
