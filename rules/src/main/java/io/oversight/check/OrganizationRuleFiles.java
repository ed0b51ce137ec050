package io.oversight.check;

import io.oversight.deployment.InputFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Sha256;
import io.oversight.engine.ComplianceEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of an organization's rules directory that decide a check, with their digests: its DRL and its catalog extension. */
final class OrganizationRuleFiles {

    /** The catalog extension an organization's rules directory may hold. */
    static final String CATALOG = "catalog.yaml";

    private OrganizationRuleFiles() {
    }

    static List<InputFile> of(Path dir) throws InvalidInputException, CheckException {
        List<Path> files = new ArrayList<>(ComplianceEngine.organizationRuleFiles(dir));
        Path catalog = dir.resolve(CATALOG);
        if (Files.exists(catalog)) {
            files.add(catalog);
        }
        List<InputFile> inputs = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                inputs.add(new InputFile(file.toString(), InputFile.Role.RULES, Sha256.hex(Files.readAllBytes(file))));
            } catch (IOException e) {
                throw new CheckException(file + ": cannot be read: " + e.getMessage());
            }
        }
        return inputs;
    }
}
