package io.oversight.deployment.read;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.yaml.InputLimits;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a deployment imports, each read and parsed once with the deployment's limits. A path
 * is taken relative to the deployment file, and the file is cited by the path so resolved, so a
 * finding's {@code file:line} opens from where Oversight was run. A file that cannot be read is
 * reported at the key that names it; a file that cannot be parsed, in itself.
 */
final class ImportedFiles {

    /** What a kind of import expects, for the messages about it. */
    enum Kind {
        IAM_POLICY("an AWS IAM policy document (JSON)", true),
        RBAC_MANIFESTS("Kubernetes RBAC manifests (YAML)", false);

        private final String description;
        private final boolean json;

        Kind(String description, boolean json) {
            this.description = description;
            this.json = json;
        }
    }

    /** A parsed file: its documents (one for JSON) and where to report the problems found in it. */
    record Loaded(String name, List<YNode> documents, Problems problems) {
    }

    private record Failure(String messageAtReference) {
    }

    private final Path base;
    private final InputLimits limits;
    private final Problems deployment;
    private final Map<String, Loaded> loaded = new HashMap<>();
    private final Map<String, Failure> failed = new HashMap<>();
    private final Map<String, SourceMap> sources = new LinkedHashMap<>();
    private YamlTreeReader yaml;

    ImportedFiles(String deploymentFile, InputLimits limits, Problems deployment) {
        Path parent = Path.of(deploymentFile).getParent();
        this.base = parent == null ? Path.of("") : parent;
        this.limits = limits;
        this.deployment = deployment;
    }

    /** The source maps of the files read, by the name findings cite them with. */
    Map<String, SourceMap> sources() {
        return sources;
    }

    /** The name a path written in the deployment is read and cited as. */
    String nameOf(String written) {
        return base.resolve(written).normalize().toString();
    }

    /**
     * The file {@code written} names, parsed; empty when it cannot be used, with the reason
     * reported at {@code at} (the value naming it) or inside the file.
     */
    Optional<Loaded> load(String written, Position at, Kind kind) {
        String name = nameOf(written);
        Loaded done = loaded.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        Failure failure = failed.get(name);
        if (failure == null) {
            failure = read(name, written, kind);
            if (failure == null) {
                return Optional.of(loaded.get(name));
            }
            failed.put(name, failure);
        }
        if (failure.messageAtReference() != null) {
            deployment.add(at, failure.messageAtReference());
        }
        return Optional.empty();
    }

    private Failure read(String name, String written, Kind kind) {
        Path path = Path.of(name);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                return new Failure(name + " is a directory; '" + written + "' must name " + kind.description);
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // A device or a pipe could block the run or never end: only plain files are read.
                return new Failure(name + " is not a regular file; '" + written + "' must name " + kind.description);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            }
            if (bytes.length > limits.maxFileBytes()) {
                return new Failure(name + " is larger than the limit of " + (limits.maxFileBytes() / (1024 * 1024)) + " MiB");
            }
        } catch (NoSuchFileException e) {
            return new Failure("no such file: " + name + " ('" + written + "' is read relative to the deployment file)");
        } catch (AccessDeniedException e) {
            return new Failure(name + " cannot be read: permission denied");
        } catch (IOException e) {
            return new Failure(name + " cannot be read: " + e.getMessage());
        }
        try {
            String text = DeploymentReader.decode(name, bytes);
            if (text.isBlank()) {
                throw new InvalidInputException(new Problem(name, Position.START, "the file is empty: expected " + kind.description));
            }
            List<YNode> documents = kind.json ? List.of(yaml().read(name, text, true)) : yaml().readAll(name, text);
            if (documents.isEmpty()) {
                throw new InvalidInputException(new Problem(name, Position.START, "the file holds no document: expected " + kind.description));
            }
            YNode root = kind.json ? documents.get(0) : new YList(documents.get(0).position(), documents);
            sources.put(name, new SourceMap(name, root, text));
            loaded.put(name, new Loaded(name, documents, deployment.forFile(name)));
            return null;
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                deployment.add(problem);
            }
            return new Failure(null);
        }
    }

    private YamlTreeReader yaml() {
        if (yaml == null) {
            yaml = new YamlTreeReader(limits);
        }
        return yaml;
    }
}
