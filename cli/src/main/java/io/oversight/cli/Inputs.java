package io.oversight.cli;

import io.oversight.deployment.FileNameCharset;
import io.oversight.deployment.IoReasons;
import io.oversight.deployment.read.DeploymentRecognizer;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The deployments named on the command line: files as given, and the deployments among the
 * {@code .yaml}, {@code .yml} and {@code .json} files under a directory, told apart from other
 * files by {@link DeploymentRecognizer}; the others are listed as skipped, with the reason.
 * Dot-files and dot-directories are searched too, but not {@code .git} (version-control
 * internals), and no symbolic link is followed out of the directory.
 *
 * @param deployments the deployments to check, in the order checked
 * @param skipped the files found in directories that are not deployments, by path
 * @param searched whether a directory was searched, so that what was skipped is worth saying
 */
record Inputs(List<Input> deployments, List<Skipped> skipped, boolean searched) {

    /**
     * Whether the run writes {@code oversight-run.json} beside the JSON reports: a directory was
     * searched, or several deployments were named, so that a later run of the same ones has one
     * baseline to compare with.
     */
    boolean summarized() {
        return searched || deployments.size() > 1;
    }

    /** What names a deployment read from standard input. */
    static final String STDIN = "-";

    /**
     * A deployment and the name of its outputs in an output directory: its path relative to the
     * directory searched (or, named on its own, its file name), without the extension.
     */
    record Input(Path file, Path outputStem) {
    }

    /** A file found in a directory and not checked, and why. */
    record Skipped(Path file, String reason) {
    }

    Inputs {
        deployments = List.copyOf(deployments);
        skipped = List.copyOf(skipped);
    }

    List<Path> files() {
        return deployments.stream().map(Input::file).toList();
    }

    boolean fromStdin() {
        return deployments.size() == 1 && StandardInput.names(deployments.get(0).file());
    }

    static Inputs expand(List<Path> given, DeploymentRecognizer recognizer) throws UserError {
        if (given.size() > 1 && given.stream().anyMatch(StandardInput::names)) {
            throw new UserError("'-' reads one deployment from standard input; give it alone, without other files");
        }
        List<Input> deployments = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        // A file named twice, or named and found in a folder searched too, is one deployment: checked once.
        java.util.Set<Path> named = new java.util.HashSet<>();
        boolean searched = false;
        for (Path path : given) {
            if (StandardInput.names(path)) {
                deployments.add(new Input(path, Path.of("stdin")));
            } else if (!Files.isDirectory(path)) {
                if (named.add(FileIdentity.of(path))) {
                    deployments.add(new Input(path, Path.of(stem(path))));
                } else {
                    skipped.add(new Skipped(path, "named more than once; checked once"));
                }
            } else {
                searched = true;
                Search search = new Search(path, recognizer);
                search.run();
                if (search.deployments.isEmpty()) {
                    throw new UserError(path + " holds no deployment description: " + (search.skipped.isEmpty()
                            ? "it has no .yaml, .yml or .json file"
                            : "none of its " + search.skipped.size() + " .yaml, .yml and .json files has kind AgentDeployment"
                                    + " or apiVersion oversight/v1"));
                }
                search.deployments.sort(Comparator.comparing(Path::toString));
                for (Path file : search.deployments) {
                    if (!named.add(FileIdentity.of(file))) {
                        skipped.add(new Skipped(file, "named more than once; checked once"));
                        continue;
                    }
                    deployments.add(new Input(file, outputStem(path, file)));
                }
                skipped.addAll(search.skipped);
            }
        }
        skipped.sort(Comparator.comparing(s -> s.file().toString()));
        return new Inputs(deployments, skipped, searched);
    }

    /** Whether a file of this name in a directory searched is read as a deployment may be: .yaml, .yml or .json. */
    static boolean searched(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** One directory's walk. Links inside it are followed, so a file reached twice is checked once. */
    private static final class Search extends SimpleFileVisitor<Path> {
        private final Path root;
        private final DeploymentRecognizer recognizer;
        private final List<Path> deployments = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final Set<Path> seen = new HashSet<>();
        private Path realRoot;

        Search(Path root, DeploymentRecognizer recognizer) {
            this.root = root;
            this.recognizer = recognizer;
        }

        void run() throws UserError {
            try {
                realRoot = root.toRealPath();
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
            } catch (IOException e) {
                throw new UserError("cannot read the directory " + (e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : root)
                        + ": " + IoReasons.of(e));
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(root) && dir.getFileName().toString().equals(".git")) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.toRealPath().startsWith(realRoot)) {
                skipped.add(new Skipped(dir, "a symbolic link to a directory outside " + root + "; not followed"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (!candidate(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                deployments.add(file); // a dangling link: the reader reports it, rather than it passing unseen
                return FileVisitResult.CONTINUE;
            }
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                skipped.add(new Skipped(file, "a symbolic link to a file outside " + root + "; not followed"));
            } else if (!attrs.isRegularFile()) {
                skipped.add(new Skipped(file, "not a regular file"));
            } else if (seen.add(real)) {
                Optional<String> reason = recognizer.reasonToSkip(file);
                if (reason.isPresent()) {
                    skipped.add(new Skipped(file, reason.get()));
                } else {
                    deployments.add(file);
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
                return FileVisitResult.CONTINUE; // a link back up inside the directory: its files are visited anyway
            }
            throw e;
        }

        private static boolean candidate(Path file) {
            return searched(file.getFileName().toString());
        }
    }

    /**
     * {@code file}'s path inside {@code dir} without the extension. The walk keeps a name's bytes, but
     * a name made of its text is refused when the locale cannot encode what it could not decode.
     */
    private static Path outputStem(Path dir, Path file) throws UserError {
        Path relative = dir.relativize(file);
        try {
            return relative.resolveSibling(stem(relative));
        } catch (InvalidPathException e) {
            throw new UserError("cannot check the deployments in " + dir + ": the name '" + relative + "' is not text in this locale: "
                    + FileNameCharset.advice());
        }
    }

    /** The name outputs for {@code file} take in an output directory: its file name without the extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
