package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A consumer-facing agent that decides on loans, in Colorado, California or Texas. Colorado SB
 * 26-189's duties are upcoming until 2027-01-01 and judged by TR-03 to TR-07 from then on, each
 * clause by the controls of the safeguards it requires;
 * California's risk assessment (RM-08) binds since 2026-01-01; Texas TRAIGA's duties of
 * government entities bind only a public-sector organization; each state's duties do not apply in
 * the others.
 */
class DecisionsAboutPeopleTest {

    private static final String DEPLOYMENT = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata: {name: lending, organization: Lend LLC, owner: coo, jurisdictions: [US, STATE], euAiActRoles: [deployer]PUBLIC}
            people:
              - {id: coo}
            agents:
              - id: loan-bot
                owner: coo
                riskTier: high
                userFacing: true
                disclosure: true
                useCases: [credit]
                decisions: {aboutPeople: true, notice: true, explanation: true, humanReview: HUMAN_REVIEW, appeal: true, correction: true, records: RECORDS}
            ASSESSMENTS""";

    private static final String RISK_ASSESSED = "    assessments: {risk: {date: 2026-06-01, reviewer: coo}}\n";

    private static Assessment assess(String state, boolean safeguards, LocalDate asOf) throws Exception {
        return assess(state, safeguards, "", "", asOf);
    }

    private static Assessment assess(String state, boolean safeguards, String metadata, String assessments, LocalDate asOf) throws Exception {
        return check(text(state, safeguards, metadata, assessments), asOf);
    }

    /** The deployment in {@code state}, its safeguards of review and records all there or all missing. */
    private static String text(String state, boolean safeguards, String metadata, String assessments) {
        return DEPLOYMENT.replace("STATE", state).replace("HUMAN_REVIEW", String.valueOf(safeguards))
                .replace("RECORDS", String.valueOf(safeguards)).replace("PUBLIC", metadata).replace("ASSESSMENTS", assessments);
    }

    private static Assessment check(String text, LocalDate asOf) throws Exception {
        return Oversight.check(CheckRequest.of().asOf(asOf), "lending.yaml", text.getBytes(StandardCharsets.UTF_8)).assessment();
    }

    private static Map<String, String> statuses(Assessment a, String framework) {
        return clauses(a, framework).stream().collect(Collectors.toMap(c -> c.clause().id(), c -> c.status().label()));
    }

    private static java.util.List<ClauseResult> clauses(Assessment a, String framework) {
        return a.frameworks().stream().filter(f -> f.framework().id().equals(framework)).findFirst().orElseThrow().clauses();
    }

    private static ClauseResult clause(Assessment a, String framework, String id) {
        return clauses(a, framework).stream().filter(c -> c.clause().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void coloradoDutiesAreUpcomingUntilTheyBindAndThenJudged() throws Exception {
        assertThat(statuses(assess("US-CO", false, LocalDate.of(2026, 12, 31)), "colorado-sb-26-189")).isEqualTo(Map.of(
                "Notice at the point of use", "upcoming", "Explanation of an adverse decision", "upcoming",
                "Correction and human review", "upcoming", "Records", "upcoming", "Developer documentation", "not-applicable"));
        Assessment gap = assess("US-CO", false, LocalDate.of(2027, 1, 2));
        assertThat(statuses(gap, "colorado-sb-26-189")).isEqualTo(Map.of(
                "Notice at the point of use", "met", "Explanation of an adverse decision", "met",
                "Correction and human review", "gap", "Records", "gap", "Developer documentation", "not-applicable"));
        assertThat(gap.findings()).filteredOn(f -> f.control().matches("TR-0[3-7]"))
                .extracting(f -> f.control() + " " + f.subject().agentId() + " " + f.severity().label() + " line " + f.primaryEvidence().line())
                .containsExactlyInAnyOrder("TR-06 loan-bot high line 13", "TR-04 loan-bot medium line 13");
        assertThat(clause(gap, "colorado-sb-26-189", "Notice at the point of use").controls()).containsExactly("TR-03");
        assertThat(clause(gap, "colorado-sb-26-189", "Explanation of an adverse decision").controls()).containsExactly("TR-05");
        assertThat(clause(gap, "colorado-sb-26-189", "Correction and human review").controls()).containsExactlyInAnyOrder("TR-06", "TR-07");
        assertThat(clause(gap, "colorado-sb-26-189", "Records").controls()).containsExactly("TR-04");
        Assessment met = assess("US-CO", true, LocalDate.of(2027, 1, 2));
        assertThat(statuses(met, "colorado-sb-26-189")).isEqualTo(Map.of(
                "Notice at the point of use", "met", "Explanation of an adverse decision", "met",
                "Correction and human review", "met", "Records", "met", "Developer documentation", "not-applicable"));
        assertThat(met.frameworks()).filteredOn(f -> f.framework().id().equals("colorado-sb-26-189"))
                .allSatisfy(f -> assertThat(f.attestations()).isEmpty());
    }

    /** Colorado asks for correction and meaningful human review: a missing way to contest beside a human review is no gap in it. */
    @Test
    void coloradoAsksForHumanReviewNotForAnAppealBesideIt() throws Exception {
        Assessment a = check(text("US-CO", true, "", "").replace("appeal: true", "appeal: false"), LocalDate.of(2027, 1, 2));
        assertThat(a.findings()).filteredOn(f -> f.control().equals("TR-06")).singleElement()
                .satisfies(f -> assertThat(f.items()).containsExactly("no appeal"));
        assertThat(statuses(a, "colorado-sb-26-189")).containsEntry("Correction and human review", "met");
    }

    @Test
    void californiasRiskAssessmentBindsSinceTheRegulationsTookEffectAndIsJudgedFromTheRiskAssessment() throws Exception {
        // Processing begun since 2026-01-01 needs the assessment before it starts: a file without decisions.since is asked for it now.
        Assessment before = assess("US-CA", true, LocalDate.of(2027, 1, 2));
        assertThat(statuses(before, "ccpa-admt")).isEqualTo(Map.of("§ 7155", "gap", "§ 7220", "met", "§ 7221", "met", "§ 7222", "met"));
        assertThat(clause(before, "ccpa-admt", "§ 7155").appliesFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(before.findings()).filteredOn(f -> f.control().equals("RM-08"))
                .extracting(f -> f.subject().agentId() + " " + f.severity().label() + " line " + f.primaryEvidence().line())
                .containsExactly("loan-bot medium line 7");
        // Until 2027-12-31 the finding says that processing begun before 2026 may still have time; from 2028 it does not.
        assertThat(before.findings()).filteredOn(f -> f.control().equals("RM-08")).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("'loan-bot' takes part in significant decisions about consumers in California without a risk assessment dated on"
                        + " or before the as-of date; if its processing began before 2026, the assessment is due by 2027-12-31"
                        + " (decisions.since can say when it began)"));
        assertThat(assess("US-CA", true, LocalDate.of(2028, 1, 1)).findings()).filteredOn(f -> f.control().equals("RM-08")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("without a risk assessment dated on or before the as-of date"));
        assertThat(statuses(assess("US-CA", true, LocalDate.of(2025, 12, 31)), "ccpa-admt")).containsEntry("§ 7155", "upcoming");
        Assessment assessed = assess("US-CA", true, "", RISK_ASSESSED, LocalDate.of(2027, 12, 31));
        assertThat(statuses(assessed, "ccpa-admt")).isEqualTo(Map.of("§ 7155", "met", "§ 7220", "met", "§ 7221", "met", "§ 7222", "met"));
        assertThat(assessed.findings()).noneMatch(f -> f.control().equals("RM-08"));
    }

    /**
     * decisions.since dates the assessment: processing begun before 2026 has until 2027-12-31, later
     * processing needs it from the day it begins. A missing one is a finding all along, which says
     * when it is due, and the clause is upcoming until then with that finding; an assessment dated
     * after it was due is a finding too (red team: it had left the timing clause met).
     */
    @Test
    void whenTheAgentBeganDecidesWhenCaliforniasRiskAssessmentIsDue() throws Exception {
        String earlier = text("US-CA", true, "", "").replace("records: true}", "records: true, since: 2025-06-01}");
        assertThat(earlier).contains("since: 2025-06-01");
        Assessment stillInTime = check(earlier, LocalDate.of(2027, 12, 31));
        Finding missing = stillInTime.findings().stream().filter(f -> f.control().equals("RM-08")).findFirst().orElseThrow();
        assertThat(missing.message()).isEqualTo("'loan-bot' takes part in significant decisions about consumers in California without a"
                + " risk assessment dated on or before the as-of date; it is due by 2027-12-31, as decisions.since dates its processing");
        assertThat(statuses(stillInTime, "ccpa-admt")).containsEntry("§ 7155", "upcoming");
        assertThat(clause(stillInTime, "ccpa-admt", "§ 7155")).satisfies(c -> {
            assertThat(c.appliesFrom()).isEqualTo(LocalDate.of(2028, 1, 1));
            assertThat(c.reason()).isEqualTo("due for agent loan-bot from 2028-01-01");
            assertThat(c.findings()).containsExactly(missing.fingerprint());
        });
        assertThat(check(earlier, LocalDate.of(2028, 1, 1)).findings()).filteredOn(f -> f.control().equals("RM-08"))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("'loan-bot' takes part in significant decisions"
                        + " about consumers in California without a risk assessment dated on or before the as-of date"));
        // Before the regulations bind at all, the later of the two days.
        assertThat(clause(check(earlier, LocalDate.of(2025, 7, 1)), "ccpa-admt", "§ 7155").appliesFrom()).isEqualTo(LocalDate.of(2028, 1, 1));

        String later = earlier.replace("since: 2025-06-01", "since: 2026-03-01");
        Assessment notBegun = check(later, LocalDate.of(2026, 2, 28));
        assertThat(notBegun.findings()).filteredOn(f -> f.control().equals("RM-08")).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("; it is due by 2026-03-01, as decisions.since dates its processing"));
        assertThat(clause(notBegun, "ccpa-admt", "§ 7155").appliesFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(check(later, LocalDate.of(2026, 3, 1)).findings()).filteredOn(f -> f.control().equals("RM-08"))
                .extracting(f -> f.subject().agentId() + " " + f.severity().label() + " line " + f.primaryEvidence().line() + " " + f.message())
                .containsExactly("loan-bot medium line 7 'loan-bot' takes part in significant decisions about consumers in California"
                        + " without a risk assessment dated on or before the as-of date");
        Assessment late = check(later + "    assessments: {risk: {date: 2026-09-01, reviewer: coo}}\n", LocalDate.of(2026, 12, 1));
        assertThat(late.findings()).filteredOn(f -> f.control().equals("RM-08")).extracting(Finding::message).containsExactly(
                "'loan-bot' began taking part in significant decisions about consumers in California on 2026-03-01, but its risk"
                + " assessment is dated 2026-09-01: it was due by 2026-03-01, before the processing");
        assertThat(statuses(late, "ccpa-admt")).containsEntry("§ 7155", "gap");

        // Beside an agent it binds today, assessed in time: met for that one, and the reason names the one still in time and its finding.
        String both = earlier + """
                  - id: rent-bot
                    owner: coo
                    useCases: [essential-services]
                    decisions: {since: 2026-02-01}
                    assessments: {risk: {date: 2026-01-15, reviewer: coo}}
                """;
        Assessment mixed = check(both, LocalDate.of(2026, 12, 1));
        assertThat(mixed.findings()).filteredOn(f -> f.control().equals("RM-08")).extracting(f -> f.subject().agentId()).containsExactly("loan-bot");
        assertThat(clause(mixed, "ccpa-admt", "§ 7155")).satisfies(c -> {
            assertThat(c.status().name()).isEqualTo("MET");
            assertThat(c.reason()).isEqualTo("met for the agents it binds today; due for agent loan-bot from 2028-01-01, and 1 open finding"
                    + " about it would make it a gap then");
        });
        assertThat(statuses(check(both.replace("date: 2026-01-15", "date: 2026-12-15"), LocalDate.of(2026, 12, 1)), "ccpa-admt"))
                .containsEntry("§ 7155", "gap");
    }

    @Test
    void withoutHumanReviewOnlyTheCaliforniaClauseThatRequiresItIsAGap() throws Exception {
        Assessment a = assess("US-CA", false, LocalDate.of(2027, 1, 2));
        assertThat(statuses(a, "ccpa-admt")).isEqualTo(Map.of("§ 7155", "gap", "§ 7220", "met", "§ 7221", "gap", "§ 7222", "met"));
        assertThat(clause(a, "ccpa-admt", "§ 7220").controls()).containsExactly("TR-03");
        assertThat(clause(a, "ccpa-admt", "§ 7221").controls()).containsExactly("TR-06");
        assertThat(clause(a, "ccpa-admt", "§ 7222").controls()).containsExactly("TR-05");
    }

    /** With every safeguard in place GDPR Art. 22 is still not met on the file's word: its grounds (contract, law, consent) a person attests. */
    @Test
    void gdprArticle22sGroundsNeedAnAttestation() throws Exception {
        Assessment a = assess("EU", true, LocalDate.of(2027, 12, 3));
        assertThat(statuses(a, "gdpr")).containsEntry("Art. 22", "needs-attestation");
        assertThat(clause(a, "gdpr", "Art. 22").reason()).isEqualTo("its controls found nothing wrong, but part of it no field can show:"
                + " ATT-GDPR-22 needs a person to confirm it");
    }

    /** California accepts an opt-out instead of an appeal to a human: with optOut, § 7221 is met though TR-06 still asks for both. */
    @Test
    void anOptOutMeetsCaliforniasClauseWithoutAHumanAppeal() throws Exception {
        Assessment a = check(text("US-CA", false, "", RISK_ASSESSED).replace("appeal: true", "appeal: false, optOut: true"),
                LocalDate.of(2027, 1, 2));
        assertThat(a.findings()).filteredOn(f -> f.control().equals("TR-06")).singleElement()
                .satisfies(f -> assertThat(f.items()).containsExactly("no appeal", "no humanReview"));
        assertThat(statuses(a, "ccpa-admt")).containsEntry("§ 7221", "met");
    }

    @Test
    void withoutHumanReviewGdprArticle22IsAGapWhileTheAiActsNoticeAndExplanationAreMet() throws Exception {
        Assessment a = assess("EU", false, LocalDate.of(2027, 12, 3));
        assertThat(statuses(a, "gdpr")).containsEntry("Art. 22", "gap");
        assertThat(clause(a, "gdpr", "Art. 22").controls()).containsExactly("TR-06");
        assertThat(statuses(a, "eu-ai-act")).containsEntry("Art. 26(11)", "met").containsEntry("Art. 86", "met");
        assertThat(clause(a, "eu-ai-act", "Art. 26(11)").controls()).containsExactly("TR-03");
        assertThat(clause(a, "eu-ai-act", "Art. 86").controls()).containsExactly("TR-05");
    }

    /**
     * Duties of government bind no organization that is not publicSector, and may bind one that is: the
     * field also covers private entities providing public services, which they do not bind.
     */
    @Test
    void texasDutiesOfGovernmentBindNoOrganizationOutsideThePublicSector() throws Exception {
        Assessment business = assess("US-TX", true, ", publicSector: false", "", LocalDate.of(2026, 12, 1));
        assertThat(statuses(business, "texas-traiga")).isEqualTo(Map.of("Manipulation toward self-harm or crime", "needs-attestation",
                "Social scoring by government", "not-applicable", "Intentional discrimination", "not-assessed",
                "Sexual content", "needs-attestation", "Disclosure to consumers", "undetermined"));
        assertThat(clause(business, "texas-traiga", "Social scoring by government").reason())
                .isEqualTo("duty holder: it binds government entities, and metadata.publicSector is false");
        // Unstated is no answer: the organization may be a government entity (it had been not applicable, as if false).
        Assessment unstated = assess("US-TX", true, LocalDate.of(2026, 12, 1));
        assertThat(statuses(unstated, "texas-traiga")).containsEntry("Social scoring by government", "undetermined");
        assertThat(clause(unstated, "texas-traiga", "Social scoring by government").reason())
                .isEqualTo("duty holder: it binds government entities; metadata.publicSector is not stated: declare it");
        assertThat(clause(business, "texas-traiga", "Disclosure to consumers").reason()).isEqualTo("duty holder: it binds government"
                + " agencies and health-care providers; metadata.publicSector is not true, and the file cannot say whether the"
                + " organization provides health care");
        assertThat(clause(business, "texas-traiga", "Intentional discrimination").reason())
                .isEqualTo("no rule can judge it from a deployment description");
        Assessment agency = assess("US-TX", true, ", publicSector: true", "", LocalDate.of(2026, 12, 1));
        assertThat(statuses(agency, "texas-traiga")).isEqualTo(Map.of("Manipulation toward self-harm or crime", "needs-attestation",
                "Social scoring by government", "undetermined", "Intentional discrimination", "not-assessed",
                "Sexual content", "needs-attestation", "Disclosure to consumers", "undetermined"));
        assertThat(clause(agency, "texas-traiga", "Social scoring by government").reason()).isEqualTo("duty holder: it binds government"
                + " entities; metadata.publicSector is true, which also covers private entities providing public services, and the file"
                + " cannot say which the organization is");
        assertThat(clause(agency, "texas-traiga", "Disclosure to consumers").reason()).endsWith("cannot say which the organization is,"
                + " nor whether it provides health care");
        // Whoever holds the duty to disclose, an agent no consumer talks to has nothing to disclose.
        Assessment internal = check(text("US-TX", true, ", publicSector: true", "").replace("userFacing: true", "userFacing: false"),
                LocalDate.of(2026, 12, 1));
        assertThat(clause(internal, "texas-traiga", "Disclosure to consumers").status()).isEqualTo(ClauseStatus.NOT_APPLICABLE);
        assertThat(clause(internal, "texas-traiga", "Disclosure to consumers").reason())
                .isEqualTo("nothing to check: no user-facing agent, whoever holds the duty");
        // Before the law is in force the clause is upcoming, as the others are, not undetermined.
        ClauseResult before = clause(assess("US-TX", true, LocalDate.of(2025, 12, 31)), "texas-traiga", "Disclosure to consumers");
        assertThat(before.status()).isEqualTo(ClauseStatus.UPCOMING);
        assertThat(before.reason()).isEqualTo("applies from 2026-01-01; duty holder: it binds government agencies and health-care providers,"
                + " which the file cannot settle");
    }

    /** RM-03 reports every banned use; each Texas ban is broken only by its own: manipulation is no social scoring. */
    @Test
    void eachTexasBanIsBrokenOnlyByItsOwnUse() throws Exception {
        String text = text("US-TX", true, ", publicSector: true", "").replace("[credit]", "[credit, manipulation]");
        Assessment a = check(text, LocalDate.of(2026, 12, 1));
        Finding rm03 = a.findings().stream().filter(f -> f.control().equals("RM-03")).findFirst().orElseThrow();
        assertThat(rm03.references()).extracting(r -> r.clause()).contains("Manipulation toward self-harm or crime")
                .doesNotContain("Social scoring by government");
        assertThat(statuses(a, "texas-traiga")).containsEntry("Manipulation toward self-harm or crime", "gap");
        // An agent classified unacceptable does not say which practice it is: both bans are broken.
        String unacceptable = text.replace("[credit, manipulation]", "[customer-service]").replace("riskTier: high", "riskTier: unacceptable");
        Assessment banned = check(unacceptable, LocalDate.of(2026, 12, 1));
        assertThat(statuses(banned, "texas-traiga")).containsEntry("Manipulation toward self-harm or crime", "gap");
        assertThat(texasClausesOf(banned)).containsExactlyInAnyOrder("Manipulation toward self-harm or crime", "Social scoring by government");
        // Where the file names the banned practice, the classification stands for no other.
        Assessment named = check(unacceptable.replace("[customer-service]", "[manipulation]"), LocalDate.of(2026, 12, 1));
        assertThat(statuses(named, "texas-traiga")).containsEntry("Manipulation toward self-harm or crime", "gap");
        assertThat(texasClausesOf(named)).containsExactly("Manipulation toward self-harm or crime");
    }

    /** The Texas clauses RM-03's findings cite. */
    private static List<String> texasClausesOf(Assessment a) {
        return a.findings().stream().filter(f -> f.control().equals("RM-03")).flatMap(f -> f.references().stream())
                .filter(r -> r.framework().equals("texas-traiga")).map(r -> r.clause()).distinct().toList();
    }

    @Test
    void anAgentThatDecidesAboutPeopleWhereUsNamesNoStateLeavesTheStatesClausesUndetermined() throws Exception {
        // [US, EU]: the lender's agent decides about people, but whether in Colorado or California the file does not say (change
        // review: the clauses of the agents under the state's code had read not applicable, as its rules run only there).
        Assessment a = assess("EU", false, LocalDate.of(2027, 1, 2));
        assertThat(statuses(a, "colorado-sb-26-189")).containsEntry("Records", "undetermined");
        assertThat(clause(a, "colorado-sb-26-189", "Records").reason()).isEqualTo("it binds in US-CO the agents that decide about people, which"
                + " its rules judge only there, and metadata.jurisdictions lists US but no state: list US-CO where the deployment operates there");
        assertThat(statuses(a, "texas-traiga").values()).doesNotContain("met", "gap", "needs-attestation");
    }

    @Test
    void otherJurisdictionsDecisionDutiesDoNotApply() throws Exception {
        Assessment a = assess("US-CO", true, LocalDate.of(2027, 1, 2));
        assertThat(statuses(a, "ccpa-admt").values()).containsOnly("not-applicable");
        assertThat(statuses(a, "gdpr").values()).containsOnly("not-applicable");
        assertThat(statuses(a, "texas-traiga").values()).containsOnly("not-applicable");
        assertThat(a.findings()).noneMatch(f -> f.control().equals("RM-08"));
    }
}
