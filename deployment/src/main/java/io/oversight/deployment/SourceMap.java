package io.oversight.deployment;

import io.oversight.deployment.yaml.YNode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a deployment file was written, addressed by JSON-pointer-like paths
 * ({@code /agents/0/logging/attribution}). A path that names an absent value resolves to its
 * nearest present ancestor, which is exactly where a user would add the missing key.
 *
 * <p>A deployment's map also holds the maps of the files it imports (IAM policies, RBAC
 * manifests), by the name Oversight cites them with. An evidence path into one of them names the
 * file before a {@code #}: {@code samples/policies/admin.json#/Statement/0/Action}.
 */
public final class SourceMap {

    /** Separates the file from the path inside it in an evidence path that names its file. */
    public static final char FILE_SEPARATOR = '#';

    private final String file;
    private final PathIndex index;
    private final String itemsKey;
    private final PathIndex[] items;
    private final String text;
    private final Map<String, SourceMap> imports;
    private int[] lineStarts;
    private BitSet secretLines;

    /** Keeps only where each value of {@code root} was written, not the tree. */
    public SourceMap(String file, YNode root, String text) {
        this(file, new PathIndex(root), null, new PathIndex[0], text, Map.of());
    }

    /**
     * The map of a document whose top-level list under {@code itemsKey} was read item by item (see
     * {@link io.oversight.deployment.yaml.SplitDocument}): {@code root} with that list empty, and
     * the index of each item, in order.
     */
    public SourceMap(String file, YNode root, String itemsKey, PathIndex[] items, String text) {
        this(file, new PathIndex(root), itemsKey, items.clone(), text, Map.of());
    }

    private SourceMap(String file, PathIndex index, String itemsKey, PathIndex[] items, String text, Map<String, SourceMap> imports) {
        this.file = file;
        this.index = index;
        this.itemsKey = itemsKey;
        this.items = items;
        this.text = text;
        this.imports = imports;
    }

    /** This map together with the maps of the files the deployment imports, by file name. */
    public SourceMap withImports(Map<String, SourceMap> imported) {
        return imported.isEmpty() ? this
                : new SourceMap(file, index, itemsKey, items, text, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(imported)));
    }

    /** This map with one more file whose values evidence may cite (a separate waivers file, say). */
    public SourceMap withImport(SourceMap other) {
        Map<String, SourceMap> all = new LinkedHashMap<>(imports);
        all.put(other.file, other);
        return new SourceMap(file, index, itemsKey, items, text, java.util.Collections.unmodifiableMap(all));
    }

    public String file() {
        return file;
    }

    /** The files the deployment imports, in the order they were read. */
    public List<String> importedFiles() {
        return List.copyOf(imports.keySet());
    }

    /** The map of {@code name}: this file's own, or one it imports. */
    public SourceMap forFile(String name) {
        if (name.equals(file)) {
            return this;
        }
        SourceMap imported = imports.get(name);
        if (imported == null) {
            throw new IllegalArgumentException(name + " is neither " + file + " nor a file it imports");
        }
        return imported;
    }

    /** An evidence path resolved to its file and position. */
    public record Location(String file, Position position) implements Comparable<Location> {
        @Override
        public int compareTo(Location other) {
            int byPosition = position.compareTo(other.position);
            return byPosition != 0 ? byPosition : file.compareTo(other.file);
        }

        /** {@code file:line}, as findings cite a place. */
        @Override
        public String toString() {
            return file + ":" + position.line();
        }
    }

    /**
     * Where an evidence path points: a plain path ({@code /agents/0/id}) into this file, or
     * {@code file#/path} into a file it imports. A file it does not import resolves as a plain path,
     * that is to the nearest present value of this file.
     */
    public Location resolve(String evidencePath) {
        int separator = evidencePath.lastIndexOf(FILE_SEPARATOR); // a pointer never holds one; a file name might
        if (separator > 0) {
            SourceMap imported = imports.get(evidencePath.substring(0, separator));
            if (imported != null) {
                return new Location(imported.file, imported.locate(evidencePath.substring(separator + 1)));
            }
        }
        return new Location(file, locate(evidencePath));
    }

    /** The evidence path of {@code path} inside {@code file}, as {@link #resolve} reads it. */
    public static String pathIn(String file, String path) {
        return file + FILE_SEPARATOR + path;
    }

    /**
     * The evidence path of {@code at} inside {@code file}: for files whose readers keep where each
     * value was written but no tree of paths (agents' runtime configurations, in four syntaxes).
     */
    public static String pathAt(String file, Position at) {
        return pathIn(file, POSITION_MARK + at.line() + ":" + at.column());
    }

    /** Starts a path that is a position ({@code @12:5}) rather than a pointer, which always starts with '/'. */
    private static final String POSITION_MARK = "@";

    public Position locate(String path) {
        if (path.startsWith(POSITION_MARK)) {
            int colon = path.indexOf(':');
            return new Position(Integer.parseInt(path.substring(1, colon)), Integer.parseInt(path.substring(colon + 1)));
        }
        // The segments follow the leading slash; trailing slashes name nothing.
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        int keyEnd = PathIndex.segmentEnd(path, 1, end);
        if (keyEnd < end && itemsKey != null && keyEnd - 1 == itemsKey.length() && path.startsWith(itemsKey, 1)) {
            int itemEnd = PathIndex.segmentEnd(path, keyEnd + 1, end);
            int item = PathIndex.index(path, keyEnd + 1, itemEnd);
            if (item >= 0 && item < items.length) {
                return items[item].locate(path, itemEnd, end);
            }
        }
        return index.locate(path, 0, end);
    }

    /**
     * The text of line {@code n} (1-based) as reports may quote it: without its line break, with
     * anything that looks like a secret masked; empty past the end.
     */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        String line = rawLine(n);
        return secretLines().get(n - 1) ? SecretMasker.maskWholeLine(line) : SecretMasker.maskQuoted(line);
    }

    private String rawLine(int n) {
        int[] starts = lineStarts();
        int end = n < starts.length ? starts[n] : text.length();
        return text.substring(starts[n - 1], end).stripTrailing();
    }

    private synchronized BitSet secretLines() {
        if (secretLines == null) {
            secretLines = SecretMasker.secretBlocks(new AbstractList<>() {
                @Override
                public String get(int index) {
                    return rawLine(index + 1);
                }

                @Override
                public int size() {
                    return lineCount();
                }
            });
        }
        return secretLines;
    }

    public int lineCount() {
        return lineStarts().length;
    }

    /**
     * The characters of the file, for questions about them (whether a report's font has a glyph for
     * each); never for quoting, which goes through {@link #line} and its masking.
     */
    public java.util.stream.IntStream codePoints() {
        return text.codePoints();
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }
}
