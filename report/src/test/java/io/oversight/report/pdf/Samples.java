package io.oversight.report.pdf;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.engine.Assessment;
import io.oversight.engine.ComplianceEngine;
import io.oversight.report.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The repository's sample deployments (and this module's test files), assessed as the CLI would on the samples' date. */
final class Samples {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final Path RESOURCES = Path.of("src", "test", "resources");
    /** The repository's own samples, which the README and CI use too; tests read them in place. */
    static final Path SAMPLES = Path.of("..", "samples");

    private Samples() {
    }

    static Path path(String fileName) {
        Path sample = SAMPLES.resolve(fileName);
        return Files.exists(sample) ? sample : RESOURCES.resolve(fileName);
    }

    static Assessment assess(String fileName) {
        try {
            Catalog catalog = CatalogLoader.builtIn();
            DeploymentFile input = new DeploymentReader(catalog.controlIds()).read(path(fileName));
            return ComplianceEngine.builtIn().assess(input, catalog, AS_OF, Severity.HIGH);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(fileName + " is not a valid deployment: " + e.getMessage(), e);
        }
    }

    /**
     * The Kiro incident's infrastructure agent, copied {@code agents} times under new ids and
     * spread over the sample's owners: a large deployment with many findings per control.
     */
    static Assessment large(int agents) {
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

    static byte[] render(Assessment assessment, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(assessment, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Keeps a rendered report under target/ for a person to open and look at. */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "reports");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
