package io.oversight.deployment.yaml;

import io.oversight.deployment.InputLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SecretMasker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML (or JSON) document into a {@link YNode} tree that keeps every position. Streaming keeps
 * aliases unexpanded (they share the anchored node), so an alias bomb costs nothing to parse; its
 * would-be expanded size is counted and refused past {@link InputLimits#maxAliasNodes()}. Tags are
 * refused rather than honoured: no tag may construct anything.
 */
public final class YamlTreeReader {

    /** What a file read without saying what it should hold is expected to be. */
    private static final String DEPLOYMENT = "an oversight/v1 deployment description";

    private final InputLimits limits;
    private final YAMLFactory factory;
    private final JsonFactory jsonFactory;

    public YamlTreeReader(InputLimits limits) {
        this.limits = limits;
        this.factory = yamlFactory(limits);
        this.jsonFactory = jsonFactory(limits);
    }

    static YAMLFactory yamlFactory(InputLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints(limits))
                .build();
    }

    static JsonFactory jsonFactory(InputLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .build();
    }

    /** The parsers stop at a key or value past the limits as they read it, not after. */
    private static StreamReadConstraints constraints(InputLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 2)
                .maxNameLength(limits.maxKeyLength())
                .maxStringLength(limits.maxScalarLength())
                .build();
    }

    /**
     * Parses {@code text}, naming {@code file} in every problem. JSON, being YAML too, may go through
     * either parser; {@code json} picks Jackson's JSON parser, several times faster on large files.
     * YAML in the plain subset that deployment files use is read by {@link PlainYamlReader},
     * faster still; anything outside it by SnakeYAML.
     */
    public YNode read(String file, String text, boolean json) throws InvalidInputException {
        return read(file, text, json, DEPLOYMENT);
    }

    /**
     * {@link #read(String, String, boolean)} of a file that should hold {@code expected} (an agent
     * runtime's settings, say), as a file of no values is told: the shared reader would otherwise
     * name a deployment description where none was expected.
     */
    public YNode read(String file, String text, boolean json, String expected) throws InvalidInputException {
        if (!json) {
            YamlDirectives.check(file, text, false);
            java.util.Optional<YNode> plain = PlainYamlReader.read(text, limits);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        return readWithParser(file, text, json, expected);
    }

    /**
     * Parses {@code text} as {@link #read} does, with the list under the top-level {@code key} kept
     * apart (see {@link SplitDocument}). Should an item then turn out not to be plain YAML, read the
     * document again with {@link #readSplitWithParser}. {@code knownPlain}: the caller found every
     * byte of an ASCII file {@link #plainAscii} while decoding it.
     */
    public SplitDocument readSplit(String file, String text, boolean json, String key, boolean knownPlain) throws InvalidInputException {
        if (json) {
            java.util.Optional<JsonItemScan> scan = JsonItemScan.of(text, key);
            if (scan.isPresent()) {
                return splitJson(file, text, key, scan.get());
            }
        } else {
            YamlDirectives.check(file, text, false);
            java.util.Optional<SplitDocument> plain = PlainYamlReader.split(text, limits, key, knownPlain);
            if (plain.isPresent()) {
                return plain.get();
            }
        }
        return readSplitWithParser(file, text, json, key);
    }

    /**
     * Whether a byte of an ASCII file is one the fast reader takes as it is (no control character
     * but the line feed): a decoder that looks at every byte anyway can tell {@link #readSplit}, and
     * a large file's characters are not looked at twice.
     */
    public static boolean plainAscii(byte b) {
        return PlainYamlReader.plainAscii(b);
    }

    /**
     * A JSON document split where {@code scan} found its items: the rest parsed with the array's
     * inside read as blanks (so every later position is unchanged), each item parsed on its own
     * when asked for. An item that does not parse alone means the document must be read whole.
     */
    private SplitDocument splitJson(String file, String text, String key, JsonItemScan scan) throws InvalidInputException {
        YNode root;
        try (JsonParser parser = jsonFactory.createParser(new BlankedReader(text, scan.open + 1, scan.close))) {
            root = new Session(file, parser).document();
        } catch (IOException | InvalidInputException e) {
            // Read whole, so that the problem reported is the first in the file, worded as always.
            return readSplitWithParser(file, text, true, key);
        }
        return SplitDocument.ofItems(root, key, scan.count, () -> index -> jsonItem(file, text, scan, index));
    }

    private YNode jsonItem(String file, String text, JsonItemScan scan, int index) {
        try (JsonParser parser = jsonFactory.createParser(text.substring(scan.start[index], scan.end[index]))) {
            Session session = new Session(file, parser, scan.line[index] - 1, scan.column[index] - 1, 2); // under the root and the list
            YNode item = session.node(parser.nextToken());
            if (parser.nextToken() != null) {
                throw NotSplittable.INSTANCE;
            }
            return item;
        } catch (IOException | InvalidInputException e) {
            throw NotSplittable.INSTANCE;
        }
    }

    /** The text, with {@code [from, to)} read as spaces but for its line breaks. */
    private static final class BlankedReader extends java.io.Reader {
        private final String text;
        private final int from;
        private final int to;
        private int pos;

        BlankedReader(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - pos);
            text.getChars(pos, pos + n, buffer, offset);
            for (int i = Math.max(pos, from), end = Math.min(pos + n, to); i < end; i++) {
                char c = buffer[offset + i - pos];
                if (c != '\n' && c != '\r') {
                    buffer[offset + i - pos] = ' ';
                }
            }
            pos += n;
            return n;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** {@link #readSplit} without the fast reader. */
    public SplitDocument readSplitWithParser(String file, String text, boolean json, String key) throws InvalidInputException {
        return SplitDocument.ofTree(readWithParser(file, text, json), key);
    }

    /**
     * Reads one YAML document of a dialect whose tags mean something ({@code tags}), under the same
     * limits as a deployment; anchors and aliases as the dialect says.
     */
    public YNode readTagged(String file, String text, YamlTags tags) throws InvalidInputException {
        if (text.isBlank() || onlyComments(text)) {
            throw new InvalidInputException(new Problem(file, Position.START, nothingToRead(text, tags.document())));
        }
        YamlDirectives.check(file, text, false);
        refuseLongLines(file, text);
        try (JsonParser parser = factory.createParser(text)) {
            return new Session(file, parser, tags).reading(text).document();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(syntaxProblem(file, e, "YAML"));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some malformed input as unchecked exceptions; the file is still the cause.
            throw new InvalidInputException(Problem.syntax(file, Position.START, "not valid YAML: " + firstLine(String.valueOf(e.getMessage()))));
        }
    }

    /** Reads {@code text} with Jackson's parsers only: SnakeYAML for YAML, the JSON parser for JSON. */
    YNode readWithParser(String file, String text, boolean json) throws InvalidInputException {
        return readWithParser(file, text, json, DEPLOYMENT);
    }

    private YNode readWithParser(String file, String text, boolean json, String expected) throws InvalidInputException {
        if (text.isBlank() || onlyComments(text)) {
            throw new InvalidInputException(new Problem(file, Position.START, nothingToRead(text, expected)));
        }
        if (!json) {
            YamlDirectives.check(file, text, false);
            refuseLongLines(file, text);
        }
        try (JsonParser parser = json ? jsonFactory.createParser(text) : factory.createParser(text)) {
            return new Session(file, parser).reading(json ? null : text).document();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(snakeProblem(file, text, e.getCause()).orElseGet(
                    () -> syntaxProblem(file, e, json ? "JSON" : "YAML")));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some malformed input as unchecked exceptions; the file is still the cause.
            throw new InvalidInputException(snakeProblem(file, text, e).orElseGet(
                    () -> Problem.syntax(file, Position.START, "not valid " + (json ? "JSON" : "YAML") + ": "
                            + firstLine(String.valueOf(e.getMessage())))));
        }
    }

    /**
     * SnakeYAML's own errors say where the problem is (not only where the construct began) and
     * what it is; prefer them to the wrapper's first line.
     */
    private static java.util.Optional<Problem> snakeProblem(String file, String text, Throwable cause) {
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
            var mark = marked.getProblemMark();
            var start = marked.getContextMark();
            if (start != null && "while scanning an alias".equals(marked.getContext())) {
                // An IAM wildcard written bare ("actions: [*]") reads as an alias; the parser's own words do not say so.
                return java.util.Optional.of(new Problem(file, new Position(start.getLine() + 1, start.getColumn() + 1),
                        "not valid YAML: an unquoted * starts an alias (a reference to an &anchor); for the wildcard, quote it: \"*\""));
            }
            String problem = marked.getProblem() == null ? "malformed" : marked.getProblem().strip();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext().strip() + ")";
            String flow = start == null ? null : switch (context) {
                case " (while parsing a flow sequence)" -> "list opened with '[' at ";
                case " (while parsing a flow mapping)" -> "mapping opened with '{' at ";
                default -> null;
            };
            if (flow != null && problem.startsWith("expected ','")) {
                // The parser notices an unclosed bracket at the next key, lines later: say where it opened.
                return java.util.Optional.of(Problem.syntax(file, new Position(mark.getLine() + 1, mark.getColumn() + 1),
                        "not valid YAML: the " + flow + (start.getLine() + 1) + ":" + (start.getColumn() + 1) + " is not closed here (" + problem + ")"));
            }
            return java.util.Optional.of(Problem.syntax(file, new Position(mark.getLine() + 1, mark.getColumn() + 1),
                    "not valid YAML: " + problem + context));
        }
        if (cause instanceof org.yaml.snakeyaml.reader.ReaderException reader) {
            return java.util.Optional.of(new Problem(file, positionOf(text, reader.getPosition()),
                    String.format(Locale.ROOT, "the file holds the control character U+%04X, which YAML does not allow", reader.getCodePoint())));
        }
        return java.util.Optional.empty();
    }

    private static Position positionOf(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    /**
     * Parses every document of a YAML stream, in order, skipping empty ones: Kubernetes manifests
     * put several objects in one file, separated by {@code ---}.
     */
    public List<YNode> readAll(String file, String text) throws InvalidInputException {
        YamlDirectives.check(file, text, true);
        refuseLongLines(file, text);
        try (JsonParser parser = factory.createParser(text)) {
            return new Session(file, parser).reading(text).mergingKeys().documents();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(syntaxProblem(file, e, "YAML"));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(Problem.syntax(file, Position.START, "not valid YAML: " + firstLine(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * No line longer than a value may be: SnakeYAML takes minutes and gigabytes over a key of a few
     * megabytes before it refuses it, so such a line is refused before SnakeYAML sees it.
     */
    private void refuseLongLines(String file, String text) throws InvalidInputException {
        int line = 1;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            if (lineEnd - start > limits.maxScalarLength()) {
                throw new InvalidInputException(new Problem(file, new Position(line, limits.maxScalarLength() + 1),
                        "line " + line + " is " + (lineEnd - start) + " characters long, longer than any key or value may be (keys "
                                + limits.maxKeyLength() + " characters, values " + limits.maxScalarLength() + ")"));
            }
            start = lineEnd + 1;
        }
    }

    /** Why a file with nothing to read is refused: a file of comments is not empty, and saying so would puzzle its author. */
    private static String nothingToRead(String text, String expected) {
        return (text.isBlank() ? "the file is empty" : "the file holds no values, only comments or document markers") + ": expected " + expected;
    }

    /** Whether {@code text} holds no YAML value: only blanks, comments and document markers. */
    public static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---") || l.equals("..."));
    }

    /** The parser's error: its first line, as "not valid {@code language}: ...", or Oversight's words for a limit it hit. */
    private Problem syntaxProblem(String file, JsonProcessingException e, String language) {
        Position at = position(e.getLocation());
        String message = e.getOriginalMessage();
        if (message != null && message.contains("Document nesting depth")) {
            // Said of any file read (a deployment, an imported policy, a runtime configuration): no advice of one kind.
            return new Problem(file, at, "the document nests more than " + limits.maxDepth() + " levels deep");
        }
        if (e instanceof StreamConstraintsException && message != null && message.startsWith("Name length")) {
            return new Problem(file, at, "a key longer than the limit of " + limits.maxKeyLength() + " characters; the keys of the format are short words");
        }
        if (e instanceof StreamConstraintsException && message != null && message.startsWith("String value length")) {
            return new Problem(file, at, "a value longer than the limit of " + limits.maxScalarLength() + " characters");
        }
        if (message != null && message.startsWith("Expected a field name") && message.contains("Event(")) {
            // A key that is itself a list or a mapping (YAML's '? [a, b]'): the parser names its own event classes.
            return Problem.syntax(file, at, "not valid " + language + ": a key must be a plain word, not a list or a mapping");
        }
        if (message != null && message.startsWith("Unrecognized token '")) {
            // The word is not quoted back: a password written without quotes ("password": hunter2) is such a word.
            return Problem.syntax(file, at, "not valid " + language + ": a word without quotes where a value must be (a text needs"
                    + " quotes; true, false, null and numbers do not)");
        }
        return Problem.syntax(file, at, "not valid " + language + ": " + firstLine(message == null ? e.getClass().getSimpleName() : message));
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse(message).strip();
        // The JSON parser places an unclosed object in its own words ("[Source: REDACTED (`StreamReadFeature...` disabled); line: 2,
        // column: 14]"); said as every position is.
        line = SOURCE_LOCATION.matcher(line).replaceAll("$1:$2");
        // The parser quotes the word it stopped at ("Unrecognized token 'f2d9c0a1b3e4...'"): an API key left unquoted among them.
        line = SecretMasker.maskQuoted(line);
        return line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    }

    private static final java.util.regex.Pattern SOURCE_LOCATION = java.util.regex.Pattern.compile(
            "\\[Source: [^\\]]*?; line: ([0-9]+), column: ([0-9]+)\\]");

    static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.START;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** The key of a YAML 1.1 merge ({@code <<: *defaults}). */
    public static final String MERGE_KEY = "<<";

    private final class Session {
        private final String file;
        private final JsonParser parser;
        private final Map<String, Anchored> anchors = new HashMap<>();
        private long parsedNodes;
        private long aliasNodes;
        private int depth;
        /** Where the parsed text begins in the file: lines before it, and columns before it on its first line. */
        private final int lineOffset;
        private final int columnOffset;
        /** The dialect whose tags are expanded; null for the deployment format, which refuses every tag. */
        private final YamlTags tags;
        /** The YAML text the parser reads from its start, where a scalar's anchor is found; null for JSON or a text without '&'. */
        private String source;
        /** A code point offset the parser reported, and where it falls in {@link #source}: tokens come in order, so each is found from the last. */
        private long lastCodePoint;
        private int lastChar;
        /** Whether {@link #source} has an '&': without one, no scalar carries an anchor to look for. */
        private boolean anchorsWritten;
        private boolean mergeKeys;

        private record Anchored(YNode node, long weight) {
        }

        Session(String file, JsonParser parser) {
            this(file, parser, 0, 0, 0, null);
        }

        Session(String file, JsonParser parser, YamlTags tags) {
            this(file, parser, 0, 0, 0, tags);
        }

        /** A session over part of a file, at {@code depth} in its document. */
        Session(String file, JsonParser parser, int lineOffset, int columnOffset, int depth) {
            this(file, parser, lineOffset, columnOffset, depth, null);
        }

        private Session(String file, JsonParser parser, int lineOffset, int columnOffset, int depth, YamlTags tags) {
            this.file = file;
            this.parser = parser;
            this.lineOffset = lineOffset;
            this.columnOffset = columnOffset;
            this.depth = depth;
            this.tags = tags;
        }

        /**
         * This session, applying YAML 1.1 merge keys ({@code <<: *defaults}) as Kubernetes reads its
         * manifests (go-yaml v2): in the order written, so that a merge overrides the keys the
         * mapping wrote before it and a key written after it overrides the merge; of the mappings
         * merged from a list, the earlier wins; a quoted {@code "<<"} is an ordinary key.
         */
        Session mergingKeys() {
            this.mergeKeys = true;
            return this;
        }

        /** This session, reading {@code yaml} (null: JSON) from its start. */
        Session reading(String yaml) {
            this.source = yaml;
            this.anchorsWritten = yaml != null && yaml.indexOf('&') >= 0;
            return this;
        }

        YNode document() throws IOException, InvalidInputException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw fail(Position.START, "the file is empty: expected " + (tags == null ? DEPLOYMENT : tags.document()));
            }
            YNode root = node(token);
            JsonToken next = parser.nextToken();
            Position second = next == null ? null : here();
            // A "---" after the document that starts nothing (generators end files so) is an empty document, which kubectl skips too.
            while (next != null && parser instanceof YAMLParser && emptyDocument(next)) {
                next = parser.nextToken();
                second = next == null ? null : here();
            }
            if (next != null) {
                // JSON is how IAM policies and the agents' settings are written, never a deployment's only spelling: no advice on deployments.
                throw fail(second, !(parser instanceof YAMLParser) ? "the file holds more than one JSON value; write one"
                        : tags == null ? "the file holds more than one YAML document; put one deployment in each file"
                        : "the file holds more than one YAML document; " + tags.document() + " is one");
            }
            return root;
        }

        /** Whether the document that begins at {@code token} is empty: Jackson's YAML parser gives one as an empty text, or as null. */
        private boolean emptyDocument(JsonToken token) throws IOException {
            return token == JsonToken.VALUE_NULL || token == JsonToken.VALUE_STRING && parser.getText().isEmpty() && parser.getTypeId() == null;
        }

        /**
         * The documents that hold something. kubectl skips an empty one, and so does this: a file
         * that ends with "---", or holds a document of comments only (Jackson's YAML parser gives
         * such a document as an empty text, or as null).
         */
        List<YNode> documents() throws IOException, InvalidInputException {
            List<YNode> documents = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                YNode document = node(token);
                if (!(document instanceof YScalar scalar && (scalar.isNull() || scalar.type() == YScalar.Type.STRING && scalar.text().isEmpty()))) {
                    documents.add(document);
                }
            }
            return documents;
        }

        private YNode node(JsonToken token) throws IOException, InvalidInputException {
            Position at = here();
            Object tag = parser.getTypeId();
            if (tag != null && tags == null) {
                // Only YAML's own tags are named: a local one (!name) may be a password left unquoted, letters alone among them.
                throw fail(at, "YAML tags are not supported" + (tag.toString().startsWith(YAML_TAGS) && quotableTag(tag.toString())
                        ? " (found '!" + tag + "')" : "") + "; write the plain value");
            }
            boolean alias = parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
            Object anchor = parser.getObjectId();
            if (anchor == null && !alias && token.isScalarValue()) {
                anchor = scalarAnchor();
            }
            if (tags != null && tags.anchorsRefused() != null && (alias || anchor != null)) {
                throw fail(at, tags.anchorsRefused());
            }
            if (alias) {
                return alias(at);
            }
            long before = parsedNodes + aliasNodes;
            YNode node = switch (token) {
                case START_OBJECT -> mapping(at);
                case START_ARRAY -> sequence(at);
                default -> scalar(token, at);
            };
            if (anchor != null) {
                anchors.put(anchor.toString(), new Anchored(node, parsedNodes + aliasNodes - before));
            }
            if (tag == null) {
                return node;
            }
            YNode expanded = tags.expand(tag.toString(), node, at);
            if (expanded == null) {
                throw fail(at, tags.refused(tag.toString()));
            }
            return expanded;
        }

        /**
         * The anchor written before the current scalar ({@code &name value}), which Jackson's YAML
         * parser gives for collections only: the scalar's token starts at the {@code &}.
         */
        private String scalarAnchor() {
            long offset = !anchorsWritten ? -1 : parser.currentTokenLocation().getCharOffset();
            int at = offset < 0 ? -1 : charIndex(offset);
            if (at < 0 || at >= source.length() || source.charAt(at) != '&') {
                return null;
            }
            int end = at + 1;
            while (end < source.length() && !Character.isWhitespace(source.charAt(end)) && ",[]{}".indexOf(source.charAt(end)) < 0) {
                end++;
            }
            return end > at + 1 ? source.substring(at + 1, end) : null;
        }

        /**
         * Where the parser's offset {@code codePoint} falls in the text: the parser counts code points,
         * so a character outside the Basic Multilingual Plane (an emoji) is one to it and two to Java.
         * -1 past the end.
         */
        private int charIndex(long codePoint) {
            if (codePoint < lastCodePoint) {
                lastCodePoint = 0;
                lastChar = 0;
            }
            int index = lastChar;
            for (long n = lastCodePoint; n < codePoint; n++) {
                if (index >= source.length()) {
                    return -1;
                }
                index += Character.charCount(source.codePointAt(index));
            }
            lastCodePoint = codePoint;
            lastChar = index;
            return index;
        }

        private YNode alias(Position at) throws IOException, InvalidInputException {
            String name = parser.getText();
            Anchored anchored = anchors.get(name);
            if (anchored == null) {
                // Not quoted: in a file named by mistake, a value that starts with '*' (a key, a hash) reads as an alias.
                throw fail(at, "an alias ('*' and a name) refers to no anchor defined before it; write '*' in quotes if it is text");
            }
            aliasNodes += anchored.weight();
            if (aliasNodes > limits.maxAliasNodes() && aliasNodes > parsedNodes) {
                throw fail(at, "aliases expand to more than " + limits.maxAliasNodes() + " values (an alias bomb?); write the values out or use fewer aliases");
            }
            return relocated(anchored.node(), at);
        }

        /**
         * The anchored node as the alias at {@code at} writes it: the same values, each cited at the
         * alias, since that is where the file puts them in this place (a role's {@code verbs: *all}
         * grants them on its own resources). Copies cost what the alias weighs, which the limit above bounds.
         */
        private static YNode relocated(YNode node, Position at) {
            if (node instanceof YScalar s) {
                return new YScalar(at, s.type(), s.text());
            }
            if (node instanceof YList l) {
                List<YNode> items = new ArrayList<>(l.items().size());
                l.items().forEach(item -> items.add(relocated(item, at)));
                return new YList(at, items);
            }
            Map<String, YEntry> entries = new LinkedHashMap<>();
            ((YMap) node).entries().forEach((key, entry) -> entries.put(key, new YEntry(key, at, relocated(entry.value(), at))));
            return new YMap(at, entries);
        }

        private YMap mapping(Position at) throws IOException, InvalidInputException {
            enter(at);
            Map<String, YEntry> entries = new LinkedHashMap<>();
            Set<String> mergedIn = null; // the keys a merge brought, which a key written after it overrides
            boolean merged = false;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (token != JsonToken.FIELD_NAME) {
                    throw fail(here(), "expected a key");
                }
                String key = parser.currentName();
                Position keyAt = here();
                checkKey(key, keyAt);
                boolean merge = mergeKeys && key.equals(MERGE_KEY) && !quotedKey();
                YNode value = node(parser.nextToken());
                if (merge) {
                    if (merged) {
                        throw fail(keyAt, "duplicate key '" + key + "'");
                    }
                    merged = true;
                    Map<String, YEntry> brought = merged(value, keyAt);
                    entries.putAll(brought);
                    mergedIn = new HashSet<>(brought.keySet());
                    continue;
                }
                YEntry previous = entries.get(key);
                if (previous != null && (mergedIn == null || !mergedIn.remove(key))) {
                    throw fail(keyAt, "duplicate key '" + key + "' (first written at line " + previous.keyPosition().line() + ")");
                }
                entries.put(key, new YEntry(key, keyAt, value));
            }
            depth--;
            return new YMap(at, entries);
        }

        /** Whether the key the parser is at is written in quotes, which makes a {@code <<} an ordinary key. */
        private boolean quotedKey() {
            long offset = source == null ? -1 : parser.currentTokenLocation().getCharOffset();
            int at = offset < 0 ? -1 : charIndex(offset);
            return at >= 0 && at < source.length() && (source.charAt(at) == '"' || source.charAt(at) == '\'');
        }

        /** The entries a merge key's value brings: those of a mapping, or of a list of mappings, the earlier winning. */
        private Map<String, YEntry> merged(YNode value, Position at) throws InvalidInputException {
            List<YNode> sources = value instanceof YList list ? list.items() : List.of(value);
            Map<String, YEntry> entries = new LinkedHashMap<>();
            for (YNode source : sources) {
                if (!(source instanceof YMap map)) {
                    throw fail(at, "a merge key ('<<') takes a mapping or a list of mappings, but " + (source == value ? "is given " : "its list holds ")
                            + source.kind());
                }
                map.entries().forEach(entries::putIfAbsent);
            }
            return entries;
        }

        private YList sequence(Position at) throws IOException, InvalidInputException {
            enter(at);
            List<YNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(token));
            }
            depth--;
            return new YList(at, items);
        }

        /**
         * A scalar, with numbers and booleans as written: {@code 017}, {@code 0x2} and {@code yes} are
         * kept for the binder to refuse by name, not turned into the 15, 2 and true of YAML 1.1.
         */
        private YScalar scalar(JsonToken token, Position at) throws IOException, InvalidInputException {
            parsedNodes++;
            return switch (token) {
                case VALUE_NUMBER_INT -> new YScalar(at, YScalar.Type.INTEGER, parser.getText());
                case VALUE_NUMBER_FLOAT -> new YScalar(at, YScalar.Type.FLOAT, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> new YScalar(at, YScalar.Type.BOOLEAN, parser.getText());
                case VALUE_NULL -> new YScalar(at, YScalar.Type.NULL, "");
                default -> new YScalar(at, YScalar.Type.STRING, checkValue(parser.getText(), at));
            };
        }

        private void checkKey(String key, Position at) throws InvalidInputException {
            if (key.length() > limits.maxKeyLength()) {
                throw fail(at, "a key of " + key.length() + " characters, longer than the limit of " + limits.maxKeyLength()
                        + "; the keys of the format are short words");
            }
            for (int i = 0; i < key.length(); i++) {
                if (ControlCharacters.isControl(key.charAt(i))) {
                    throw fail(at, ControlCharacters.message("the key", key.charAt(i)));
                }
            }
        }

        private String checkValue(String value, Position at) throws InvalidInputException {
            if (value.length() > limits.maxScalarLength()) {
                throw fail(at, "a value of " + value.length() + " characters, longer than the limit of " + limits.maxScalarLength());
            }
            int control = ControlCharacters.firstRefused(value);
            if (control >= 0) {
                throw fail(at, ControlCharacters.message(value, control));
            }
            return value;
        }

        private void enter(Position at) throws InvalidInputException {
            parsedNodes++;
            if (++depth > limits.maxDepth()) {
                throw fail(at, "the document nests more than " + limits.maxDepth() + " levels deep");
            }
        }

        private Position here() {
            Position at = position(parser.currentTokenLocation());
            if (lineOffset == 0 && columnOffset == 0) {
                return at;
            }
            return new Position(at.line() + lineOffset, at.line() == 1 ? at.column() + columnOffset : at.column());
        }

        private InvalidInputException fail(Position at, String message) {
            return new InvalidInputException(new Problem(file, at, message));
        }
    }

    /** The prefix of YAML's own tags ({@code !!str}, {@code !!python/object}), as the parser gives them. */
    private static final String YAML_TAGS = "tag:yaml.org,2002:";

    /**
     * Whether a tag the reader refuses may be quoted in the message: a name of letters (a template's {@code !ImportRole},
     * {@code !!python/object}, YAML's own {@code tag:yaml.org,2002:...}). Anything else is more
     * likely a value that starts with '!', a generated password left unquoted in a Secret's
     * stringData (red team), and is not shown.
     */
    public static boolean quotableTag(String tag) {
        String name = tag.startsWith(YAML_TAGS) ? tag.substring(YAML_TAGS.length()) : tag;
        return name.length() <= 40 && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '!' || c == '/' || c == '.' || c == ':');
    }
}
