package io.oversight.cli;

import io.oversight.deployment.read.DeploymentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --import-root}: the folder the files a deployment imports (IAM policies, RBAC manifests) must lie in. */
final class ImportRootOption {

    @Option(names = "--import-root", paramLabel = "DIR",
            description = "Read the files a deployment imports only from inside DIR (default: the deployment's own folder; "
                    + "for a deployment on standard input, the working directory).")
    Path importRoot;

    /**
     * The import root; null when not given. Checked before anything is read: a root that is missing
     * or a file was taken on trust, and the first import then blamed for leading out of it.
     */
    Path dir() throws UserError {
        if (importRoot != null && !Files.isDirectory(importRoot)) {
            throw new UserError("--import-root " + importRoot + " is not a directory" + (Files.exists(importRoot) ? "" : " (it does not exist)"));
        }
        return importRoot;
    }

    DeploymentReader applyTo(DeploymentReader reader) throws UserError {
        Path dir = dir();
        return dir == null ? reader : reader.withImportRoot(dir);
    }
}
