package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Severity;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.read.DeploymentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Reads and assesses test deployments as the CLI would, at the fixed as-of date the fixtures assume. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final Catalog CATALOG = CatalogLoader.builtIn();

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource("fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment assess(Path file) throws InvalidInputException {
        DeploymentFile input = new DeploymentReader(CATALOG.controlIds()).read(file);
        return ComplianceEngine.builtIn().assess(input, CATALOG, AS_OF, Severity.HIGH);
    }

    static Assessment assess(String name, String yaml) throws InvalidInputException {
        DeploymentFile input = new DeploymentReader(CATALOG.controlIds()).read(name, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ComplianceEngine.builtIn().assess(input, CATALOG, AS_OF, Severity.HIGH);
    }

    /** A finding in the fixtures' {@code # expect:} notation. */
    static String describe(Finding f) {
        return f.control() + " " + f.severity().label() + " " + f.subject() + " line " + f.primaryEvidence().line();
    }
}
