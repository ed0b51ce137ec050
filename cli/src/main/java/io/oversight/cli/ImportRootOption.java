package io.oversight.cli;

import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --import-root}: the folder the files a deployment imports (IAM policies, RBAC manifests) must lie in. */
final class ImportRootOption {

    @Option(names = "--import-root", paramLabel = "DIR",
            description = "Read the files a deployment imports only from inside DIR (default: the deployment's own folder; "
                    + "for a deployment on standard input, the working directory).")
    Path importRoot;

    DeploymentReader applyTo(DeploymentReader reader) {
        return importRoot == null ? reader : reader.withImportRoot(importRoot);
    }
}
