package io.oversight.cli;

import io.oversight.deployment.InputLimits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.FailureReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The modules keep to docs/architecture.md. The cli depends on every other module, so its test
 * class path holds every module's classes. Each rule is also run over the classes under
 * {@code offending} packages of this test tree, which break it on purpose, so a rule that could
 * never fail would fail here.
 */
class ArchitectureTest {

    private static final ImportOption MAIN = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS::includes;
    private static final JavaClasses PRODUCTION = new ClassFileImporter().withImportOption(MAIN).importPackages("io.oversight");
    private static final JavaClasses WITH_OFFENDERS = new ClassFileImporter()
            .withImportOption(location -> MAIN.includes(location) || location.contains("/offending/"))
            .importPackages("io.oversight");

    @Test
    void everyModuleKeepsItsBoundaries() {
        // Every rule's report at once, not only the first rule's.
        assertThat(Architecture.ALL.stream().map(rule -> rule.evaluate(PRODUCTION).getFailureReport()).filter(report -> !report.isEmpty())
                .map(FailureReport::toString)).isEmpty();
    }

    @Test
    void theLayeringCatchesAModuleThatUsesOneAboveIt() {
        // The catalog reaching the engine, the deployment reaching the engine, the engine reaching
        // the report, and the report reaching the cli (caught twice: above the report, and the cli).
        assertThat(offences(Architecture.LAYERING)).containsExactlyInAnyOrder(
                "Method <io.oversight.catalog.offending.ReadsAnAssessment.verdict(io.oversight.engine.Assessment)> calls method <io.oversight.engine.Assessment.verdict()> in (ReadsAnAssessment.java:12)",
                "Method <io.oversight.catalog.offending.ReadsAnAssessment.verdict(io.oversight.engine.Assessment)> calls method <io.oversight.engine.Verdict.label()> in (ReadsAnAssessment.java:12)",
                "Method <io.oversight.catalog.offending.ReadsAnAssessment.verdict(io.oversight.engine.Assessment)> has parameter of type <io.oversight.engine.Assessment> in (ReadsAnAssessment.java:0)",
                "Method <io.oversight.deployment.offending.ReadsAFinding.control(io.oversight.engine.Finding)> calls method <io.oversight.engine.Finding.control()> in (ReadsAFinding.java:12)",
                "Method <io.oversight.deployment.offending.ReadsAFinding.control(io.oversight.engine.Finding)> has parameter of type <io.oversight.engine.Finding> in (ReadsAFinding.java:0)",
                "Method <io.oversight.engine.offending.PicksARenderer.format(io.oversight.report.Renderer)> calls method <io.oversight.report.Renderer.name()> in (PicksARenderer.java:12)",
                "Method <io.oversight.engine.offending.PicksARenderer.format(io.oversight.report.Renderer)> has parameter of type <io.oversight.report.Renderer> in (PicksARenderer.java:0)",
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.exitCodes()> references class object <io.oversight.cli.ExitCode> in (ReachesIntoTheEngine.java:18)",
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.exitCodes()> references class object <io.oversight.cli.ExitCode> in (ReachesIntoTheEngine.java:18)");
    }

    @Test
    void theDeploymentModulesInternalsAreCaughtOutsideIt() {
        assertThat(offences(Architecture.DEPLOYMENT_INTERNALS)).containsExactlyInAnyOrder(
                "Method <io.oversight.cli.offending.ReadsTheYamlTree.agents(io.oversight.deployment.yaml.SplitDocument)> calls method <io.oversight.deployment.yaml.SplitDocument.itemCount()> in (ReadsTheYamlTree.java:12)",
                "Method <io.oversight.cli.offending.ReadsTheYamlTree.agents(io.oversight.deployment.yaml.SplitDocument)> has parameter of type <io.oversight.deployment.yaml.SplitDocument> in (ReadsTheYamlTree.java:0)",
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.empty(io.oversight.deployment.yaml.YNode)> has parameter of type <io.oversight.deployment.yaml.YNode> in (ReachesIntoTheEngine.java:0)");
    }

    @Test
    void factTypesAreCaughtOutsideTheRules() {
        assertThat(offences(Architecture.NO_FACTS_OUTSIDE_RULES)).containsExactlyInAnyOrder(
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.action(io.oversight.engine.facts.Grant)> calls method <io.oversight.engine.facts.Grant.action()> in (ReachesIntoTheEngine.java:30)",
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.action(io.oversight.engine.facts.Grant)> has parameter of type <io.oversight.engine.facts.Grant> in (ReachesIntoTheEngine.java:0)");
    }

    @Test
    void aRendererThatRunsTheEngineIsCaught() {
        assertThat(offences(Architecture.REPORT_RENDERS_RESULTS)).containsExactlyInAnyOrder(
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.engine()> calls method <io.oversight.engine.ComplianceEngine.builtIn()> in (ReachesIntoTheEngine.java:26)",
                "Method <io.oversight.report.offending.ReachesIntoTheEngine.engine()> has return type <io.oversight.engine.ComplianceEngine> in (ReachesIntoTheEngine.java:0)");
    }

    /** The rule's complaints about the offending classes; those about production classes fail the first test. */
    private static List<String> offences(ArchRule rule) {
        return rule.evaluate(WITH_OFFENDERS).getFailureReport().getDetails().stream().filter(d -> d.contains(".offending.")).toList();
    }
}
