package io.oversight.deployment;

import io.oversight.deployment.model.Deployment;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated deployment with what a report must say about where it came from: its file and
 * SHA-256, and every file read to make it (itself, the files it imports, a waivers file), sorted.
 */
public record DeploymentFile(String file, String sha256, Deployment deployment, SourceMap sources, List<InputFile> inputs) {

    public DeploymentFile {
        inputs = inputs.stream().distinct().sorted().toList();
    }

    /** A deployment read from {@code file} alone, importing nothing. */
    public DeploymentFile(String file, String sha256, Deployment deployment, SourceMap sources) {
        this(file, sha256, deployment, sources, List.of(new InputFile(file, InputFile.Role.DEPLOYMENT, sha256)));
    }

    /** The same deployment, with a waivers file of another source: its waivers, where they are written, and the file itself. */
    public DeploymentFile withWaivers(Deployment merged, SourceMap waiverSources, InputFile waiversFile) {
        List<InputFile> all = new ArrayList<>(inputs);
        all.add(waiversFile);
        return new DeploymentFile(file, sha256, merged, sources.withImport(waiverSources), all);
    }
}
