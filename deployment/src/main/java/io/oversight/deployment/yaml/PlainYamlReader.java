package io.oversight.deployment.yaml;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain YAML that deployment descriptions are written in: block mappings and
 * sequences, one-line flow collections, one-line plain and quoted scalars, comments. It builds the
 * same {@link YNode} tree, with the same positions and scalar types, as the SnakeYAML path of
 * {@link YamlTreeReader}, several times faster and with shared strings.
 *
 * <p>It gives up on anything else (anchors, aliases, tags, block scalars, multi-line scalars or
 * flow collections, empty values, tabs, unusual characters, several documents) and on anything
 * that is not valid YAML: the caller then reads the file with SnakeYAML, which also words every
 * error. So this reader never decides what a file means on its own; a test compares both readers
 * on every sample, fixture and thousands of mutated files.
 */
final class PlainYamlReader {

    /** SnakeYAML's own resolver, so that a plain scalar is typed exactly as the slow path types it. */
    private static final TypingResolver RESOLVER = new TypingResolver();

    /**
     * SnakeYAML's resolver, which also tells the first characters its implicit types start with:
     * a plain scalar starting with any other is a string whatever follows (the resolver looks its
     * regular expressions up by the first character), so most names and ids skip them.
     */
    static final class TypingResolver extends Resolver {
        private final boolean[] typedStart = new boolean[128];

        TypingResolver() {
            for (Character c : yamlImplicitResolvers.keySet()) {
                if (c != null && c < 128) {
                    typedStart[c] = true;
                } else if (c != null || yamlImplicitResolvers.get(null).size() != 1 || !resolve(NodeId.scalar, "", true).equals(Tag.NULL)) {
                    // A type any first character may start (only the empty value's null is, today): ask for every value.
                    java.util.Arrays.fill(typedStart, true);
                }
            }
        }

        Tag type(String value) {
            return value.isEmpty() || value.charAt(0) >= 128 || typedStart[value.charAt(0)] ? resolve(NodeId.scalar, value, true) : Tag.STR;
        }
    }

    /** Thrown, without a stack trace, when the input leaves the subset this reader handles. */
    private static final class GiveUp extends RuntimeException {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int length;
    private final int maxDepth;
    private final int maxKeyLength;
    private final int maxScalarLength;
    private final Map<String, String> shared = new HashMap<>();
    private final Map<String, Tag> resolved = new HashMap<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    /** The top-level key whose block sequence is only scanned for its items, or null. */
    private final String deferredKey;
    private Deferred deferred;

    private PlainYamlReader(String text, InputLimits limits, String deferredKey) {
        this.text = text;
        this.length = text.length();
        this.maxDepth = limits.maxDepth();
        this.maxKeyLength = limits.maxKeyLength();
        this.maxScalarLength = limits.maxScalarLength();
        this.deferredKey = deferredKey;
    }

    /** The tree of {@code text}, or empty when SnakeYAML must read it. */
    static Optional<YNode> read(String text, InputLimits limits) {
        if (!plainCharacters(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlainYamlReader(text, limits, null).document());
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} with the block sequence under the top-level {@code key} kept apart: the document
     * with that list empty, and where each item begins, to be read on its own by {@link #item}. A
     * document whose key holds no block sequence is read whole and split as a tree. Empty when
     * SnakeYAML must read the document. {@code knownPlain}: the caller found every character
     * plain ({@link #plainAscii}) while decoding, so they are not looked at again.
     */
    static Optional<SplitDocument> split(String text, InputLimits limits, String key, boolean knownPlain) {
        if (!knownPlain && !plainCharacters(text)) {
            return Optional.empty();
        }
        try {
            PlainYamlReader reader = new PlainYamlReader(text, limits, key);
            YNode root = reader.document();
            if (reader.deferred == null) {
                return Optional.of(SplitDocument.ofTree(root, key));
            }
            Deferred d = reader.deferred;
            return Optional.of(SplitDocument.ofItems(root, key, d.count, () -> {
                PlainYamlReader items = new PlainYamlReader(text, limits, null);
                return index -> items.item(d, index);
            }));
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /**
     * Where the items of a deferred block sequence begin (their dash), and where the sequence ends:
     * the state the reader would be in after reading it whole.
     */
    private static final class Deferred {
        final int indent;
        final int depth;
        int count;
        int[] dash = new int[16];
        int[] line = new int[16];
        int[] lineStart = new int[16];
        int endPos;

        Deferred(int indent, int depth) {
            this.indent = indent;
            this.depth = depth;
        }

        void add(int dashAt, int lineNumber, int start) {
            if (count == dash.length) {
                dash = java.util.Arrays.copyOf(dash, count * 2);
                line = java.util.Arrays.copyOf(line, count * 2);
                lineStart = java.util.Arrays.copyOf(lineStart, count * 2);
            }
            dash[count] = dashAt;
            line[count] = lineNumber;
            lineStart[count] = start;
            count++;
        }
    }

    /**
     * Item {@code index} of a deferred sequence, read exactly as {@link #sequence} reads it; it must
     * end where the next item (or the sequence) begins, else the document is left to SnakeYAML.
     */
    private YNode item(Deferred d, int index) {
        pos = d.dash[index] + 1;
        line = d.line[index];
        lineStart = d.lineStart[index];
        depth = d.depth;
        try {
            YNode node = value(d.indent, false);
            nextContentLine();
            int end = index + 1 < d.count ? d.dash[index + 1] : d.endPos;
            if (pos != end) {
                throw NotSplittable.INSTANCE;
            }
            return node;
        } catch (GiveUp e) {
            throw NotSplittable.INSTANCE;
        }
    }

    /**
     * Scans the block sequence whose first dash is at {@code pos}, indented {@code indent}, for the
     * lines where its items begin, without reading them: a line indented less, or as much but not
     * a dash, ends it. Leaves the reader where {@link #sequence} would.
     */
    private YList defer(int indent) {
        enter();
        Position at = here();
        Deferred d = new Deferred(indent, depth);
        int start = lineStart;
        int number = line;
        while (start < length) {
            int spaces = spacesAt(start);
            int first = start + spaces;
            char c = first < length ? text.charAt(first) : '\n';
            if (c != '\n' && c != '#') {
                if (spaces < indent) {
                    break;
                }
                if (spaces == indent) {
                    if (c != '-' || first + 1 < length && text.charAt(first + 1) != ' ' && text.charAt(first + 1) != '\n') {
                        break;
                    }
                    d.add(first, number, start);
                }
            }
            int end = text.indexOf('\n', first);
            if (end < 0) {
                start = length;
                break;
            }
            start = end + 1;
            number++;
        }
        // Where the next content line begins, as nextContentLine() leaves it.
        d.endPos = Math.min(length, start + spacesAt(start));
        pos = d.endPos;
        line = number;
        lineStart = start;
        deferred = d;
        depth--;
        return new YList(at, List.of());
    }

    /** {@link #plainCharacters} for one byte of a file known to be ASCII. */
    static boolean plainAscii(byte b) {
        return b >= 0x20 ? b != 0x7F : b == '\n';
    }

    /**
     * Only characters whose columns and meaning are the same for both readers, and none that the
     * checked reader refuses in a value ({@link ControlCharacters#firstRefused}): a file holding one
     * is read there, where the refusal is located.
     */
    static boolean plainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c < 0xA0 || Character.isSurrogate(c) || ControlCharacters.neverInText(c))) {
                return false;
            }
        }
        return true;
    }

    private YNode document() {
        int indent = nextContentLine();
        if (indent < 0) {
            throw GiveUp.INSTANCE;
        }
        if (indent == 0 && startsWith("---") && restIsBlank(pos + 3)) {
            skipLine();
            indent = nextContentLine();
        }
        if (indent != 0) {
            throw GiveUp.INSTANCE;
        }
        YNode root = block(0);
        if (nextContentLine() >= 0) {
            throw GiveUp.INSTANCE;
        }
        return root;
    }

    /** A block collection starting at {@code pos}, whose first line is indented {@code indent}. */
    private YNode block(int indent) {
        if (text.charAt(pos) == '-' && (pos + 1 == length || text.charAt(pos + 1) == ' ' || text.charAt(pos + 1) == '\n')) {
            return sequence(indent);
        }
        if (keyEnd(pos) < 0) {
            throw GiveUp.INSTANCE;
        }
        return mapping(column() - 1);
    }

    private YMap mapping(int indent) {
        enter();
        Position at = here();
        Map<String, YEntry> entries = new LinkedHashMap<>();
        while (true) {
            int end = keyEnd(pos);
            if (end < 0) {
                throw GiveUp.INSTANCE;
            }
            Position keyAt = here();
            String key = key(end);
            pos = end + 1;
            YNode value = depth == 1 && key.equals(deferredKey) && deferred == null ? deferrable(indent) : value(indent, true);
            if (entries.put(key, new YEntry(key, keyAt, value)) != null) {
                throw GiveUp.INSTANCE; // SnakeYAML's path reports duplicates with both lines
            }
            int next = nextContentLine();
            if (next < indent) {
                break;
            }
            if (next > indent) {
                throw GiveUp.INSTANCE;
            }
        }
        depth--;
        return new YMap(at, entries);
    }

    private YList sequence(int indent) {
        enter();
        Position at = here();
        List<YNode> items = new ArrayList<>();
        while (true) {
            if (text.charAt(pos) != '-') {
                throw GiveUp.INSTANCE;
            }
            pos++;
            items.add(value(indent, false));
            int next = nextContentLine();
            if (next < indent || next == indent && text.charAt(pos) != '-') {
                break;
            }
            if (next > indent) {
                throw GiveUp.INSTANCE;
            }
        }
        depth--;
        return new YList(at, items);
    }

    /**
     * The value after a key's colon or an item's dash, at {@code pos}; {@code indent} is that of
     * the key or dash. Leaves {@code pos} at the end of the value's last line.
     */
    private YNode value(int indent, boolean ofKey) {
        if (pos < length && text.charAt(pos) != ' ' && text.charAt(pos) != '\n') {
            throw GiveUp.INSTANCE;
        }
        skipSpaces();
        if (atLineEnd()) {
            int next = nextContentLine();
            boolean nested = next > indent || ofKey && next == indent && text.charAt(pos) == '-';
            if (!nested || next < 0) {
                throw GiveUp.INSTANCE; // an empty value: left to SnakeYAML
            }
            return block(next);
        }
        char c = text.charAt(pos);
        if (!ofKey && keyEnd(pos) >= 0) {
            return mapping(column() - 1);
        }
        if (c == '>' || c == '|') {
            return blockScalar(indent);
        }
        YNode node;
        if (c == '[' || c == '{') {
            node = flow();
        } else if (c == '"' || c == '\'') {
            node = quoted();
        } else {
            node = plainInBlock();
        }
        skipSpaces();
        if (!atLineEnd()) {
            throw GiveUp.INSTANCE;
        }
        return node;
    }

    /** A top-level value: deferred when it is a block sequence, read as {@link #value} reads it otherwise. */
    private YNode deferrable(int indent) {
        int start = pos;
        int startLine = line;
        int startLineStart = lineStart;
        if (pos >= length || text.charAt(pos) == ' ' || text.charAt(pos) == '\n') {
            skipSpaces();
            if (atLineEnd()) {
                int next = nextContentLine();
                if (next >= indent && text.charAt(pos) == '-' && (pos + 1 == length || text.charAt(pos + 1) == ' ' || text.charAt(pos + 1) == '\n')) {
                    return defer(next);
                }
            }
        }
        pos = start;
        line = startLine;
        lineStart = startLineStart;
        return value(indent, true);
    }

    private YNode flow() {
        enter();
        Position at = here();
        boolean list = text.charAt(pos++) == '[';
        char close = list ? ']' : '}';
        List<YNode> items = list ? new ArrayList<>() : null;
        Map<String, YEntry> entries = list ? null : new LinkedHashMap<>();
        skipSpaces();
        if (pos < length && text.charAt(pos) == close) {
            pos++;
        } else {
            while (true) {
                if (list) {
                    items.add(flowItem());
                } else {
                    int end = keyEnd(pos);
                    if (end < 0 || end + 1 >= length || text.charAt(end + 1) != ' ') {
                        throw GiveUp.INSTANCE;
                    }
                    Position keyAt = here();
                    String key = key(end);
                    pos = end + 1;
                    skipSpaces();
                    if (entries.put(key, new YEntry(key, keyAt, flowItem())) != null) {
                        throw GiveUp.INSTANCE;
                    }
                }
                skipSpaces();
                char c = pos < length ? text.charAt(pos) : '\n';
                pos++;
                if (c == close) {
                    break;
                }
                if (c != ',') {
                    throw GiveUp.INSTANCE;
                }
                skipSpaces();
            }
        }
        depth--;
        return list ? new YList(at, items) : new YMap(at, entries);
    }

    private YNode flowItem() {
        char c = pos < length ? text.charAt(pos) : '\n';
        if (c == '[' || c == '{') {
            return flow();
        }
        if (c == '"' || c == '\'') {
            return quoted();
        }
        int start = pos;
        while (pos < length) {
            char d = text.charAt(pos);
            if (d == ',' || d == ']' || d == '}' || d == '\n' || d == '#' && text.charAt(pos - 1) == ' ') {
                break;
            }
            if (!flowSafe(d)) {
                throw GiveUp.INSTANCE;
            }
            pos++;
        }
        int end = pos;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return plain(start, end);
    }

    /**
     * A folded ({@code >}) or literal ({@code |}) scalar, kept or stripped of its final line break
     * ({@code -}), whose lines share one indent deeper than {@code parentIndent} and hold no blank
     * line; other block scalars are left to SnakeYAML. Leaves {@code pos} at the next line's start.
     */
    private YScalar blockScalar(int parentIndent) {
        Position at = here();
        boolean folded = text.charAt(pos++) == '>';
        boolean strip = pos < length && text.charAt(pos) == '-';
        if (strip) {
            pos++;
        }
        skipSpaces();
        if (!atLineEnd()) {
            throw GiveUp.INSTANCE;
        }
        skipLine();
        int indent = spacesAt(pos);
        if (indent <= parentIndent || pos + indent >= length || text.charAt(pos + indent) == '\n') {
            throw GiveUp.INSTANCE;
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                throw GiveUp.INSTANCE; // no final line break: chomping differs
            }
            if (value.length() > 0) {
                value.append(folded ? ' ' : '\n');
            }
            value.append(text, pos + indent, end);
            pos = end + 1;
            line++;
            lineStart = pos;
            if (pos >= length) {
                break;
            }
            int next = spacesAt(pos);
            boolean blank = pos + next >= length || text.charAt(pos + next) == '\n';
            if (next > indent || blank && followedByMore(indent)) {
                throw GiveUp.INSTANCE; // more-indented, blank or space-only lines inside: YAML's own folding rules
            }
            if (blank || next < indent) {
                break;
            }
        }
        if (!strip) {
            value.append('\n');
        }
        if (value.length() > maxScalarLength) {
            throw GiveUp.INSTANCE;
        }
        return new YScalar(at, YScalar.Type.STRING, value.toString());
    }

    /**
     * Whether the blank lines from {@code pos} are followed by a line indented {@code indent} or
     * more, or hold more than {@code indent} spaces themselves: either way they belong to the block.
     */
    private boolean followedByMore(int indent) {
        int i = pos;
        while (i < length) {
            int spaces = spacesAt(i);
            if (spaces > indent) {
                return true;
            }
            if (i + spaces < length && text.charAt(i + spaces) != '\n') {
                return spaces >= indent;
            }
            int end = text.indexOf('\n', i);
            if (end < 0) {
                return false;
            }
            i = end + 1;
        }
        return false;
    }

    private int spacesAt(int from) {
        int i = from;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        return i - from;
    }

    /** Characters a plain scalar in a flow collection may hold here; SnakeYAML reads others in its own ways. */
    private static boolean flowSafe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0xA0 || " -_./@+=()".indexOf(c) >= 0;
    }

    private YNode plainInBlock() {
        int start = pos;
        while (pos < length && text.charAt(pos) != '\n') {
            char c = text.charAt(pos);
            if (c == '#' && text.charAt(pos - 1) == ' ') {
                break;
            }
            if (c == ':' && (pos + 1 == length || text.charAt(pos + 1) == ' ' || text.charAt(pos + 1) == '\n')) {
                throw GiveUp.INSTANCE;
            }
            pos++;
        }
        int end = pos;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return plain(start, end);
    }

    /** A plain scalar, typed by SnakeYAML's resolver; anything but plain strings, decimals, true, false and null is left to SnakeYAML. */
    private YScalar plain(int start, int end) {
        if (end == start || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(start)) >= 0
                && !(text.charAt(start) == '-' && end > start + 1 && Character.isDigit(text.charAt(start + 1)))) {
            throw GiveUp.INSTANCE;
        }
        if (end - start > maxScalarLength) {
            throw GiveUp.INSTANCE; // SnakeYAML's path words the limit
        }
        Position at = new Position(line, start - lineStart + 1);
        String value = share(text.substring(start, end));
        Tag tag = value.length() > 40 ? RESOLVER.type(value) : resolved.computeIfAbsent(value, RESOLVER::type);
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            return new YScalar(at, YScalar.Type.STRING, value);
        }
        if (tag.equals(Tag.INT) && decimal(value)) {
            return new YScalar(at, YScalar.Type.INTEGER, value);
        }
        if (tag.equals(Tag.BOOL) && (value.equals("true") || value.equals("false"))) {
            return new YScalar(at, YScalar.Type.BOOLEAN, value);
        }
        if (tag.equals(Tag.NULL) && (value.equals("null") || value.equals("~"))) {
            return new YScalar(at, YScalar.Type.NULL, "");
        }
        throw GiveUp.INSTANCE;
    }

    /** A decimal integer as a number parser prints it back: no sign but minus, no leading zero, no separators. */
    private static boolean decimal(String value) {
        int i = value.charAt(0) == '-' ? 1 : 0;
        if (i == value.length() || value.charAt(i) == '0' && (value.length() > i + 1 || i == 1)) {
            return false;
        }
        for (; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private YScalar quoted() {
        Position at = here();
        char quote = text.charAt(pos++);
        StringBuilder value = null;
        int start = pos;
        while (true) {
            if (pos >= length || text.charAt(pos) == '\n') {
                throw GiveUp.INSTANCE; // multi-line quoted scalars fold lines: left to SnakeYAML
            }
            char c = text.charAt(pos);
            if (c == quote) {
                if (quote == '\'' && pos + 1 < length && text.charAt(pos + 1) == '\'') {
                    value = append(value, start, pos + 1);
                    pos += 2;
                    start = pos;
                    continue;
                }
                break;
            }
            if (c == '\\' && quote == '"') {
                value = append(value, start, pos);
                value.append(escape());
                start = pos;
                continue;
            }
            pos++;
        }
        String s = value == null ? text.substring(start, pos) : append(value, start, pos).toString();
        if (s.length() > maxScalarLength) {
            throw GiveUp.INSTANCE;
        }
        pos++;
        return new YScalar(at, YScalar.Type.STRING, share(s));
    }

    private StringBuilder append(StringBuilder value, int from, int to) {
        return (value == null ? new StringBuilder() : value).append(text, from, to);
    }

    /** The character of the escape at {@code pos}; the common escapes only. */
    private char escape() {
        if (pos + 1 >= length) {
            throw GiveUp.INSTANCE;
        }
        char c = text.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case '"', '\\' -> {
                return c;
            }
            case 'n' -> {
                return '\n';
            }
            case 't' -> {
                return '\t';
            }
            default -> throw GiveUp.INSTANCE;
        }
    }

    /**
     * Where the plain key starting at {@code from} ends (at its colon), or -1 when no simple key
     * starts there. Keys are identifiers followed by a colon and a space or the line's end.
     */
    private int keyEnd(int from) {
        if (from >= length || !Character.isLetter(text.charAt(from)) || text.charAt(from) > 'z') {
            return -1;
        }
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == ':') {
                if (i + 1 < length && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != '\n') {
                    return -1;
                }
                return i;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /**
     * Moves to the first character of the next line holding more than spaces and a comment,
     * starting at the rest of the current line; returns its indent, or -1 at the end.
     */
    private int nextContentLine() {
        skipSpaces();
        if (pos < length && text.charAt(pos) == '#' && pos > lineStart && text.charAt(pos - 1) != ' ') {
            throw GiveUp.INSTANCE;
        }
        if (!atLineEnd()) {
            return column() - 1;
        }
        skipLine();
        while (pos < length) {
            skipSpaces();
            if (atLineEnd()) {
                skipLine();
                continue;
            }
            return pos - lineStart;
        }
        return -1;
    }

    /** At a line break, the end of input, or a comment. */
    private boolean atLineEnd() {
        return pos >= length || text.charAt(pos) == '\n' || text.charAt(pos) == '#' && (pos == lineStart || text.charAt(pos - 1) == ' ');
    }

    private void skipLine() {
        int end = text.indexOf('\n', pos);
        if (end < 0) {
            pos = length;
            return;
        }
        pos = end + 1;
        line++;
        lineStart = pos;
    }

    private void skipSpaces() {
        while (pos < length && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    private boolean restIsBlank(int from) {
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? length : end).isBlank();
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private Position here() {
        return new Position(line, column());
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw GiveUp.INSTANCE;
        }
    }

    /** The key ending at {@code end}, which must read as a string (not {@code yes}, {@code null}...). */
    private String key(int end) {
        if (end - pos > maxKeyLength) {
            throw GiveUp.INSTANCE;
        }
        String key = share(text.substring(pos, end));
        if (!resolved.computeIfAbsent(key, RESOLVER::type).equals(Tag.STR)) {
            throw GiveUp.INSTANCE;
        }
        return key;
    }

    /** One copy of each key and short value: a large file repeats them thousands of times. */
    private String share(String s) {
        if (s.length() > 40) {
            return s;
        }
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
