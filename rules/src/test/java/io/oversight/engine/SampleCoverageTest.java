package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every clause's status, per framework, for the incident sample and its remediated twin on the
 * as-of date of the golden reports. The incident claims nothing it did not check: no personal
 * data makes GDPR Art. 35 not applicable, no user-facing agent Art. 50(1), no waiver MANAGE 1.4,
 * no delegation AC-6(10); an unclassified agent leaves whether the high-risk clauses will bind undetermined.
 */
class SampleCoverageTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final Assessment INCIDENT = assess("kiro-incident");
    private static final Assessment REMEDIATED = assess("kiro-remediated");

    private static Assessment assess(String sample) {
        try {
            return Oversight.check(CheckRequest.of(Path.of("../samples/" + sample + ".yaml")).asOf(AS_OF)).assessment();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code statusesAndClauses}: a status label, then the clause ids that have it joined by "|", and so on. */
    private static void assertStatuses(Assessment a, String framework, Double score, Double assessed, String... statusesAndClauses) {
        FrameworkResult f = a.frameworks().stream().filter(fr -> fr.framework().id().equals(framework)).findFirst().orElseThrow();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < statusesAndClauses.length; i += 2) {
            for (String clause : statusesAndClauses[i + 1].split("\\|")) {
                expected.put(clause, statusesAndClauses[i]);
            }
        }
        assertThat(f.clauses().stream().collect(Collectors.toMap(c -> c.clause().id(), c -> c.status().label())))
                .as(framework).isEqualTo(expected);
        assertThat(rounded(f.score())).as(framework + " score").isEqualTo(score);
        assertThat(rounded(f.assessedShare())).as(framework + " assessed").isEqualTo(assessed);
    }

    private static Double rounded(Double share) {
        return share == null ? null : Math.round(share * 1000) / 1000.0;
    }

    private static String reason(Assessment a, String framework, String clause) {
        return a.frameworks().stream().filter(fr -> fr.framework().id().equals(framework)).findFirst().orElseThrow().clauses().stream()
                .filter(c -> c.clause().id().equals(clause)).findFirst().orElseThrow().reason();
    }

    /**
     * The Bedrock agent's ungated deletions in production are changes to the system: CM-3 and CC8.1,
     * which cite HO-01 for every high-impact verb but send and pay, are gaps (they had been met, the
     * review: deleting production is the change control exists for). A met clause whose controls all
     * pass says nothing more.
     */
    @Test
    void ungatedDeletionsInProductionAreAChangeControlGap() {
        Assessment bedrock = assess("bedrock-ops-agent");
        assertThat(bedrock.findings()).extracting(Finding::control).contains("HO-01");
        for (String[] clause : new String[][] {{"nist-800-53", "CM-3"}, {"soc2", "CC8.1"}}) {
            assertThat(bedrock.frameworks().stream().filter(f -> f.framework().id().equals(clause[0])).findFirst().orElseThrow().clauses()
                    .stream().filter(c -> c.clause().id().equals(clause[1])).findFirst().orElseThrow().status()).isEqualTo(ClauseStatus.GAP);
        }
        assertThat(reason(REMEDIATED, "nist-800-53", "IA-4")).isNull();
    }

    @Test
    void euAiAct() {
        String highRisk = "Art. 9|Art. 12(1)|Art. 14(4)(a)|Art. 14(4)(b)|Art. 14(4)(c)|Art. 14(4)(d)|Art. 14(4)(e)|Art. 15(4)"
                + "|Art. 19(1)|Art. 26(1)-(2)|Art. 26(5)|Art. 26(6)|Art. 26(9)|Art. 26(11)|Art. 27(1)|Art. 86";
        // Art. 5(1): RM-03 found no banned use among those the file states; that there is none beyond them, a person attests.
        assertStatuses(INCIDENT, "eu-ai-act", 0.0, 0.333,
                "gap", "Art. 4",
                "needs-attestation", "Art. 5(1)",
                "upcoming", "Art. 5(1)(ba)-(bb)|Art. 6|Art. 6(1)|Art. 6(2)|Art. 6(3)-(4)|Annex III|" + highRisk,
                "undetermined", "Art. 73(2)-(4)",
                "not-applicable", "Art. 14(5)|Art. 50(1)|Art. 50(2)|Art. 99");
        assertThat(reason(INCIDENT, "eu-ai-act", "Art. 14(5)")).isEqualTo("nothing it binds: no agent is used for biometric identification");
        assertThat(reason(INCIDENT, "eu-ai-act", "Art. 50(1)")).isEqualTo("nothing to check: no user-facing agent");
        assertThat(reason(INCIDENT, "eu-ai-act", "Art. 73(2)-(4)")).isEqualTo("binds high-risk systems only, and agent infra-assistant has no riskTier");
        assertThat(reason(INCIDENT, "eu-ai-act", "Art. 9")).isEqualTo("applies from 2027-12-02; whether it will bind is undetermined: "
                + "it binds high-risk systems only, and agent infra-assistant has no riskTier");
        assertThat(reason(INCIDENT, "eu-ai-act", "Art. 99")).isEqualTo("it binds Member States, not the organization");
        assertStatuses(REMEDIATED, "eu-ai-act", 1.0, 0.5,
                "met", "Art. 4",
                "needs-attestation", "Art. 5(1)",
                "upcoming", "Art. 5(1)(ba)-(bb)|Art. 6|Art. 6(1)|Art. 6(2)|Art. 6(3)-(4)|Annex III",
                "not-applicable", highRisk + "|Art. 14(5)|Art. 50(1)|Art. 50(2)|Art. 73(2)-(4)|Art. 99");
    }

    @Test
    void nistAiRmf() {
        assertStatuses(INCIDENT, "nist-ai-rmf", 0.071, 0.778,
                "gap", "GOVERN 1.3|GOVERN 1.4|GOVERN 1.5|GOVERN 2.2|GOVERN 3.2|MAP 3.4|MAP 3.5|MAP 5.1|MEASURE 2.4|MANAGE 1.3|MANAGE 2.4"
                        + "|MANAGE 4.1|MANAGE 4.3",
                "needs-attestation", "GOVERN 1.6|GOVERN 6.1|MAP 1.5",
                "met", "GOVERN 2.1",
                "not-assessed", "MANAGE 1.4");
        assertThat(reason(INCIDENT, "nist-ai-rmf", "MANAGE 1.4")).isEqualTo("nothing its controls judge: no waiver; no rule judges how risks"
                + " that no waiver accepts are recorded");
        // GOVERN 1.3 asks that the risk effort follow a documented tolerance: a tier on every agent is not that, so a person signs it.
        assertStatuses(REMEDIATED, "nist-ai-rmf", 1.0, 0.722,
                "met", "GOVERN 1.4|GOVERN 1.5|GOVERN 2.1|GOVERN 2.2|GOVERN 3.2|MAP 3.4|MAP 3.5|MAP 5.1|MEASURE 2.4|MANAGE 1.3"
                        + "|MANAGE 2.4|MANAGE 4.1|MANAGE 4.3",
                "needs-attestation", "GOVERN 1.3|GOVERN 1.6|GOVERN 6.1|MAP 1.5",
                "not-assessed", "MANAGE 1.4");
    }

    @Test
    void iso42001() {
        assertStatuses(INCIDENT, "iso-42001", 0.0, 0.75,
                "gap", "8.2|A.2.2|A.2.4|A.3.2|A.4.6|A.6.2.6|A.6.2.8|A.8.4|A.9.2",
                "needs-attestation", "A.5.2|A.10.2",
                "not-assessed", "A.8.2");
        assertStatuses(REMEDIATED, "iso-42001", 1.0, 0.75,
                "met", "8.2|A.2.2|A.2.4|A.3.2|A.4.6|A.6.2.6|A.6.2.8|A.8.4|A.9.2",
                "needs-attestation", "A.5.2|A.10.2",
                "not-assessed", "A.8.2");
    }

    @Test
    void owaspLlm2025() {
        assertStatuses(INCIDENT, "owasp-llm-2025", 0.0, 1.0, "gap", "LLM06|LLM10");
        // Caps on an agent's actions are part of LLM10; limits on the model's tokens and cost no field shows.
        assertStatuses(REMEDIATED, "owasp-llm-2025", 1.0, 0.5, "met", "LLM06", "needs-attestation", "LLM10");
    }

    @Test
    void owaspAgentic2026() {
        assertStatuses(INCIDENT, "owasp-agentic-2026", 0.0, 0.2,
                "needs-attestation", "ASI01",
                "gap", "ASI02|ASI03",
                "not-assessed", "ASI04|ASI05|ASI06|ASI07|ASI08|ASI09|ASI10");
        assertStatuses(REMEDIATED, "owasp-agentic-2026", 1.0, 0.2,
                "needs-attestation", "ASI01",
                "met", "ASI02|ASI03",
                "not-assessed", "ASI04|ASI05|ASI06|ASI07|ASI08|ASI09|ASI10");
    }

    @Test
    void nist80053() {
        String judged = "AC-2|AC-2(9)|AC-3(2)|AC-5|AC-6|AC-6(7)|AC-25|AU-2|AU-3|AU-9|AU-11|CM-3|CM-5(4)|CP-9|CP-9(1)|CP-10"
                + "|IA-4|IA-5|IA-9"
                + "|IR-4|IR-6|IR-8|SC-24";
        // Write-once logs are not cryptography (AU-9(3)), and a restore test is not a test of the contingency plan (CP-4).
        String signed = "AU-9(3)|CP-4";
        String clauses = judged + "|" + signed;
        assertStatuses(INCIDENT, "nist-800-53", 0.0, 0.962, "gap", clauses, "not-applicable", "AC-6(10)", "not-assessed", "CM-5");
        assertThat(reason(INCIDENT, "nist-800-53", "AC-6(10)")).isEqualTo("nothing to check: no agent delegates to another");
        assertThat(reason(INCIDENT, "nist-800-53", "CM-5")).isEqualTo("nothing its controls judge: no agent holds a high-impact verb in an"
                + " environment under a change freeze; no rule judges change control outside a freeze");
        assertStatuses(REMEDIATED, "nist-800-53", 1.0, 0.885, "met", judged, "needs-attestation", signed, "not-applicable", "AC-6(10)",
                "not-assessed", "CM-5");
    }

    @Test
    void soc2() {
        assertStatuses(INCIDENT, "soc2", 0.0, 0.667, "not-assessed", "CC6.1", "gap", "CC6.3|CC8.1");
        assertStatuses(REMEDIATED, "soc2", 1.0, 0.667, "not-assessed", "CC6.1", "met", "CC6.3|CC8.1");
    }

    @Test
    void gdpr() {
        assertStatuses(INCIDENT, "gdpr", null, null, "not-applicable", "Art. 22|Art. 33|Art. 34|Art. 35");
        assertThat(reason(INCIDENT, "gdpr", "Art. 35")).isEqualTo("nothing to check: no agent handles personal data");
        assertThat(reason(INCIDENT, "gdpr", "Art. 22")).isEqualTo("nothing it binds: no agent takes decisions about people on its own");
        assertThat(reason(INCIDENT, "gdpr", "Art. 33")).isEqualTo("nothing to check: no agent handles personal data under EU, and the"
                + " organization does not declare gdpr among its incident regimes");
        assertThat(reason(INCIDENT, "gdpr", "Art. 34")).isEqualTo(reason(INCIDENT, "gdpr", "Art. 33"));
        assertStatuses(REMEDIATED, "gdpr", null, null, "not-applicable", "Art. 22|Art. 33|Art. 34|Art. 35");
        assertThat(Arrays.asList(INCIDENT, REMEDIATED)).allMatch(a -> a.frameworks().stream()
                .filter(f -> f.framework().id().equals("gdpr")).allMatch(f -> f.attestations().isEmpty()));
    }

    @Test
    void incidentRegimes() {
        // The incident sample does not say which notification laws bind Northwind: undetermined.
        assertStatuses(INCIDENT, "nis2", null, 0.0, "undetermined", "Art. 23(4)");
        assertStatuses(INCIDENT, "dora", null, 0.0, "undetermined", "Art. 19(4)");
        assertThat(reason(INCIDENT, "nis2", "Art. 23(4)")).isEqualTo("the file does not say whether the organization is an essential or"
                + " important entity under NIS2: declare governance.incidentResponse.regimes, listing nis2 if it is, or [] if no regime applies");
        assertThat(reason(INCIDENT, "dora", "Art. 19(4)")).isEqualTo("the file does not say whether the organization is a financial entity"
                + " under DORA: declare governance.incidentResponse.regimes, listing dora if it is, or [] if no regime applies");
        // The remediated twin declares NIS2 with its deadlines, and so no DORA.
        assertStatuses(REMEDIATED, "nis2", 1.0, 1.0, "met", "Art. 23(4)");
        assertStatuses(REMEDIATED, "dora", null, null, "not-applicable", "Art. 19(4)");
    }

    @Test
    void usStateLaws() {
        // The samples list US without a state: each state's law is judged, and what would bind today is undetermined.
        for (Assessment a : Arrays.asList(INCIDENT, REMEDIATED)) {
            // A developer's duty to document is owed to deployers of decision systems: with none, it binds nothing (law review).
            assertStatuses(a, "colorado-sb-26-189", null, null, "not-applicable",
                    "Notice at the point of use|Explanation of an adverse decision|Correction and human review|Records|Developer documentation");
            assertStatuses(a, "ccpa-admt", null, null, "not-applicable", "§ 7155|§ 7220|§ 7221|§ 7222");
            assertStatuses(a, "texas-traiga", null, 0.0, "not-applicable", "Disclosure to consumers",
                    "undetermined", "Intentional discrimination|Manipulation toward self-harm or crime|Sexual content|Social scoring by government");
            assertThat(a.frameworks().stream().filter(f -> f.framework().id().equals("texas-traiga")).findFirst().orElseThrow().attestations())
                    .as("no one signs for a state's law without knowing whether the deployment operates there").isEmpty();
        }
        assertThat(reason(INCIDENT, "texas-traiga", "Intentional discrimination")).isEqualTo("it binds in US-TX only, and metadata.jurisdictions"
                + " lists US but no state: list US-TX where the deployment operates there");
        assertThat(reason(INCIDENT, "colorado-sb-26-189", "Records")).isEqualTo("nothing to check: no agent decides about people in a deployment under US-CO");
        assertThat(reason(INCIDENT, "colorado-sb-26-189", "Developer documentation")).isEqualTo("nothing it binds: no agent decides about"
                + " people in a deployment under US-CO");
    }
}
