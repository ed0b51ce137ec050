package io.oversight.deployment.read;

import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.Sha256;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.NotSplittable;
import io.oversight.deployment.yaml.SplitDocument;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads and validates a deployment description. Every problem of the file is reported at once,
 * located; nothing is assessed unless the whole file is valid, so a misread file never looks
 * compliant.
 */
public final class DeploymentReader {

    private final Set<String> knownControls;
    private final InputLimits limits;
    private final YamlTreeReader yaml;
    /** The folder imported files must lie in; null for the folder of each deployment read. */
    private final Path importRoot;

    public DeploymentReader(Set<String> knownControls, InputLimits limits) {
        this(knownControls, limits, null);
    }

    private DeploymentReader(Set<String> knownControls, InputLimits limits, Path importRoot) {
        this.knownControls = Set.copyOf(knownControls);
        this.limits = limits;
        this.yaml = new YamlTreeReader(limits);
        this.importRoot = importRoot;
    }

    /** This reader, reading the files a deployment imports from inside {@code root} rather than the deployment's folder. */
    public DeploymentReader withImportRoot(Path root) {
        return new DeploymentReader(knownControls, limits, root);
    }

    public DeploymentReader(Set<String> knownControls) {
        this(knownControls, InputLimits.DEFAULT);
    }

    public DeploymentFile read(Path path) throws InvalidInputException {
        String name = path.toString();
        return read(name, readBytes(name, path, limits, "a deployment description file"));
    }

    /** Reads a deployment from bytes already in memory; {@code name} is how messages cite it. */
    public DeploymentFile read(String name, byte[] bytes) throws InvalidInputException {
        if (bytes.length > limits.maxFileBytes()) {
            throw new InvalidInputException(Problem.ofFile(name, tooLarge(bytes.length, limits)));
        }
        CompletableFuture<String> digest = digest(bytes);
        Decoded decoded = decodeFile(name, bytes);
        String text = decoded.text();
        bytes = null; // a large file's bytes need not outlive its decoding and digest
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        try {
            return bind(name, text, withinAgentLimit(name, yaml.readSplit(name, text, json, AGENTS, decoded.plain())), digest);
        } catch (NotSplittable e) {
            return bind(name, text, withinAgentLimit(name, yaml.readSplitWithParser(name, text, json, AGENTS)), digest);
        }
    }

    /** The document, if it holds no more agents than the limit: checked before any agent is bound. */
    private SplitDocument withinAgentLimit(String name, SplitDocument document) throws InvalidInputException {
        if (document.itemCount() > limits.maxAgents()) {
            throw new InvalidInputException(Problem.ofFile(name, String.format(java.util.Locale.ROOT,
                    "holds %,d agents, more than the limit of %,d for one deployment description; split it into several files"
                            + " or raise the limit with --max-agents", document.itemCount(), limits.maxAgents())));
        }
        return document;
    }

    /** The top-level list whose items are read, bound and indexed one by one. */
    private static final String AGENTS = "agents";

    private DeploymentFile bind(String name, String text, SplitDocument document, CompletableFuture<String> digest)
            throws InvalidInputException {
        Problems problems = new Problems(name);
        PermissionImporter importer = new PermissionImporter(name, importRoot, limits, problems);
        DeploymentBinder.Bound bound = new DeploymentBinder(problems, importer).bind(document);
        // The source map keeps positions only, not the trees.
        SourceMap sources = bound == null ? new SourceMap(name, document.root(), text)
                : new SourceMap(name, document.root(), AGENTS, bound.agentIndexes(), text);
        Deployment deployment = bound == null ? null : bound.deployment();
        if (deployment != null) {
            deployment = RuntimeDelegates.resolve(deployment, sources.withImports(importer.sources()), problems);
            new ReferenceCheck(problems, sources, knownControls).check(deployment);
            new RoleChainCheck(problems, sources).check(deployment);
            new IdentifierCheck(problems, sources).check(deployment);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.sorted());
        }
        String sha256 = digest.join();
        List<InputFile> inputs = new ArrayList<>(importer.inputs());
        inputs.add(new InputFile(name, InputFile.Role.DEPLOYMENT, sha256));
        return new DeploymentFile(name, sha256, deployment, sources.withImports(importer.sources()), inputs);
    }

    /**
     * Reads a whole input file within the size limit; every failure is a problem of that file. Only
     * a regular file is read: a device or a pipe ({@code /dev/zero}, a FIFO) could block the run or
     * never end. The limit is also kept while reading, for a file that grows after its size was
     * taken.
     */
    static byte[] readBytes(String name, Path path, InputLimits limits, String expected) throws InvalidInputException {
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(Problem.ofFile(name, "is a directory; give " + expected));
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new InvalidInputException(Problem.ofFile(name, "is not a regular file (a device, a pipe or a socket); give " + expected));
            }
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new InvalidInputException(Problem.ofFile(name, tooLarge(size, limits)));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            }
            if (bytes.length > limits.maxFileBytes()) {
                throw new InvalidInputException(Problem.ofFile(name, tooLarge(bytes.length, limits)));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            // A name that is not text in the locale's character set reaches Java with U+FFFD in place
            // of its bytes, and so names no file: say why rather than "no such file".
            throw new InvalidInputException(Problem.ofFile(name, name.indexOf('\uFFFD') >= 0
                    ? "no such file: the name holds bytes that are not text in this locale's character set (" + System.getProperty("sun.jnu.encoding")
                    + "); rename the file, or run under the locale it was named in" : "no such file"));
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(Problem.ofFile(name, "cannot be read: permission denied"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * {@code size} is the file's size, or what was read of it when reading stopped at the limit (standard
     * input, a file that grew): its size in whole MiB is said only where it is more than the limit's.
     */
    private static String tooLarge(long size, InputLimits limits) {
        long mib = 1024 * 1024;
        String over = size / mib > limits.maxFileBytes() / mib ? "is " + size / mib + " MiB, larger" : "is larger";
        return over + " than the limit of " + limits.maxFileBytes() / mib
                + " MiB for one deployment description; split it into several files or raise the limit with --max-input-mb";
    }

    /** Strict UTF-8: a bad byte is an error at its line and column, never a replacement character. */
    static String decode(String name, byte[] bytes) throws InvalidInputException {
        return decodeFile(name, bytes).text();
    }

    /** A file's text, and whether it is ASCII with every byte {@link YamlTreeReader#plainAscii}. */
    private record Decoded(String text, boolean plain) {
    }

    private static Decoded decodeFile(String name, byte[] bytes) throws InvalidInputException {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new InvalidInputException(new Problem(name, Position.START, "the file is " + wide + " text, not UTF-8; save it as UTF-8"));
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // Most files are plain ASCII: one pass over the bytes tells, and one compact copy (Latin-1, which
        // ASCII is a part of, is copied as it is) instead of a decoder's char buffer, twice the file's size.
        boolean plain = true;
        for (int i = offset; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                return new Decoded(decodeUtf8(name, bytes, offset), false);
            }
            plain &= YamlTreeReader.plainAscii(b);
        }
        return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1), plain);
    }

    /**
     * UTF-16 or UTF-32, as Windows PowerShell's Out-File and some editors save text, told by a
     * byte-order mark or by the zero bytes beside the first character (no text of ours begins with
     * U+0000); null for anything else. Read as UTF-8 they failed at a zero byte, with no word of why.
     */
    private static String wideEncoding(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        boolean four = bytes.length >= 4;
        if (four && (b0 == 0xFF && b1 == 0xFE && bytes[2] == 0 && bytes[3] == 0 || b0 == 0 && b1 == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF
                || b0 != 0 && b1 == 0 && bytes[2] == 0 && bytes[3] == 0 || b0 == 0 && b1 == 0 && bytes[2] == 0 && bytes[3] != 0)) {
            return "UTF-32";
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF || b0 != 0 && b1 == 0 || b0 == 0 && b1 != 0) {
            return "UTF-16";
        }
        return null;
    }

    private static String decodeUtf8(String name, byte[] bytes, int offset) throws InvalidInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidInputException(new Problem(name, positionOf(bytes, offset, in.position()),
                    "the file is not valid UTF-8 text (byte 0x" + HexFormat.of().toHexDigits(bytes[in.position()])
                            + "); save it as UTF-8"));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static Position positionOf(byte[] bytes, int start, int at) {
        int line = 1;
        int column = 1;
        for (int i = start; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }

    /** The report's digest of a large file costs as much as parsing it: the other core takes it. */
    private static CompletableFuture<String> digest(byte[] bytes) {
        return bytes.length < 1 << 20 ? CompletableFuture.completedFuture(Sha256.hex(bytes)) : CompletableFuture.supplyAsync(() -> Sha256.hex(bytes));
    }
}
