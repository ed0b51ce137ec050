package io.oversight.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: loads and verifies the YAML catalog and action table and writes them as
 * {@code catalog.json} and {@code actions.json} into the build output, so a broken catalog fails
 * the build and the runtime reads the fast form.
 */
public final class CatalogCompiler {

    private CatalogCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0], CatalogLoader.COMPILED);
        Catalog catalog = new CatalogLoader().load();
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            CatalogJson.write(catalog, stream);
        }
        ActionTable actions = ActionTableSource.load();
        // Read here only to be checked: a malformed table of runtime gates must fail the build.
        io.oversight.catalog.runtime.RuntimeGates.builtIn();
        try (OutputStream stream = Files.newOutputStream(Path.of(args[0], ActionTable.COMPILED))) {
            ActionTableJson.write(actions, stream);
        }
    }
}
