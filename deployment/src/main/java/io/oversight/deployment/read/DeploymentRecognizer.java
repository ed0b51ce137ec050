package io.oversight.deployment.read;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.yaml.TopLevelScalars;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the deployments among the files found in a directory from everything else (a waivers
 * file, a JSON Schema, a Kubernetes manifest), by the top-level {@code apiVersion} and {@code kind}
 * a parser reads, wherever in the file they are. A file that may be a deployment is always
 * checked, so that a deployment the reader would refuse is an error, never a skipped file: one
 * whose kind is AgentDeployment or whose apiVersion is oversight/v…, but also one that cannot be
 * opened, is larger than the limit before saying what it is, or does not parse and mentions the
 * format anywhere in its text.
 */
public final class DeploymentRecognizer {

    private static final String API_VERSION = "apiVersion";
    private static final String KIND = "kind";
    private static final String OUR_API = "oversight/v";
    private static final String OUR_NAME = "oversight";
    private static final String DEPLOYMENT_STEM = "agentdeploy";
    /** The kinds of the format's two documents, as they are written: a deployment, and a waivers file kept apart from it. */
    static final String DEPLOYMENT = "AgentDeployment";
    static final String WAIVERS = "Waivers";

    private final InputLimits limits;

    public DeploymentRecognizer(InputLimits limits) {
        this.limits = limits;
    }

    /** Empty when {@code file} is to be checked as a deployment; otherwise why it is not one, worded for a list of skipped files. */
    public Optional<String> reasonToSkip(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // the reader refuses it, located
        }
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        TopLevelScalars top;
        try (InputStream in = new Bounded(Files.newInputStream(file), limits.maxFileBytes())) {
            top = TopLevelScalars.read(in, json, Set.of(API_VERSION, KIND), limits);
        } catch (IOException e) {
            return causedBy(e, TooLarge.class) ? Optional.empty() : unparsable(file, json);
        }
        Optional<String> reason = switch (top.shape()) {
            case EMPTY -> Optional.of("empty");
            case OTHER -> Optional.of("its top level is not a mapping, so it is not a deployment");
            case MAPPING -> reasonToSkip(top.values().get(API_VERSION), top.values().get(KIND)).filter(r -> !ours(file, json, r));
        };
        if (reason.isEmpty() || json) {
            return reason;
        }
        // What the first document's header does not say, the whole text may: read once, and unreadable means the reader's to refuse.
        Optional<String> text = text(file);
        // A header that says "not a deployment" (none, or kind Waivers) over a deployment's sections is a deployment
        // mislabelled: checked and refused, or a directory check would pass over it without a word.
        boolean ours = text.map(t -> (reason.get().equals(NO_HEADER) || reason.get().equals(WAIVERS_FILE)) && hasTheSectionsOfADeployment(t)
                        || laterDocumentNamesTheFormat(t))
                .orElse(true);
        return ours ? Optional.empty() : reason;
    }

    /**
     * Whether a file whose first header says it is no deployment (for {@code reason}) is one after
     * all: the header written last says so (a foreign apiVersion or kind written over the real
     * ones, which most parsers read last-wins: the reader refuses the repeated key, located), or it
     * has no header, or a waivers file's, over a deployment's top-level sections (its agents, and
     * its metadata, people or environments), in JSON or YAML however its keys are written: a
     * deployment that lost its header is refused, not passed over.
     */
    private boolean ours(Path file, boolean json, String reason) {
        try (InputStream in = new Bounded(Files.newInputStream(file), limits.maxFileBytes())) {
            TopLevelScalars last = TopLevelScalars.readLast(in, json, Set.of(API_VERSION, KIND), limits);
            return reasonToSkip(last.values().get(API_VERSION), last.values().get(KIND)).isEmpty()
                    || (reason.equals(NO_HEADER) || reason.equals(WAIVERS_FILE)) && last.keys().contains("agents")
                    && (last.keys().contains("metadata") || last.keys().contains("people") || last.keys().contains("environments"));
        } catch (IOException e) {
            return false; // it parsed as far as the first header: what stops it later is the reader's to say, if the file is ours
        }
    }

    private static final String NO_HEADER = "no top-level apiVersion or kind, so it is not a deployment";
    private static final String WAIVERS_FILE = "a waivers file (kind Waivers); apply it with --waivers";

    /**
     * The file's text, as far as the size limit; empty when it cannot be read. A file saved as
     * UTF-16 or UTF-32 (Windows PowerShell's {@code Out-File} writes UTF-16) is read by its ASCII
     * characters, the zero bytes between them left out: it names the format as plainly, and is then
     * the reader's to refuse, located, not a skipped file.
     */
    private Optional<String> text(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new String(withoutZeros(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes()))),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code bytes} without its zero bytes, which no UTF-8 text holds. */
    private static byte[] withoutZeros(byte[] bytes) {
        int kept = 0;
        for (byte b : bytes) {
            if (b != 0) {
                bytes[kept++] = b;
            }
        }
        return kept == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, kept);
    }

    /** Whether the text has, at its top level, the agents of a deployment and its metadata, people or environments: one that lost its header. */
    private static boolean hasTheSectionsOfADeployment(String text) {
        String lines = "\n" + text;
        return lines.contains("\nagents:") && (lines.contains("\nmetadata:") || lines.contains("\npeople:") || lines.contains("\nenvironments:"));
    }

    /**
     * Whether a document after the first ({@code ---} at the start of a line) names the format: the
     * recognizer reads the first document only, and a deployment behind a ConfigMap must be refused,
     * located (a deployment is one document), not skipped.
     */
    private static boolean laterDocumentNamesTheFormat(String text) {
        int separator = text.indexOf("\n---");
        if (separator < 0) {
            return false;
        }
        String later = text.substring(separator);
        return later.contains(OUR_API) || later.contains(DEPLOYMENT);
    }

    /**
     * Ours, to be checked: an apiVersion that names the format in any spelling ({@code oversight.v1},
     * {@code Oversight/v1}) unless the kind is Waivers, or a kind close to AgentDeployment
     * ({@code AgentDeploy}, {@code AgentDeploymnet}); a Kubernetes {@code Deployment} is far from it.
     */
    private static Optional<String> reasonToSkip(String apiVersion, String kind) {
        boolean ourApi = apiVersion != null && apiVersion.toLowerCase(Locale.ROOT).startsWith(OUR_NAME);
        boolean ourKind = kind != null && (Suggestions.nearIgnoringCase(kind, DEPLOYMENT)
                || kind.toLowerCase(Locale.ROOT).startsWith(DEPLOYMENT_STEM));
        if (ourKind || ourApi && !WAIVERS.equals(kind)) {
            return Optional.empty();
        }
        if (ourApi) {
            return Optional.of(WAIVERS_FILE);
        }
        if (apiVersion == null && kind == null) {
            return Optional.of(NO_HEADER);
        }
        // The values are another file's, which may be anything, a token among them: quoted masked.
        return Optional.of((apiVersion == null ? "" : "apiVersion " + SecretMasker.maskQuoted(apiVersion)) + (apiVersion != null && kind != null ? ", " : "")
                + (kind == null ? "" : "kind " + SecretMasker.maskQuoted(kind)) + ", not " + OUR_API + "1 " + DEPLOYMENT);
    }

    /** A file that does not parse is skipped only when nothing in it names the format. */
    private Optional<String> unparsable(Path file, boolean json) {
        String text = text(file).orElse(null);
        if (text == null) {
            return Optional.empty();
        }
        if (text.contains(OUR_API) || text.contains("oversight\\/v") || text.contains(DEPLOYMENT)) {
            return Optional.empty();
        }
        return Optional.of("not valid " + (json ? "JSON" : "YAML") + ", and it names neither " + OUR_API + "1 nor " + DEPLOYMENT);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Stops a read past the limit, as the reader would refuse the file. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            left -= n;
            if (left < 0) {
                throw new TooLarge();
            }
        }
    }
}
