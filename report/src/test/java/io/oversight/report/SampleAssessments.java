package io.oversight.report;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.InvalidExtensionException;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.engine.Assessment;
import io.oversight.engine.ComplianceEngine;
import io.oversight.engine.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository's sample deployments (and this module's test files), assessed as the CLI would
 * on the samples' date. Assessments are immutable, so each is made once and shared by the tests.
 */
public final class SampleAssessments {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    /** The repository's own samples, which the README and CI use too; tests read them in place. */
    public static final Path SAMPLES = Path.of("..", "samples");
    static final Path RESOURCES = Path.of("src", "test", "resources");
    /** Every sample deployment of the repository. */
    public static final List<String> ALL = List.of("kiro-incident.yaml", "kiro-remediated.yaml", "platform-team.yaml", "iam-admin.yaml",
            "iam-readonly.yaml");

    private static final Map<String, Assessment> CACHE = new ConcurrentHashMap<>();

    private SampleAssessments() {
    }

    public static Path path(String fileName) {
        Path sample = SAMPLES.resolve(fileName);
        return Files.exists(sample) ? sample : RESOURCES.resolve(fileName);
    }

    public static Assessment assess(String fileName) {
        return CACHE.computeIfAbsent(fileName, name -> assess(name, Scope.ALL));
    }

    /** Only the controls one framework maps to are evaluated; the others are reported as not evaluated. */
    public static Assessment assess(String fileName, String framework) {
        return CACHE.computeIfAbsent(fileName + "@" + framework, key -> assess(fileName, Scope.framework(CatalogLoader.builtIn(), framework)));
    }

    /** With the sample organization's own controls and rules (samples/org-rules) added to Oversight's. */
    public static Assessment withOrganizationRules(String fileName) {
        return CACHE.computeIfAbsent(fileName + "+org-rules", key -> {
            Path rules = SAMPLES.resolve("org-rules");
            try {
                Catalog catalog = CatalogLoader.extend(CatalogLoader.builtIn(), rules.resolve("catalog.yaml"));
                DeploymentFile input = new DeploymentReader(catalog.controlIds()).read(path(fileName));
                return ComplianceEngine.withOrganizationRules(rules, catalog).assess(input, catalog, AS_OF, Severity.HIGH);
            } catch (InvalidExtensionException | InvalidInputException e) {
                throw new IllegalStateException("the sample organization rules do not load: " + e.getMessage(), e);
            }
        });
    }

    private static Assessment assess(String fileName, Scope scope) {
        try {
            Catalog catalog = CatalogLoader.builtIn();
            DeploymentFile input = new DeploymentReader(catalog.controlIds()).read(path(fileName));
            return ComplianceEngine.builtIn().assess(input, catalog, AS_OF, Severity.HIGH, scope);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(fileName + " is not a valid deployment: " + e.getMessage(), e);
        }
    }

    /**
     * The Kiro incident's infrastructure agent, copied {@code agents} times under new ids and
     * spread over the sample's owners: a large deployment with many findings per control.
     */
    public static Assessment large(int agents) {
        return CACHE.computeIfAbsent("large-" + agents, key -> generate(agents));
    }

    private static Assessment generate(int agents) {
        try {
            String text = Files.readString(path("kiro-incident.yaml"), StandardCharsets.UTF_8);
            int start = text.indexOf("  - id: infra-assistant");
            int end = text.indexOf("  # A better agent");
            String head = text.substring(0, text.indexOf("agents:\n") + "agents:\n".length());
            String agent = text.substring(start, end);
            String[] owners = {"ingrid-halvorsen", "marcus-olsen", "priya-raman", "tomas-ruiz"};
            StringBuilder yaml = new StringBuilder(head);
            for (int i = 1; i <= agents; i++) {
                yaml.append(agent.replace("id: infra-assistant", "id: infra-assistant-" + String.format("%03d", i))
                        .replace("owner: ingrid-halvorsen", "owner: " + owners[i % owners.length]));
            }
            Catalog catalog = CatalogLoader.builtIn();
            DeploymentFile input = new DeploymentReader(catalog.controlIds())
                    .read("generated/" + agents + "-agents.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
            return ComplianceEngine.builtIn().assess(input, catalog, AS_OF, Severity.HIGH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the generated deployment is not valid: " + e.getMessage(), e);
        }
    }
}
