package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizationRulesTest {

    /** What a refusal of a rule that changes the built-in controls' facts says, after naming the rule and the fact. */
    private static final String OVERREACH = ": organization rules may report findings of their own, not add to, remove or change what the"
            + " built-in controls judge";

    private static final Path EXAMPLE = Path.of("..", "samples", "org-rules");

    @Test
    void theBuiltInListNamesEveryRuleFile() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "io", "oversight", "rules"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")))
                    .containsExactlyInAnyOrderElementsOf(OrganizationRules.BUILT_IN);
        }
    }

    @Test
    void theWorkedExampleAddsItsControlsBesideOurs() throws Exception {
        Catalog catalog = CatalogLoader.extend(CatalogLoader.builtIn(), EXAMPLE.resolve("catalog.yaml"));
        ComplianceEngine engine = ComplianceEngine.withOrganizationRules(EXAMPLE, catalog);
        assertThat(engine.implementedControls()).containsExactlyInAnyOrderElementsOf(catalog.controlIds());
        Assessment assessment = Oversight.check(CheckRequest.of(Path.of("..", "samples", "kiro-incident.yaml")).asOf(Fixtures.AS_OF)
                .rules(EXAMPLE)).assessment();
        assertThat(assessment.findings().stream().filter(f -> f.control().startsWith("NW-")).map(Fixtures::describe))
                .containsExactly("NW-01 medium agent:cost-analyst line 179", "NW-01 medium agent:infra-assistant line 110",
                        "NW-01 medium agent:staging-deployer line 229");
        // Our own findings are unchanged by the organization's rules.
        Assessment ours = Fixtures.assess(Path.of("..", "samples", "kiro-incident.yaml"));
        assertThat(assessment.findings().stream().filter(f -> !f.control().startsWith("NW-")).map(Fixtures::describe))
                .containsExactlyElementsOf(ours.findings().stream().map(Fixtures::describe).toList());
    }

    @Test
    void aRuleThatDeletesWhatTheControlsJudgeIsRefused(@TempDir Path dir) throws Exception {
        assertThat(problemsWithRule(dir, "tidy.drl", """
                package com.acme;
                import io.oversight.engine.facts.Grant;
                rule "drop sandbox noise" salience 10000
                when
                    $g : Grant()
                then
                    delete( $g );
                end
                """)).extracting(Problem::format)
                        .containsExactly(dir.resolve("tidy.drl") + ":3:1: organization rule 'drop sandbox noise' (com.acme) deleted a fact of"
                                + " the check (Grant)" + OVERREACH);
    }

    /** A halt, or a cleared agenda, leaves the built-in controls unjudged while the reports would call them evaluated. */
    @Test
    void aRuleThatStopsTheBuiltInRulesIsRefused(@TempDir Path dir) throws Exception {
        assertThat(problemsWithRule(dir, "stop.drl", onEveryAgent("fast path", 10000, "kcontext.getKieRuntime().halt();"))).extracting(Problem::format)
                        .containsExactly(dir.resolve("stop.drl") + ":3:1: organization rule 'fast path' (com.acme) stopped the rules before"
                                + " every control had run (it halted the session or cleared the agenda): organization rules may report findings of their own, not keep"
                                + " the built-in controls from judging");
        Path other = Files.createDirectories(dir.resolve("clear"));
        assertThat(problemsWithRule(other, "clear.drl", onEveryAgent("quiet", 10000, "kcontext.getKieRuntime().getAgenda().clear();"))).extracting(Problem::format)
                        .containsExactly(other.resolve("clear.drl") + ":3:1: organization rule 'quiet' (com.acme) stopped the rules before"
                                + " every control had run (it halted the session or cleared the agenda): organization rules may report findings of their own, not keep"
                                + " the built-in controls from judging");
    }

    /**
     * The built-in controls report to the 'violations' global, which only the engine can make: a rule that put a collector
     * of its own in its place had every built-in finding dropped and a failing deployment pass (red team).
     */
    @Test
    void aRuleCannotMakeACollectorToReplaceWhereTheBuiltInControlsReport(@TempDir Path dir) throws Exception {
        String swap = "kcontext.getKieRuntime().setGlobal(\"violations\", new io.oversight.engine.Violations());";
        assertThat(problemsWithRule(dir, "swap.drl", onEveryAgent("fresh start", 100000, swap))).extracting(Problem::format)
                .containsExactly(dir + ": rule error in the Java of a rule's consequence (between then and end):"
                        + " The constructor Violations() is not visible");
    }

    /** A rule whose consequence throws is the rule's problem, cited at the rule, not an internal error of the check. */
    @Test
    void aRuleThatFailsWhileItRunsIsAProblemAtTheRule(@TempDir Path dir) throws Exception {
        assertThat(problemsWithRule(dir, "div.drl", """
                package com.acme;
                import io.oversight.deployment.model.Agent;

                rule 'count agents'
                @control("NW-01")
                when
                    Agent()
                then
                    int zero = 0;
                    System.out.println(1 / zero);
                end
                """)).extracting(Problem::format)
                        .containsExactly(dir.resolve("div.drl") + ":4:1: organization rule 'count agents' (com.acme) failed while it ran:"
                                + " ArithmeticException: / by zero");
    }

    /** A rule may not make a control see a gate that is not there, nor pass as one of ours by taking our package. */
    @Test
    void aRuleThatAddsWhatTheControlsJudgeOrTakesOurPackageIsRefused(@TempDir Path dir) throws Exception {
        Path coverage = Files.createDirectories(dir.resolve("coverage"));
        Files.writeString(coverage.resolve("gate.drl"), """
                package com.acme;
                import io.oversight.engine.facts.Grant;
                import io.oversight.engine.facts.Coverage;

                rule "everything is gated"
                when
                    $g : Grant()
                then
                    insert( new Coverage( $g, "/agents/0", 2 ) );
                end
                """);
        assertThatThrownBy(() -> checkIncidentWith(coverage))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(coverage.resolve("gate.drl") + ":5:1: organization rule 'everything is gated' (com.acme) inserted a"
                                + " fact of the check (Coverage)" + OVERREACH));
        // One of the deployment's records inserted is as much a fact of the check: a checkpoint for every agent had passed HO-02 (red team).
        Path checkpoint = Files.createDirectories(dir.resolve("checkpoint"));
        Files.writeString(checkpoint.resolve("proxy.drl"), """
                package com.acme;
                import io.oversight.deployment.model.Agent;
                import io.oversight.deployment.model.Checkpoint;
                import io.oversight.deployment.model.Enforcement;
                import io.oversight.deployment.model.OnTimeout;

                rule "central approval proxy"
                when
                    $a : Agent( $id : id )
                then
                    insert( new Checkpoint( $id, $a.path(), 99, "central-proxy", null, java.util.List.of( "*" ), 2,
                        java.util.List.of( "sre-lead" ), true, 60, OnTimeout.DENY, Enforcement.PLATFORM ) );
                end
                """);
        assertThatThrownBy(() -> checkIncidentWith(checkpoint))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(checkpoint.resolve("proxy.drl") + ":7:1: organization rule 'central approval proxy' (com.acme) inserted"
                                + " a fact of the check (Checkpoint)" + OVERREACH));
        // Our package written behind a comment that names another, or with blanks between its names, is still ours.
        Path disguised = Files.createDirectories(dir.resolve("disguised"));
        Files.writeString(disguised.resolve("slate.drl"), "/*\npackage com.example;\n*/\npackage io . oversight . rules;\n");
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(disguised, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(disguised.resolve("slate.drl") + ":4:9: organization rules may not be in the built-in rules' package"
                                + " io.oversight.rules; give them one of your own (package com.example.oversight;)"));
        Path ours = Files.createDirectories(dir.resolve("ours"));
        Files.writeString(ours.resolve("derive.drl"), "// replaces the built-in file\npackage io.oversight.rules;\n");
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(ours, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(ours.resolve("derive.drl") + ":2:9: organization rules may not be in the built-in rules' package"
                                + " io.oversight.rules; give them one of your own (package com.example.oversight;)"));
    }

    /** An error a rule throws, which no consequence wraps, is the rules' problem, masked and on one line. */
    @Test
    void anErrorARuleThrowsIsAProblemOfTheRulesMasked(@TempDir Path dir) throws Exception {
        assertThat(problemsWithRule(dir, "assert.drl", """
                package com.acme;
                import io.oversight.deployment.model.Agent;

                rule "asserts"
                @control("NW-01")
                when
                    Agent()
                then
                    throw new AssertionError("password=hunter2 " + "x".repeat(1000));
                end
                """)).singleElement().satisfies(p -> {
                    assertThat(p.format()).contains("failed while it ran: AssertionError: password=").doesNotContain("hunter2");
                    assertThat(p.format().length()).isLessThan(600);
                });
    }

    /** An escalation the control's catalog entry does not name is the rule's problem, at the rule's control. */
    @Test
    void anEscalationTheCatalogDoesNotNameIsAProblemAtTheRule(@TempDir Path dir) throws Exception {
        assertThat(problemsWithRule(dir, "escalates.drl", """
                package com.acme;
                import io.oversight.deployment.model.Agent;
                import io.oversight.engine.Subject;
                import io.oversight.engine.Violation;

                rule "escalates"
                @control("NW-01")
                when
                    $a : Agent( $agent : id )
                then
                    insert( Violation.of( kcontext, Subject.agent( $agent ), "model", $a.path(), 0, "x" ).when( "no-such-condition" ) );
                end
                """)).extracting(Problem::format)
                        .containsExactly(dir.resolve("escalates.drl") + ":7:1: a rule of NW-01 reports a violation under the escalation"
                                + " 'no-such-condition', which the control's catalog entry does not name: add it to its escalations"
                                + " (when: no-such-condition) or to a reference's unless, or leave .when(...) out");
    }

    /** What a comment says is not where a rule is: the rule, the class and the control are cited where the code has them. */
    @Test
    void commentsAreNotCitedAsTheRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("noted.drl"), """
                package com.acme;
                /* rule "no purpose" used to report @control("ACME-09") */
                // An Agent without a purpose
                rule "no purpose"
                @control("ACME-09")
                when
                    $a : Agent( purpose == null )
                then
                end
                """);
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(dir, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .contains(dir.resolve("noted.drl") + ":7:10: rule error: Unable to find class: Agent; import it:"
                                + " import io.oversight.deployment.model.Agent;"));
        Files.writeString(dir.resolve("noted.drl"), Files.readString(dir.resolve("noted.drl"))
                .replace("package com.acme;\n", "package com.acme;\nimport io.oversight.deployment.model.Agent;\n"));
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(dir, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(dir.resolve("noted.drl") + ":6:1: a rule reports control ACME-09, which neither Oversight's"
                                + " catalog nor " + dir.resolve("catalog.yaml") + " defines"));
    }

    /** A class the rule names without importing it is found in the file, and the import that finds it is named. */
    @Test
    void aClassUsedWithoutItsImportIsLocatedAndItsImportNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("noimport.drl"), """
                package com.acme;

                rule "no purpose"
                when
                    $a : Agent( purpose == null )
                then
                end
                """);
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(dir, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .contains(dir.resolve("noimport.drl") + ":5:10: rule error: Unable to find class: Agent; import it:"
                                + " import io.oversight.deployment.model.Agent;"));
    }

    @Test
    void aRuleErrorIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), """
                package com.acme;
                import io.oversight.deployment.model.Agent;

                rule "broken"
                when
                    Agent( nosuchfield == 1 )
                then
                end
                """);
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(dir, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .as("Drools gives no line for this error: the expression it quotes is found in the file")
                        .containsExactly(dir.resolve("broken.drl") + ":6:12: rule error: Unable to parse left part of expression: nosuchfield == 1"));
    }

    @Test
    void aRuleNestedTooDeeplyToCompileIsAProblemOfTheRulesNotAnInternalError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deep.drl"), "package com.acme;\nimport io.oversight.deployment.model.Agent;\nrule \"deep\"\nwhen\n"
                + "    Agent( id == " + "(".repeat(20_000) + "\"x\"" + ")".repeat(20_000) + " )\nthen\nend\n");
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(dir, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(dir + ": a rule nests too deeply to compile (the compiler ran out of stack); split its expressions"));
    }

    @Test
    void aRuleNamingAnUnknownControlIsRejected(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("unknown.drl"), """
                package com.acme;
                import io.oversight.deployment.model.Agent;

                rule "reports an undeclared control"
                @control("ACME-01")
                when
                    Agent()
                then
                end
                """);
        assertThatThrownBy(() -> ComplianceEngine.withOrganizationRules(dir, CatalogLoader.builtIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(dir.resolve("unknown.drl") + ":5:1: a rule reports control ACME-01, which neither Oversight's"
                                + " catalog nor " + dir.resolve("catalog.yaml") + " defines"));
    }

    @Test
    void anExtensionMayNotRedefineOurControls(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, "controls:\n  - {id: HO-02, title: Mine, severity: low, remediation: none}\n");
        assertThatThrownBy(() -> CatalogLoader.extend(CatalogLoader.builtIn(), file))
                .hasMessage(file + ": control HO-02 clashes with Oversight's own HO-02; give organization controls ids of their own, such as ACME-01");
        Files.writeString(file, "controls:\n  - {id: ho-02, title: Mine, severity: low, remediation: none}\n");
        assertThatThrownBy(() -> CatalogLoader.extend(CatalogLoader.builtIn(), file)).as("in another case, the same id to a reader")
                .hasMessage(file + ": control ho-02 clashes with Oversight's own HO-02; give organization controls ids of their own, such as ACME-01");
    }

    /** A control id is one token: "NW-01 v2" made an OSCAL target-id the schema refuses. */
    @Test
    void anExtensionsControlIdIsOneToken(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, "controls:\n  - {id: NW-01 v2, title: Mine, severity: low, remediation: none}\n");
        assertThatThrownBy(() -> CatalogLoader.extend(CatalogLoader.builtIn(), file))
                .hasMessage(file + ": control id 'NW-01 v2' must be letters, digits, '.', '_' and '-', starting with a letter or '_', such as"
                        + " ACME-01: reports name it in SARIF rule ids, OSCAL tokens and file names");
    }

    /** A rule of package com.acme that runs {@code consequence} once for each agent, at {@code salience}. */
    private static String onEveryAgent(String name, int salience, String consequence) {
        return """
                package com.acme;
                import io.oversight.deployment.model.Agent;
                rule "%s" salience %d
                when
                    Agent()
                then
                    %s
                end
                """.formatted(name, salience, consequence);
    }

    /** The problems a check of the incident finds in {@code drl}, written as {@code name} beside the example's catalog in {@code dir}. */
    private static java.util.List<Problem> problemsWithRule(Path dir, String name, String drl) throws Exception {
        Files.copy(EXAMPLE.resolve("catalog.yaml"), dir.resolve("catalog.yaml"));
        Files.writeString(dir.resolve(name), drl);
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> checkIncidentWith(dir));
        assertThat(refused).as("the check refuses the rule").isNotNull();
        return refused.problems();
    }

    private static Assessment checkIncidentWith(Path rules) throws Exception {
        return Oversight.check(CheckRequest.of(Path.of("..", "samples", "kiro-incident.yaml")).asOf(Fixtures.AS_OF).rules(rules)).assessment();
    }
}
