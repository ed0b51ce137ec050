package io.oversight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog is data that users cite by id: it must be whole, unique and consistent. */
class CatalogTest {

    private final Catalog catalog = CatalogLoader.builtIn();

    @Test
    void everyFamilyHoldsControls() {
        assertThat(catalog.controls().stream().map(Control::family).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(catalog.families().stream().map(Family::id).toList());
    }

    @Test
    void idsAreUniqueAndEveryControlIsComplete() {
        assertThat(catalog.controls().stream().map(Control::id).distinct()).hasSize(catalog.controls().size());
        for (Control c : catalog.controls()) {
            assertThat(List.of(c.title(), c.statement(), c.rationale(), c.check(), c.remediation(), c.remediationExample()))
                    .as(c.id()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(c.remediation()).as("%s remediation fits one terminal line", c.id()).doesNotContain("\n").hasSizeLessThan(140);
            assertThat(c.references()).as(c.id()).isNotEmpty();
        }
    }

    @Test
    void everyReferenceNamesAKnownClause() {
        for (Control c : catalog.controls()) {
            for (Reference r : c.references()) {
                Framework f = catalog.framework(r.framework()).orElseThrow(() -> new AssertionError(c.id() + " cites " + r.framework()));
                assertThat(f.clause(r.clause())).as("%s cites %s %s", c.id(), r.framework(), r.clause()).isPresent();
            }
        }
    }

    @Test
    void everyControlNamesTheSubjectsItsRuleExamines() {
        assertThat(catalog.controls().stream().filter(c -> c.appliesTo().contains(SubjectClass.DEPLOYMENT)).map(Control::id))
                .containsExactly("RM-06", "IR-01", "TR-02");
        assertThat(catalog.control("TR-01").orElseThrow().appliesTo()).containsExactly(SubjectClass.USER_FACING_AGENTS);
        assertThat(catalog.control("HO-06").orElseThrow().appliesTo()).containsExactly(SubjectClass.ACTING_ALONE_AGENTS, SubjectClass.HIGH_RISK_AGENTS);
        assertThat(SubjectClass.ofWord("agents-with-delegation")).contains(SubjectClass.AGENTS_WITH_DELEGATION);
        assertThat(SubjectClass.USER_FACING_AGENTS.absence()).isEqualTo("no user-facing agent");
        Control organizations = new Control("ACME-01", "t", Severity.LOW, null, "s", "r", "c", "fix", "x: y", List.of(), null);
        assertThat(organizations.appliesTo()).containsExactly(SubjectClass.DEPLOYMENT);
    }

    @Test
    void aClauseDutyIsAWordTheCoverageKnows() {
        Framework eu = catalog.framework("eu-ai-act").orElseThrow();
        assertThat(eu.clause("Art. 99").orElseThrow().bindsStatesOnly()).isTrue();
        Clause odd = new Clause("Art. 1", "t", "g", null, "importer", null, null, null, null, null);
        Framework broken = new Framework("eu-ai-act", "t", null, null, List.of(), null, List.of(odd), List.of());
        Catalog catalogWithIt = new Catalog("x", catalog.families(), List.of(), List.of(broken), List.of());
        assertThatThrownBy(() -> CatalogLoader.verify(catalogWithIt, List.of()))
                .hasMessage("eu-ai-act clause Art. 1 has duty 'importer'; expected one of provider, deployer, both, member-states, government,"
                        + " government-or-health-care");
    }

    @Test
    void aClauseThatBindsAnnexIiiSystemsOnlyHasNoAnnexIDate() {
        Clause dated = new Clause("Art. 86", "t", "g", LocalDate.of(2027, 12, 2), "deployer", true, null, LocalDate.of(2028, 8, 2), true, null);
        Framework broken = new Framework("eu-ai-act", "t", null, null, List.of(), null, List.of(dated), List.of());
        assertThatThrownBy(() -> CatalogLoader.verify(new Catalog("x", catalog.families(), List.of(), List.of(broken), List.of()), List.of()))
                .hasMessage("eu-ai-act clause Art. 86 binds Annex III systems only, so it must be highRiskOnly and have no annexIFrom");
        Clause anySystem = new Clause("Art. 86", "t", "g", LocalDate.of(2027, 12, 2), "deployer", null, null, null, true, null);
        Framework unrestricted = new Framework("eu-ai-act", "t", null, null, List.of(), null, List.of(anySystem), List.of());
        assertThatThrownBy(() -> CatalogLoader.verify(new Catalog("x", catalog.families(), List.of(), List.of(unrestricted), List.of()), List.of()))
                .hasMessage("eu-ai-act clause Art. 86 binds Annex III systems only, so it must be highRiskOnly and have no annexIFrom");
    }

    @Test
    void defaultSeveritiesFollowTheControlSpecification() {
        assertThat(catalog.control("HO-02").orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(catalog.control("IR-04").orElseThrow().severity()).isEqualTo(Severity.LOW);
        Set<String> medium = Set.of("HO-06", "PM-04", "PM-05", "AC-03", "AC-04", "AC-06", "RM-01", "RM-02", "RM-06", "RM-07",
                "IR-02", "IR-03", "TR-01", "TR-02");
        for (String id : medium) {
            assertThat(catalog.control(id).orElseThrow().severity()).as(id).isEqualTo(Severity.MEDIUM);
        }
    }

    @Test
    void escalationsGiveTheSeverityOfTheirConditionAndReadAsProse() {
        Control pm07 = catalog.control("PM-07").orElseThrow();
        assertThat(pm07.severityFor(null, TODAY, false)).isEqualTo(Severity.HIGH);
        assertThat(pm07.severityFor("destructive-in-critical-environment", TODAY, false)).isEqualTo(Severity.CRITICAL);
        assertThat(pm07.escalationText()).isEqualTo("critical for a destructive verb in a critical environment");
        assertThatThrownBy(() -> pm07.severityFor("eu-applies", TODAY, false)).hasMessage("control PM-07 has no escalation when eu-applies, and cites no clause unless it");
        Control ac06 = catalog.control("AC-06").orElseThrow();
        assertThat(ac06.severityFor("expired-waiver", TODAY, false)).isEqualTo(Severity.LOW);
        assertThat(ac06.escalationText()).isEqualTo("low for an expired waiver, which is reported and not applied");
        assertThat(catalog.control("HO-01").orElseThrow().escalationText()).isEmpty();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** A violation under two conditions at once: one rates its severity, the other leaves a clause met. */
    @Test
    void aConditionOfTwoPartsRatesBySeverityAndExemptsByClause() {
        Control ho02 = catalog.control("HO-02").orElseThrow();
        assertThat(ho02.namesCondition("unrated-production+one-approval")).isTrue();
        assertThat(ho02.namesCondition("unrated-production+no-such-condition")).isFalse();
        assertThat(ho02.severityFor("unrated-production+one-approval", TODAY, false)).isEqualTo(Severity.HIGH);
        assertThat(ho02.severityFor("one-approval", TODAY, false)).isEqualTo(Severity.CRITICAL);
        Reference asi03 = ho02.references().stream().filter(r -> r.clause().equals("ASI03")).findFirst().orElseThrow();
        assertThat(asi03.brokenBy("unrated-production+one-approval", null)).isFalse();
        assertThat(asi03.brokenBy("unrated-production", null)).isTrue();
        assertThat(asi03.brokenBy(null, null)).isTrue();
    }


    /**
     * An escalation that names the EU AI Act holds once a clause of the Act the control cites binds:
     * TR-01's cites Art. 50, binding from 2026-08-02; RM-03's the prohibitions of Art. 5, in force
     * since 2025. AC-04's and RM-02's name no framework: the controls' contract rates them high when
     * EU applies whatever the date, and the deferred high-risk duties show in their clauses' status.
     * An organization's escalation that names the Act over Art. 26 holds from 2027-12-02, and from
     * 2028-08-02 for an agent on the Annex I route.
     */
    @Test
    void anEscalationTheLawMakesHoldsFromTheDayItsClausesBind() {
        Control tr01 = catalog.control("TR-01").orElseThrow();
        assertThat(tr01.severityFor("eu-applies", LocalDate.of(2026, 8, 1), false)).isEqualTo(Severity.MEDIUM);
        assertThat(tr01.severityFor("eu-applies", LocalDate.of(2026, 8, 2), false)).isEqualTo(Severity.HIGH);
        assertThat(tr01.escalationText()).isEqualTo("high when EU applies, from 2026-08-02");
        assertThat(catalog.control("RM-03").orElseThrow().severityFor("eu-applies", TODAY, false)).isEqualTo(Severity.CRITICAL);
        Control rm02 = catalog.control("RM-02").orElseThrow();
        assertThat(rm02.severityFor("eu-applies", TODAY, false)).isEqualTo(Severity.HIGH);
        assertThat(rm02.escalationText()).isEqualTo("high when EU applies");
        Control ac04 = catalog.control("AC-04").orElseThrow();
        assertThat(ac04.severityFor("eu-high-risk-agent", TODAY, false)).isEqualTo(Severity.HIGH);
        Escalation byTheAct = new Escalation("eu-high-risk-agent", Severity.HIGH, "for a high-risk agent", "eu-ai-act", null, null);
        Control dated = CatalogLoader.withEscalationDates(List.of(ac04.withEscalations(List.of(byTheAct))), catalog.frameworks()).get(0);
        assertThat(dated.severityFor("eu-high-risk-agent", TODAY, false)).isEqualTo(Severity.MEDIUM);
        assertThat(dated.severityFor("eu-high-risk-agent", LocalDate.of(2027, 12, 2), false)).isEqualTo(Severity.HIGH);
        assertThat(dated.severityFor("eu-high-risk-agent", LocalDate.of(2028, 1, 1), true)).as("Annex I: Art. 26 binds from 2028-08-02")
                .isEqualTo(Severity.MEDIUM);
        assertThat(dated.severityFor("eu-high-risk-agent", LocalDate.of(2028, 8, 2), true)).isEqualTo(Severity.HIGH);
        assertThat(dated.escalationText()).isEqualTo("high for a high-risk agent, from 2027-12-02 (2028-08-02 under Annex I)");
    }

    /** The day is the clauses' and cannot be written by hand; the framework must be one the control cites. */
    @Test
    void anEscalationsDayComesFromItsFrameworksClauses() {
        Control rm02 = catalog.control("RM-02").orElseThrow();
        Escalation unnamed = new Escalation("eu-applies", Severity.HIGH, "when EU applies", "nist-ai-rmf", null, null);
        assertThatThrownBy(() -> CatalogLoader.withEscalationDates(List.of(rm02.withEscalations(List.of(unnamed))), catalog.frameworks()))
                .hasMessage("RM-02 escalation when eu-applies is made by nist-ai-rmf, but the control cites no clause of it");
        Escalation dated = new Escalation("eu-applies", Severity.HIGH, "when EU applies", "eu-ai-act", LocalDate.of(2030, 1, 1), null);
        assertThatThrownBy(() -> CatalogLoader.withEscalationDates(List.of(rm02.withEscalations(List.of(dated))), catalog.frameworks()))
                .hasMessageStartingWith("RM-02 escalation when eu-applies writes its day");
    }

    @Test
    void anEscalationMustNameItsConditionOnceAndChangeTheSeverity() {
        Escalation critical = new Escalation("critical-environment", Severity.CRITICAL, "in a critical environment", null, null, null);
        assertThatThrownBy(() -> verifyWith(critical, critical)).hasMessage("HO-98 names the escalation condition critical-environment twice");
        assertThatThrownBy(() -> verifyWith(new Escalation("critical-environment", Severity.LOW, "in a critical environment", null, null, null)))
                .hasMessage("HO-98 escalation when critical-environment keeps the default severity low");
        assertThatThrownBy(() -> verifyWith(new Escalation("Critical environment", Severity.CRITICAL, "in a critical environment", null, null, null)))
                .hasMessage("HO-98 has an escalation whose condition (when) is not a lower-case kebab-case word such as"
                        + " critical-environment: Critical environment");
        assertThatThrownBy(() -> verifyWith(new Escalation("critical-environment", null, "in a critical environment", null, null, null)))
                .hasMessage("HO-98 escalation when critical-environment needs a severity and a reason");
    }

    @Test
    void anEscalationToAnUnknownSeverityRefusesToLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, """
                controls:
                  - id: HO-97
                    title: t
                    severity: low
                    remediation: fix
                    escalations:
                      - {when: critical-environment, severity: severe, reason: "in a critical environment"}
                """);
        assertThatThrownBy(() -> CatalogLoader.extend(catalog, file)).isInstanceOf(InvalidExtensionException.class)
                .hasMessage(file + ":7:48: 'severity' in controls[0].escalations[0] must be one of critical, high, medium, low");
    }

    @Test
    void anExtensionIsReadInOversightsWordsWithoutJavaNamesOrItsValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, "families: []\ncontrols:\n  - id: NW-01\n    titel: x\n");
        assertThatThrownBy(() -> CatalogLoader.extend(catalog, file)).hasMessage(file + ":4:5: unknown key 'titel' in controls[0]; expected"
                + " one of: appliesTo, check, escalations, id, rationale, references, remediation, remediationExample, severity, statement, title");
        Files.writeString(file, "controls:\n  - id: NW-01\n    title: [Sup3rS3cret]\n    severity: high\n    remediation: y\n");
        assertThatThrownBy(() -> CatalogLoader.extend(catalog, file)).hasMessage(file + ":3:12: 'title' in controls[0] must be a text");
        Files.writeString(file, "controls: {a: Sup3rS3cret}\n");
        assertThatThrownBy(() -> CatalogLoader.extend(catalog, file)).hasMessage(file + ":1:11: 'controls' must be a list");
    }

    @Test
    void aFileThatIsNoCatalogIsNotQuoted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        for (String text : new String[] {"DB=postgres://admin:Sup3rS3cret@db/app\n", "root:*:20228:0:99999:7:::\n", "- Sup3rS3cret\n"}) {
            Files.writeString(file, text);
            assertThatThrownBy(() -> CatalogLoader.extend(catalog, file)).isInstanceOf(InvalidExtensionException.class)
                    .hasMessage(file + ": not an organization catalog: a mapping with 'controls' (and optional 'families'); nothing of the"
                            + " file is quoted, since it may be another file, such as one of secrets");
        }
    }

    private void verifyWith(Escalation... escalations) {
        Control control = new Control("HO-98", "t", Severity.LOW, List.of(escalations), "s", "r", "c", "fix", "x: y", List.of(), null);
        CatalogLoader.verify(new Catalog("x", catalog.families(), List.of(control), catalog.frameworks(), catalog.useCases()), List.of(control));
    }

    @Test
    void theFrameworksCarryDatesAndUnverifiedNotes() {
        assertThat(catalog.frameworks()).extracting(Framework::id).containsExactlyInAnyOrder("eu-ai-act", "nist-ai-rmf", "iso-42001",
                "owasp-llm-2025", "owasp-agentic-2026", "nist-800-53", "soc2", "gdpr", "nis2", "dora", "colorado-sb-26-189", "ccpa-admt",
                "texas-traiga");
        for (Framework f : catalog.frameworks()) {
            assertThat(f.clauses()).as(f.id()).allSatisfy(c -> assertThat(c.appliesFrom()).as(f.id() + " " + c.id()).isNotNull());
        }
        Framework eu = catalog.framework("eu-ai-act").orElseThrow();
        assertThat(eu.jurisdictions()).containsExactly("EU");
        assertThat(eu.clause("Art. 4").orElseThrow().appliesFrom()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(eu.clause("Art. 50(1)").orElseThrow().appliesFrom()).isEqualTo(LocalDate.of(2026, 8, 2));
        Clause art14 = eu.clause("Art. 14(4)(d)").orElseThrow();
        assertThat(art14.appliesFrom()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(art14.note()).contains("Regulation (EU) 2026/1744", "2028-08-02", "Official").doesNotContain("UNVERIFIED");
        assertThat(art14.isHighRiskOnly()).isTrue();
        assertThat(art14.annexIFrom()).isEqualTo(LocalDate.of(2028, 8, 2));
        assertThat(eu.clauses()).filteredOn(c -> c.isHighRiskOnly() && LocalDate.of(2027, 12, 2).equals(c.appliesFrom()))
                .allSatisfy(c -> assertThat(c.annexIFrom()).as(c.id())
                        .isEqualTo(c.bindsAnnexIIIOnly() ? null : LocalDate.of(2028, 8, 2)));
        assertThat(eu.clauses()).filteredOn(Clause::bindsAnnexIIIOnly).extracting(Clause::id)
                .containsExactly("Art. 14(5)", "Art. 26(11)", "Art. 27(1)", "Art. 86");
        assertThat(art14.duty()).isEqualTo("provider");
        assertThat(eu.clause("Art. 6").orElseThrow().note()).contains("UNVERIFIED: paragraphs (1a)-(1c)");
        assertThat(eu.clause("Art. 5(1)(ba)-(bb)").orElseThrow().appliesFrom()).isEqualTo(LocalDate.of(2026, 12, 2));
        Clause art73 = eu.clause("Art. 73(2)-(4)").orElseThrow();
        // Binding providers of high-risk systems, it stays at the general date: the amendment defers Chapter III, Sections 1-3, only.
        assertThat(java.util.Arrays.asList(art73.duty(), art73.isHighRiskOnly(), art73.appliesFrom(), art73.annexIFrom()))
                .containsExactly("provider", true, LocalDate.of(2026, 8, 2), null);
        assertThat(art73.unverified()).as("its date rests on secondary sources").isTrue();
        assertThat(eu.clause("Art. 50(1)").orElseThrow().unverified()).as("its date rests on secondary sources").isTrue();
        assertThat(catalog.framework("dora").orElseThrow().clause("Art. 19(4)").orElseThrow().unverified())
                .as("the time limits of Delegated Regulation (EU) 2025/301 rest on secondary sources").isTrue();
        assertThat(eu.clause("Art. 26(1)-(2)").orElseThrow().duty()).isEqualTo("deployer");
        assertThat(catalog.framework("owasp-agentic-2026").orElseThrow().clauses())
                .allSatisfy(c -> assertThat(c.appliesFrom()).isEqualTo(LocalDate.of(2025, 12, 9)));
        assertThat(catalog.framework("nist-800-53").orElseThrow().citation()).contains("release 5.2.0");
        assertThat(catalog.framework("gdpr").orElseThrow().clause("Art. 35").orElseThrow().appliesFrom()).isEqualTo(LocalDate.of(2018, 5, 25));
        assertThat(catalog.framework("iso-42001").orElseThrow().clauses()).allSatisfy(c -> assertThat(c.note()).contains("UNVERIFIED"));
        for (String secondary : List.of("colorado-sb-26-189", "ccpa-admt", "texas-traiga")) {
            Framework state = catalog.framework(secondary).orElseThrow();
            assertThat(state.jurisdictions()).as(secondary).hasSize(1).allSatisfy(j -> assertThat(j).startsWith("US-"));
            assertThat(state.clauses()).as(secondary).allSatisfy(c -> assertThat(c.note()).contains("UNVERIFIED"));
        }
        assertThat(catalog.framework("colorado-sb-26-189").orElseThrow().clauses())
                .allSatisfy(c -> assertThat(c.appliesFrom()).isEqualTo(LocalDate.of(2027, 1, 1)));
        assertThat(catalog.framework("colorado-sb-26-189").orElseThrow().attestations()).as("Records is judged by TR-04").isEmpty();
        assertThat(catalog.framework("ccpa-admt").orElseThrow().clause("§ 7155").orElseThrow().appliesFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(catalog.framework("gdpr").orElseThrow().clause("Art. 34")).isPresent();
        Framework texas = catalog.framework("texas-traiga").orElseThrow();
        assertThat(texas.clauses().stream().filter(Clause::bindsGovernment).map(c -> c.id() + ": " + c.duty()))
                .containsExactly("Social scoring by government: government", "Disclosure to consumers: government-or-health-care");
        assertThat(texas.clauses()).filteredOn(c -> !c.bindsGovernment()).allSatisfy(c -> assertThat(c.duty()).isNull());
    }

    @Test
    void attestationsCiteClausesOfTheirFramework() {
        long count = 0;
        for (Framework f : catalog.frameworks()) {
            for (Attestation a : f.attestations()) {
                assertThat(f.clause(a.clause())).as(a.id()).isPresent();
                assertThat(a.statement()).isNotBlank();
                count++;
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(11);
        assertThat(catalog.framework("eu-ai-act").orElseThrow().attestations()).extracting(Attestation::clause).contains("Art. 14(4)(b)", "Art. 9");
    }

    @Test
    void theCompiledFormHoldsExactlyTheSourceCatalog() throws Exception {
        Catalog sources = new CatalogLoader().load();
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        CatalogJson.write(sources, json);
        Catalog compiled = CatalogJson.read(new java.io.ByteArrayInputStream(json.toByteArray()));
        assertThat(compiled.version()).isEqualTo(sources.version());
        assertThat(compiled.families()).isEqualTo(sources.families());
        assertThat(compiled.controls()).isEqualTo(sources.controls());
        assertThat(compiled.frameworks()).isEqualTo(sources.frameworks());
        assertThat(compiled.useCases()).isEqualTo(sources.useCases());
        assertThat(getClass().getClassLoader().getResource(CatalogLoader.COMPILED)).as("compiled by the build").isNotNull();
    }

    private List<String> useCases(UseCaseClass regulatoryClass) {
        return catalog.useCases().stream().filter(u -> u.regulatoryClass() == regulatoryClass).map(UseCase::id).toList();
    }

    @Test
    void theUseCasesAreTheAnnexIiiAreasTheArticle5PracticesAndSomeCommonUses() {
        assertThat(useCases(UseCaseClass.HIGH_RISK)).containsExactly("biometric-identification", "critical-infrastructure", "education",
                "employment", "essential-services", "credit", "insurance-pricing", "law-enforcement", "migration", "justice");
        assertThat(useCases(UseCaseClass.PROHIBITED)).containsExactly("manipulation", "exploiting-vulnerabilities", "social-scoring",
                "predictive-policing", "face-scraping", "workplace-emotion-recognition", "biometric-categorisation",
                "realtime-remote-biometric-identification", "non-consensual-intimate-imagery", "child-sexual-abuse-material");
        assertThat(useCases(UseCaseClass.OTHER)).containsExactly("customer-service", "software-engineering", "infrastructure-operations",
                "data-analysis", "content-generation");
        assertThat(catalog.useCases()).hasSize(25);
        assertThat(catalog.useCases()).filteredOn(UseCase::highRisk)
                .allSatisfy(u -> assertThat(u.source()).isEqualTo(new Reference("eu-ai-act", "Annex III", null)));
        // The points the 2026 amendment added have a clause of their own, which binds from a later date.
        assertThat(catalog.useCases()).filteredOn(UseCase::prohibited)
                .allSatisfy(u -> assertThat(u.source()).isEqualTo(new Reference("eu-ai-act",
                        u.id().equals("non-consensual-intimate-imagery") || u.id().equals("child-sexual-abuse-material") ? "Art. 5(1)(ba)-(bb)"
                                : "Art. 5(1)", null)));
        assertThat(catalog.useCases()).filteredOn(u -> u.regulatoryClass() == UseCaseClass.OTHER).allSatisfy(u -> assertThat(u.source()).isNull());
    }

    @Test
    void theChecksOfRm02AndRm03NameEveryUseCaseOfTheirClass() {
        String rm02 = catalog.control("RM-02").orElseThrow().check();
        String rm03 = catalog.control("RM-03").orElseThrow().check();
        assertThat(useCases(UseCaseClass.HIGH_RISK)).allSatisfy(id -> assertThat(rm02).contains(id));
        assertThat(useCases(UseCaseClass.PROHIBITED)).allSatisfy(id -> assertThat(rm03).contains(id));
    }

    @Test
    void aUseCaseMustBeUniqueAndCiteTheClauseThatClassesIt() {
        UseCase credit = new UseCase("credit", UseCaseClass.HIGH_RISK, new Reference("eu-ai-act", "Annex III", null));
        assertThatThrownBy(() -> CatalogLoader.verify(withUseCases(credit, credit), List.of())).hasMessage("use case credit is defined twice");
        assertThatThrownBy(() -> CatalogLoader.verify(withUseCases(new UseCase("credit", UseCaseClass.HIGH_RISK, null)), List.of()))
                .hasMessage("use case credit needs the clause that classes it");
        assertThatThrownBy(() -> CatalogLoader.verify(withUseCases(new UseCase("chat", UseCaseClass.OTHER, credit.source())), List.of()))
                .hasMessage("use case chat is of no class the Act names, so it cites no clause");
        assertThatThrownBy(() -> CatalogLoader.verify(withUseCases(new UseCase("credit", UseCaseClass.HIGH_RISK,
                new Reference("eu-ai-act", "Annex IX", null))), List.of())).hasMessage("use case credit cites unknown clause 'Annex IX' of eu-ai-act");
    }

    private Catalog withUseCases(UseCase... useCases) {
        return new Catalog("x", catalog.families(), List.of(), catalog.frameworks(), List.of(useCases));
    }

    @Test
    void aUseCaseClassIsWrittenAsItsWord() {
        assertThat(UseCaseClass.HIGH_RISK.word()).isEqualTo("high-risk");
        assertThat(UseCaseClass.ofWord("prohibited")).contains(UseCaseClass.PROHIBITED);
        assertThat(UseCaseClass.ofWord("high_risk")).isEmpty();
    }

    @Test
    void anInconsistentCatalogRefusesToLoad() {
        Control bad = new Control("HO-99", "t", Severity.LOW, null, "s", "r", "c", "fix", "x: y",
                List.of(new Reference("nist-800-53", "ZZ-1", null)), null);
        Catalog broken = new Catalog("x", catalog.families(), List.of(bad), catalog.frameworks(), catalog.useCases());
        assertThatThrownBy(() -> CatalogLoader.verify(broken, List.of(bad))).hasMessage("HO-99 cites unknown clause 'ZZ-1' of nist-800-53");
        Control good = new Control("HO-98", "t", Severity.LOW, null, "s", "r", "c", "fix", "x: y", List.of(), null);
        assertThatThrownBy(() -> CatalogLoader.verify(broken, List.of(good, good))).hasMessage("control HO-98 is defined twice");
    }

    /**
     * A clause a control cites unless a condition is left met by that condition's findings alone:
     * TR-02's voluntary programme meets Art. 4 as amended. The condition is a rule's word, and a
     * law that raises a finding under it cannot also leave it no gap.
     */
    @Test
    void aClauseCitedUnlessAConditionIsBrokenOnlyByTheOtherConditions() {
        Control tr02 = catalog.control("TR-02").orElseThrow();
        assertThat(tr02.severityFor("voluntary-programme", TODAY, false)).isEqualTo(Severity.MEDIUM);
        assertThat(tr02.referencesBrokenBy(java.util.Arrays.asList("voluntary-programme"), java.util.Arrays.asList("training is not required")))
                .extracting(Reference::clause)
                .containsExactly("GOVERN 2.2", "MAP 3.4", "A.4.6");
        assertThat(tr02.referencesBrokenBy(java.util.Arrays.asList("voluntary-programme", null), java.util.Arrays.asList(null, null)))
                .isEqualTo(tr02.references());
        Control pm04 = catalog.control("PM-04").orElseThrow();
        assertThat(pm04.referencesBrokenBy(java.util.Arrays.asList((String) null), java.util.Arrays.asList((String) null)))
                .isSameAs(pm04.references());

        Control badWord = new Control("HO-99", "t", Severity.LOW, null, "s", "r", "c", "fix", "x: y",
                List.of(new Reference("eu-ai-act", "Art. 4", null, List.of("Voluntary"), List.of())), null);
        assertThatThrownBy(() -> CatalogLoader.verify(catalog, List.of(badWord))).hasMessage("HO-99 cites Art. 4 of eu-ai-act unless a"
                + " condition that is not a lower-case kebab-case word such as voluntary-programme: Voluntary");
        Control raisedAndMet = new Control("HO-99", "t", Severity.LOW,
                List.of(new Escalation("eu-applies", Severity.HIGH, "when EU applies", "eu-ai-act", null, null)), "s", "r", "c", "fix", "x: y",
                List.of(new Reference("eu-ai-act", "Art. 4", null, List.of("eu-applies"), List.of())), null);
        assertThatThrownBy(() -> CatalogLoader.verify(catalog, List.of(raisedAndMet))).hasMessage("HO-99 cites Art. 4 of eu-ai-act unless"
                + " eu-applies, under which that framework raises the finding's severity: a law cannot both rate a finding and leave it no gap");
        Control twice = new Control("HO-99", "t", Severity.LOW, null, "s", "r", "c", "fix", "x: y",
                List.of(new Reference("eu-ai-act", "Art. 4", null, List.of("voluntary", "voluntary"), List.of())), null);
        assertThatThrownBy(() -> CatalogLoader.verify(catalog, List.of(twice))).hasMessage("HO-99 cites Art. 4 of eu-ai-act unless the same"
                + " condition, or only for the same item, twice");
        assertThat(new Reference("texas-traiga", "x", null, List.of(), List.of("manipulation")).brokenBy(null, null))
                .as("a violation about no item breaks no clause narrowed to items").isFalse();
    }
}
