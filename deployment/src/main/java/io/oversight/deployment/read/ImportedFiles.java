package io.oversight.deployment.read;

import io.oversight.deployment.InputFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.Sha256;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>Only regular files inside the import root (the deployment's folder unless the caller names
 * another) are read: a deployment from elsewhere must not make Oversight read, and show, any file
 * its user can. For the same reason nothing of an imported file is quoted until it has been
 * recognised as the kind of document it should be: a typo that points at a {@code .env} file
 * must not print its secrets.
 */
final class ImportedFiles {

    /** What a kind of import expects, for the messages about it. */
    enum Kind {
        IAM_POLICY("an AWS IAM policy document (JSON)", true, "JSON"),
        RBAC_MANIFESTS("Kubernetes RBAC manifests (YAML)", false, "YAML");

        private final String description;
        private final boolean json;
        private final String language;

        Kind(String description, boolean json, String language) {
            this.description = description;
            this.json = json;
            this.language = language;
        }

        /**
         * Where {@code documents} first stop looking like this kind of document, or empty when they
         * look like it: a policy has its statements or version (or is wrapped as the AWS CLI prints it), and
         * manifests are mappings, at least one of them with a 'kind'. Past that, the importers' own
         * messages say what is wrong, and may quote the file.
         */
        private Optional<YNode> unrecognised(List<YNode> documents) {
            if (json) {
                YNode root = documents.get(0);
                return root instanceof YMap map && (map.get("Statement") != null || map.get("Version") != null || map.get("PolicyVersion") != null)
                        ? Optional.empty() : Optional.of(root);
            }
            for (YNode document : documents) {
                if (!(document instanceof YMap)) {
                    return Optional.of(document);
                }
            }
            return documents.stream().anyMatch(d -> ((YMap) d).get("kind") != null) ? Optional.empty() : Optional.of(documents.get(0));
        }

        private String unrecognisedMessage() {
            return json ? "not an AWS IAM policy document: it has no 'Statement'" + SecretMasker.NOT_QUOTED
                    : "not Kubernetes RBAC manifests: each document must be a Kubernetes object (a mapping with a 'kind')" + SecretMasker.NOT_QUOTED;
        }
    }

    /** A parsed file: its documents (one for JSON) and where to report the problems found in it. */
    record Loaded(String name, List<YNode> documents, Problems problems) {
    }

    private record Failure(String messageAtReference) {
    }

    private final Path base;
    private final Path root;
    private final String rootDescription;
    /** What the paths written in the deployment are read relative to, as messages say it. */
    private final String relativeTo;
    /** How to allow a wider folder, said where none was given. */
    private final String widerRoot;
    private static final String WORKING_DIRECTORY = "the working directory";
    private Path realRoot;
    private final InputLimits limits;
    private final Problems deployment;
    private final Map<String, Loaded> loaded = new HashMap<>();
    private final Map<String, Failure> failed = new HashMap<>();
    private final Map<String, SourceMap> sources = new LinkedHashMap<>();
    private final List<InputFile> inputs = new ArrayList<>();
    private YamlTreeReader yaml;

    /** Imports of {@code deploymentFile}, which must lie inside {@code importRoot}, or, if it is null, inside the deployment's folder. */
    ImportedFiles(String deploymentFile, Path importRoot, InputLimits limits, Problems deployment) {
        Path parent = Path.of(deploymentFile).getParent();
        this.base = parent == null ? Path.of("") : parent;
        Path rootGiven = importRoot == null ? base : importRoot;
        this.root = rootGiven.toAbsolutePath().normalize();
        String shown = rootGiven.toString().isEmpty() ? "." : rootGiven.toString();
        this.rootDescription = importRoot == null ? "the deployment's folder (" + shown + ")" : "the import root (" + shown + ")";
        // A deployment on standard input, or named without a folder, has the working directory for its own.
        this.relativeTo = parent == null ? WORKING_DIRECTORY : "the deployment file";
        this.widerRoot = importRoot == null ? " (--import-root DIR reads them from inside DIR instead)" : "";
        this.limits = limits;
        this.deployment = deployment;
    }

    /** The source maps of the files read, by the name findings cite them with. */
    Map<String, SourceMap> sources() {
        return sources;
    }

    /** The files read and recognised, each with the digest of the bytes it was read from. */
    List<InputFile> inputs() {
        return inputs;
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

    /** A file read and decoded but not parsed, for formats whose readers parse it themselves (agents' runtime configurations). */
    record Text(String name, String text, byte[] bytes) {
    }

    /**
     * The text of the file {@code written} names; empty when it cannot be read, with the reason
     * reported at {@code at}. The same rules as for every import hold: inside the import root, a
     * regular file, within the size limit. Nothing of it is kept as read until {@link #accept} is
     * called for it, once its reader has recognised it.
     */
    Optional<Text> text(String written, Position at, String description) {
        String name = nameOf(written);
        Object read = bytes(name, written, description);
        if (read instanceof Failure failure) {
            deployment.add(at, failure.messageAtReference());
            return Optional.empty();
        }
        byte[] bytes = (byte[]) read;
        try {
            return Optional.of(new Text(name, DeploymentReader.decode(name, bytes), bytes));
        } catch (InvalidInputException e) {
            e.problems().forEach(deployment::add);
            return Optional.empty();
        }
    }

    /** Keeps {@code text}, which its reader recognised, among the files read: findings may cite its lines. */
    void accept(Text text, YNode root) {
        if (!sources.containsKey(text.name())) {
            sources.put(text.name(), new SourceMap(text.name(), root, text.text()));
            inputs.add(new InputFile(text.name(), InputFile.Role.IMPORT, Sha256.hex(text.bytes())));
        }
    }

    /** The bytes of the file, or the {@link Failure} that keeps it from being read. */
    private Object bytes(String name, String written, String description) {
        Path path = Path.of(name);
        byte[] bytes;
        try {
            Failure outside = outside(written, path);
            if (outside != null) {
                return outside;
            }
            if (Files.isDirectory(path)) {
                return new Failure(name + " is a directory; '" + written + "' must name " + description);
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // A device or a pipe could block the run or never end: only plain files are read.
                return new Failure(name + " is not a regular file; '" + written + "' must name " + description);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            }
            if (bytes.length > limits.maxFileBytes()) {
                return new Failure(name + " is larger than the limit of " + (limits.maxFileBytes() / (1024 * 1024)) + " MiB; raise it with --max-input-mb");
            }
        } catch (NoSuchFileException e) {
            return new Failure("no such file: " + name + " ('" + written + "' is read relative to " + relativeTo + ")");
        } catch (AccessDeniedException e) {
            return new Failure(name + " cannot be read: permission denied");
        } catch (IOException e) {
            return new Failure(name + " cannot be read: " + e.getMessage());
        }
        return bytes;
    }

    private Failure read(String name, String written, Kind kind) {
        Object read = bytes(name, written, kind.description);
        if (read instanceof Failure failure) {
            return failure;
        }
        byte[] bytes = (byte[]) read;
        String text;
        List<YNode> documents;
        try {
            text = DeploymentReader.decode(name, bytes);
            documents = text.isBlank() ? List.of() : kind.json ? List.of(yaml().read(name, text, true, kind.description)) : yaml().readAll(name, text);
        } catch (InvalidInputException e) {
            deployment.add(e.problems().get(0).unquoted(kind.language, kind.description));
            return new Failure(null);
        }
        if (documents.isEmpty()) {
            deployment.add(new Problem(name, Position.START, (text.isBlank() ? "the file is empty" : "the file holds no document")
                    + ": expected " + kind.description));
            return new Failure(null);
        }
        Optional<YNode> unrecognised = kind.unrecognised(documents);
        if (unrecognised.isPresent()) {
            deployment.add(new Problem(name, unrecognised.get().position(), kind.unrecognisedMessage()));
            return new Failure(null);
        }
        YNode tree = kind.json ? documents.get(0) : new YList(documents.get(0).position(), documents);
        sources.put(name, new SourceMap(name, tree, text));
        inputs.add(new InputFile(name, InputFile.Role.IMPORT, Sha256.hex(bytes)));
        loaded.put(name, new Loaded(name, documents, deployment.forFile(name)));
        return null;
    }

    /**
     * Why the file {@code written} names, at {@code path}, may not be read: it is written as an
     * absolute path, leads out of the import root, or is a link to a file outside it. Null when it
     * may.
     */
    private Failure outside(String written, Path path) throws IOException {
        if (Path.of(written).isAbsolute()) {
            return new Failure("'" + written + "' is an absolute path; imports are read from inside " + rootDescription
                    + ": write the path relative to " + relativeTo);
        }
        if (!path.toAbsolutePath().normalize().startsWith(root)) {
            return new Failure("'" + written + "'" + (relativeTo.equals(WORKING_DIRECTORY) ? ", relative to " + relativeTo + "," : "")
                    + " leads out of " + rootDescription + "; imports are read from inside it only" + widerRoot);
        }
        if (Files.exists(path)) {
            if (realRoot == null) {
                realRoot = root.toRealPath();
            }
            if (!path.toRealPath().startsWith(realRoot)) {
                return new Failure("'" + written + "' is a symbolic link to a file outside " + rootDescription
                        + "; imports are read from inside it only");
            }
        }
        return null;
    }

    /**
     * Why the folder at {@code path} may not be listed, as a phrase ("leads out of the deployment's
     * folder (...); ..."): through a link, its real path is outside the import root. Null when it may.
     */
    String outsideFolder(Path path) throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return path.toRealPath().startsWith(realRoot) ? null : "leads out of " + rootDescription + "; imports are read from inside it only";
    }

    private YamlTreeReader yaml() {
        if (yaml == null) {
            yaml = new YamlTreeReader(limits);
        }
        return yaml;
    }
}
