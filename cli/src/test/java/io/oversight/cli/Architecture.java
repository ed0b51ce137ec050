package io.oversight.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The module boundaries of docs/architecture.md as rules over the compiled classes. The packages
 * of a module are listed once here; the rules say what each may use of the others.
 */
final class Architecture {

    private static final String[] CATALOG = {"io.oversight.catalog.."};
    private static final String[] DEPLOYMENT = {"io.oversight.deployment..", "io.oversight.access.."};
    /** The engine, the fact types of the DRL, and the classes the executable model generates from the DRL. */
    private static final String[] RULES = {"io.oversight.engine..", "io.oversight.rules..", "io.oversight.check.."};
    private static final String[] REPORT = {"io.oversight.report.."};
    private static final String[] CLI = {"io.oversight.cli.."};
    private static final String[] BENCH = {"io.oversight.bench.."};

    /** The only classes of the deployment module's internal packages that other modules may use. */
    private static final List<String> DEPLOYMENT_ENTRY_POINTS = List.of(
            "io.oversight.deployment.read.DeploymentReader", "io.oversight.deployment.read.WaiverFileReader",
            "io.oversight.deployment.read.DeploymentRecognizer", "io.oversight.deployment.read.SettingsFileReader");

    private Architecture() {
    }

    /** Each module uses only the modules below it: catalog, deployment, rules, report, cli; nothing uses the cli or the benchmarks. */
    static final ArchRule LAYERING = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("catalog").definedBy(CATALOG)
            .layer("deployment").definedBy(DEPLOYMENT)
            .layer("rules").definedBy(RULES)
            .layer("report").definedBy(REPORT)
            .layer("cli").definedBy(CLI)
            // Empty here (the benchmarks are not on the cli's class path); a dependency on them is still named by its package.
            .optionalLayer("bench").definedBy(BENCH)
            .whereLayer("catalog").mayNotAccessAnyLayer()
            .whereLayer("deployment").mayOnlyAccessLayers("catalog")
            .whereLayer("rules").mayOnlyAccessLayers("catalog", "deployment")
            .whereLayer("report").mayOnlyAccessLayers("catalog", "deployment", "rules")
            .whereLayer("cli").mayOnlyAccessLayers("catalog", "deployment", "rules", "report")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("bench").mayNotBeAccessedByAnyLayer()
            // A new package must be given to its module above before its dependencies are checked.
            .ensureAllClassesAreContainedInArchitecture();

    /**
     * How the deployment module reads (the YAML tree, split reading and its fallback, input
     * limits, shapes, importers, vocabularies) is its own affair: outside it, only
     * the entry points, the model, the top-level value types and the access view are used.
     */
    static final ArchRule DEPLOYMENT_INTERNALS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("deployment internals").definedBy(deploymentInternals())
            .layer("deployment").definedBy(resideInAnyPackage(DEPLOYMENT).and(DescribedPredicate.not(deploymentInternals())))
            .layer("other modules").definedBy(resideInAPackage("io.oversight..").and(DescribedPredicate.not(resideInAnyPackage(DEPLOYMENT))))
            .whereLayer("deployment internals").mayOnlyBeAccessedByLayers("deployment");

    /** Renderers and commands see the Assessment, never the DRL's fact types or the generated rule classes. */
    static final ArchRule NO_FACTS_OUTSIDE_RULES = noClasses().that().resideInAnyPackage(concat(REPORT, CLI))
            .should().dependOnClassesThat().resideInAnyPackage("io.oversight.engine.facts..", "io.oversight.rules..");

    /** The report renders an assessment someone else made: it neither runs the engine nor reads its violations. */
    static final ArchRule REPORT_RENDERS_RESULTS = noClasses().that().resideInAnyPackage(REPORT)
            .should().dependOnClassesThat(named("io.oversight.engine.ComplianceEngine").or(named("io.oversight.engine.Violation")));

    static final List<ArchRule> ALL = List.of(LAYERING, DEPLOYMENT_INTERNALS, NO_FACTS_OUTSIDE_RULES, REPORT_RENDERS_RESULTS);

    private static DescribedPredicate<JavaClass> deploymentInternals() {
        DescribedPredicate<JavaClass> entryPoint = describe("an entry point of the reader",
                c -> DEPLOYMENT_ENTRY_POINTS.stream().anyMatch(e -> c.getName().equals(e) || c.getName().startsWith(e + "$")));
        return resideInAnyPackage("io.oversight.deployment.read..", "io.oversight.deployment.yaml..")
                .and(DescribedPredicate.not(entryPoint)).as("the deployment module's internals");
    }

    private static DescribedPredicate<JavaClass> named(String name) {
        return describe(name, c -> c.getName().equals(name));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = new String[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
