package io.oversight.engine;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.check.CheckException;
import io.oversight.check.CheckRequest;
import io.oversight.check.Oversight;
import io.oversight.deployment.InvalidInputException;
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
            // Only the deployments directly in a control's folder: its subfolders hold the files they import, some of them YAML.
            return files.filter(p -> p.toString().endsWith(".yaml") && p.getParent().getParent().equals(root())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment assess(Path file) throws InvalidInputException, CheckException {
        return assess(file, AS_OF);
    }

    static Assessment assess(Path file, LocalDate asOf) throws InvalidInputException, CheckException {
        return Oversight.check(CheckRequest.of(file).asOf(asOf)).assessment();
    }

    static Assessment assess(String name, String yaml) throws InvalidInputException, CheckException {
        return Oversight.check(CheckRequest.of().asOf(AS_OF), name, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).assessment();
    }

    /** A finding in the fixtures' {@code # expect:} notation. */
    static String describe(Finding f) {
        return f.control() + " " + f.severity().label() + " " + f.subject() + " line " + f.primaryEvidence().line();
    }
}
