package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.yaml.ControlCharacters;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a TOML 1.0 document into the same position-keeping tree as YAML and JSON, so that a
 * Codex config.toml is read like every other configuration and cited at its own lines. Tables
 * become mappings, arrays lists; integers, floats and booleans keep their type; strings are
 * unescaped; dates and times are kept as written text. Any TOML error stops the reading at its
 * position, as TOML requires of a parser.
 */
final class TomlTreeReader {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?(0|[1-9](_?[0-9])*)|0x[0-9A-Fa-f](_?[0-9A-Fa-f])*|0o[0-7](_?[0-7])*|0b[01](_?[01])*");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(0|[1-9](_?[0-9])*)(\\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?|[+-]?(inf|nan)");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /** How a table came to be: named on the way to another, by its own header, or by dotted keys. */
    private enum Origin { IMPLICIT, HEADER, DOTTED }

    /** A table as it is being built. An inline table is finished as a {@link YNode} at once, closed to any later key. */
    private static final class Table {
        final Position at;
        final Map<String, Slot> slots = new LinkedHashMap<>();
        Origin origin;

        Table(Position at, Origin origin) {
            this.at = at;
            this.origin = origin;
        }
    }

    /** An array of tables, {@code [[name]]}. */
    private record TableArray(Position at, List<Table> tables) {
    }

    /** A key, where it was written, and its value: a {@link Table}, {@link TableArray} or finished {@link YNode}. */
    private record Slot(Position keyAt, Object value) {
    }

    private final String file;
    private final String text;
    private final int maxDepth;
    private final Table root = new Table(Position.START, Origin.HEADER);
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private TomlTreeReader(String file, String text, int maxDepth) {
        this.file = file;
        this.text = text;
        this.maxDepth = maxDepth;
    }

    static YMap read(String file, String text, int maxDepth) throws InvalidInputException {
        TomlTreeReader reader = new TomlTreeReader(file, text, maxDepth);
        reader.document();
        return (YMap) toTree(reader.root);
    }

    private void document() throws InvalidInputException {
        Table current = root;
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
            } else if (c == '#') {
                comment();
            } else if (c == '[') {
                current = header();
                endOfLine();
            } else {
                keyValue(current);
                endOfLine();
            }
        }
    }

    /** {@code [a.b]} or {@code [[a.b]]}: the table that the following keys go into. */
    private Table header() throws InvalidInputException {
        Position at = here();
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        List<Located<String>> keys = key();
        skipBlank();
        if (!text.startsWith(array ? "]]" : "]", pos)) {
            throw fail(here(), "expected '" + (array ? "]]" : "]") + "' to close the table header");
        }
        pos += array ? 2 : 1;
        Table parent = descend(root, keys.subList(0, keys.size() - 1), false);
        Located<String> last = keys.get(keys.size() - 1);
        Slot slot = parent.slots.get(last.value());
        if (array) {
            if (slot == null) {
                TableArray tables = new TableArray(at, new ArrayList<>());
                parent.slots.put(last.value(), new Slot(last.position(), tables));
                slot = parent.slots.get(last.value());
            }
            if (!(slot.value() instanceof TableArray tables)) {
                throw fail(last.position(), "'" + last.value() + "' is already defined at line " + slot.keyAt().line() + " and is not an array of tables");
            }
            Table table = new Table(at, Origin.HEADER);
            tables.tables().add(table);
            return table;
        }
        if (slot == null) {
            Table table = new Table(at, Origin.HEADER);
            parent.slots.put(last.value(), new Slot(last.position(), table));
            return table;
        }
        if (slot.value() instanceof Table table && table.origin == Origin.IMPLICIT) {
            table.origin = Origin.HEADER;
            return table;
        }
        throw fail(last.position(), "'" + last.value() + "' is already defined at line " + slot.keyAt().line() + "; define each table once");
    }

    /** {@code a.b = value} in {@code table}. */
    private void keyValue(Table table) throws InvalidInputException {
        List<Located<String>> keys = key();
        skipBlank();
        if (pos >= text.length() || text.charAt(pos) != '=') {
            throw fail(here(), "expected '=' after the key");
        }
        pos++;
        skipBlank();
        YNode value = value();
        Table parent = descend(table, keys.subList(0, keys.size() - 1), true);
        Located<String> last = keys.get(keys.size() - 1);
        Slot previous = parent.slots.get(last.value());
        if (previous != null) {
            throw fail(last.position(), "duplicate key '" + last.value() + "' (first written at line " + previous.keyAt().line() + ")");
        }
        parent.slots.put(last.value(), new Slot(last.position(), value));
    }

    /**
     * The table {@code keys} lead to from {@code from}, made where missing. The keys of a key/value
     * pair ({@code dotted}) may only go through tables that dotted keys made; a header may go
     * through any table, and into the last table of an array of tables.
     */
    private Table descend(Table from, List<Located<String>> keys, boolean dotted) throws InvalidInputException {
        Table table = from;
        for (Located<String> key : keys) {
            Slot slot = table.slots.get(key.value());
            if (slot == null) {
                Table created = new Table(key.position(), dotted ? Origin.DOTTED : Origin.IMPLICIT);
                table.slots.put(key.value(), new Slot(key.position(), created));
                table = created;
            } else if (slot.value() instanceof Table next && (!dotted || next.origin == Origin.DOTTED)) {
                table = next;
            } else if (slot.value() instanceof TableArray array && !dotted) {
                table = array.tables().get(array.tables().size() - 1);
            } else {
                throw fail(key.position(), "'" + key.value() + "' is already defined at line " + slot.keyAt().line()
                        + (slot.value() instanceof YNode ? " as a value, not a table" : "; a table is defined in one place"));
            }
        }
        return table;
    }

    /** A key, dotted or not: each part with its position. */
    private List<Located<String>> key() throws InvalidInputException {
        List<Located<String>> keys = new ArrayList<>();
        while (true) {
            skipBlank();
            Position at = here();
            if (pos >= text.length()) {
                throw fail(at, "expected a key");
            }
            char c = text.charAt(pos);
            String key;
            if (c == '"') {
                key = basicString();
            } else if (c == '\'') {
                key = literalString();
            } else {
                int start = pos;
                while (pos < text.length() && BARE_KEY.matcher(String.valueOf(text.charAt(pos))).matches()) {
                    pos++;
                }
                if (start == pos) {
                    throw fail(at, "expected a key (letters, digits, '_' and '-', or a quoted key)");
                }
                key = text.substring(start, pos);
            }
            keys.add(new Located<>(key, at));
            skipBlank();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
            } else {
                return keys;
            }
        }
    }

    private YNode value() throws InvalidInputException {
        Position at = here();
        if (pos >= text.length()) {
            throw fail(at, "expected a value");
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return new YScalar(at, YScalar.Type.STRING, checked(at, text.startsWith("\"\"\"", pos) ? multiLineBasicString() : basicString()));
        }
        if (c == '\'') {
            return new YScalar(at, YScalar.Type.STRING, checked(at, text.startsWith("'''", pos) ? multiLineLiteralString() : literalString()));
        }
        if (c == '[') {
            return array(at);
        }
        if (c == '{') {
            return inlineTable(at);
        }
        int start = pos;
        while (pos < text.length() && "\n\r,]}#".indexOf(text.charAt(pos)) < 0
                && !(text.charAt(pos) == ' ' && !(DATE_TIME.matcher(text.substring(start, pos)).matches() && pos + 1 < text.length()
                && Character.isDigit(text.charAt(pos + 1))))) {
            pos++;
        }
        String word = text.substring(start, pos).strip();
        if (word.equals("true") || word.equals("false")) {
            return new YScalar(at, YScalar.Type.BOOLEAN, word);
        }
        if (INTEGER.matcher(word).matches()) {
            return new YScalar(at, YScalar.Type.INTEGER, integer(word, at));
        }
        if (FLOAT.matcher(word).matches()) {
            return new YScalar(at, YScalar.Type.FLOAT, word.replace("_", ""));
        }
        if (DATE_TIME.matcher(word).matches()) {
            return new YScalar(at, YScalar.Type.STRING, word);
        }
        throw fail(at, word.isEmpty() ? "expected a value" : "not a TOML value: write text in quotes, a number, true or false, a date, "
                + "an array [...] or an inline table {...}");
    }

    private String integer(String word, Position at) throws InvalidInputException {
        String digits = word.replace("_", "");
        try {
            if (digits.startsWith("0x") || digits.startsWith("0o") || digits.startsWith("0b")) {
                int radix = digits.charAt(1) == 'x' ? 16 : digits.charAt(1) == 'o' ? 8 : 2;
                return Long.toString(Long.parseLong(digits.substring(2), radix));
            }
            return Long.toString(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw fail(at, "the integer does not fit in 64 bits");
        }
    }

    private YList array(Position at) throws InvalidInputException {
        enter(at);
        pos++;
        List<YNode> items = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                depth--;
                return new YList(at, items);
            }
            items.add(value());
            skipWhitespaceAndComments();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos >= text.length() || text.charAt(pos) != ']') {
                throw fail(here(), "expected ',' or ']' in the array that opens at line " + at.line());
            }
        }
    }

    private YNode inlineTable(Position at) throws InvalidInputException {
        enter(at);
        pos++;
        Table table = new Table(at, Origin.HEADER);
        skipBlank();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
        } else {
            while (true) {
                keyValue(table);
                skipBlank();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos < text.length() && text.charAt(pos) == '}') {
                    pos++;
                    break;
                } else {
                    throw fail(here(), "expected ',' or '}' in the inline table that opens at line " + at.line() + " (TOML keeps it on one line)");
                }
            }
        }
        depth--;
        return toTree(table);
    }

    /**
     * {@code string}, refused as a YAML or JSON value is when it holds what would reorder or break a
     * report's text, however it was written (an escape such as {@code \u202E} too); a multi-line
     * string's line ends are the file's, CR LF among them.
     */
    private String checked(Position at, String string) throws InvalidInputException {
        String lines = string.indexOf('\r') < 0 ? string : string.replace("\r\n", "\n");
        int refused = ControlCharacters.firstRefused(lines);
        if (refused >= 0) {
            throw fail(at, ControlCharacters.message(lines, refused));
        }
        return string;
    }

    private String basicString() throws InvalidInputException {
        Position at = here();
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                throw fail(at, "the string is not closed on its line");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                controlCharacter(c, false);
                out.append(c);
            }
        }
    }

    /**
     * Refuses a control character written as itself in a string: TOML allows only a tab there (and
     * in a multi-line string, {@code multiLine}, line breaks); any other is written as an escape.
     * The character before {@code pos} is {@code c}.
     */
    private void controlCharacter(char c, boolean multiLine) throws InvalidInputException {
        boolean allowed = c == '\t' || multiLine && (c == '\n' || c == '\r');
        if ((c < 0x20 || c == 0x7F) && !allowed) {
            throw fail(new Position(line, pos - lineStart), String.format("a control character (U+%04X) must be written as an escape in a TOML string", (int) c));
        }
    }

    private String multiLineBasicString() throws InvalidInputException {
        Position at = here();
        pos += 3;
        skipFirstNewline();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw fail(at, "the multi-line string is not closed with \"\"\"");
            }
            if (text.startsWith("\"\"\"", pos)) {
                // Up to two quotes may end the content right before the closing three.
                int quotes = 3;
                while (quotes < 5 && pos + quotes < text.length() && text.charAt(pos + quotes) == '"') {
                    quotes++;
                }
                out.append("\"".repeat(quotes - 3));
                pos += quotes;
                return out.toString();
            }
            char c = text.charAt(pos++);
            if (c == '\\') {
                int after = pos;
                while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                if (after < text.length() && (text.charAt(after) == '\n' || text.charAt(after) == '\r')) {
                    pos = after;
                    skipWhitespaceAndNewlines();
                } else {
                    escape(out);
                }
            } else {
                controlCharacter(c, true);
                if (c == '\n') {
                    line++;
                    lineStart = pos;
                }
                out.append(c);
            }
        }
    }

    private String literalString() throws InvalidInputException {
        Position at = here();
        int end = pos + 1;
        while (end < text.length() && text.charAt(end) != '\'' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != '\'') {
            throw fail(at, "the string is not closed on its line");
        }
        for (int i = pos + 1; i < end; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7F) && c != '\t') {
                pos = i + 1;
                controlCharacter(c, false);
            }
        }
        String value = text.substring(pos + 1, end);
        pos = end + 1;
        return value;
    }

    private String multiLineLiteralString() throws InvalidInputException {
        Position at = here();
        pos += 3;
        skipFirstNewline();
        int end = text.indexOf("'''", pos);
        if (end < 0) {
            throw fail(at, "the multi-line string is not closed with '''");
        }
        // Up to two quotes may end the content right before the closing three.
        for (int extra = 0; extra < 2 && end + 3 < text.length() && text.charAt(end + 3) == '\''; extra++) {
            end++;
        }
        String value = text.substring(pos, end);
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\n') {
                line++;
                lineStart = pos + i + 1;
            }
        }
        pos = end + 3;
        return value;
    }

    private void escape(StringBuilder out) throws InvalidInputException {
        Position at = new Position(line, pos - lineStart);
        if (pos >= text.length()) {
            throw fail(at, "the string ends in the middle of an escape");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case 'e' -> out.append('\u001b');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int length = c == 'u' ? 4 : 8;
                if (pos + length > text.length() || !text.substring(pos, pos + length).matches("[0-9A-Fa-f]+")) {
                    throw fail(at, "\\" + c + " must be followed by " + length + " hexadecimal digits");
                }
                int codePoint = Integer.parseInt(text.substring(pos, pos + length), 16);
                if (!Character.isValidCodePoint(codePoint) || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    throw fail(at, "\\" + c + " names no Unicode scalar value");
                }
                out.appendCodePoint(codePoint);
                pos += length;
            }
            default -> throw fail(at, "'\\" + c + "' is not an escape TOML knows; write \\\\ for a backslash");
        }
    }

    private void skipFirstNewline() {
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        } else {
            return;
        }
        line++;
        lineStart = pos;
    }

    /** After a value or header: spaces, an optional comment, then the end of the line. */
    private void endOfLine() throws InvalidInputException {
        skipBlank();
        if (pos < text.length() && text.charAt(pos) == '#') {
            comment();
        }
        if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            throw fail(here(), "expected the end of the line; put each key = value on its own line");
        }
    }

    private void comment() {
        while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void newline() {
        if (text.startsWith("\r\n", pos)) {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipBlank() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipWhitespaceAndNewlines() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                newline();
            } else {
                pos++;
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (true) {
            skipWhitespaceAndNewlines();
            if (pos < text.length() && text.charAt(pos) == '#') {
                comment();
            } else {
                return;
            }
        }
    }

    private void enter(Position at) throws InvalidInputException {
        if (++depth > maxDepth) {
            throw new InvalidInputException(new Problem(file, at, "the document nests more than " + maxDepth + " levels deep"));
        }
    }

    private Position here() {
        return new Position(line, pos - lineStart + 1);
    }

    private InvalidInputException fail(Position at, String message) {
        return new InvalidInputException(Problem.syntax(file, at, "not valid TOML: " + message));
    }

    private static YNode toTree(Object value) {
        if (value instanceof Table table) {
            Map<String, YEntry> entries = new LinkedHashMap<>();
            table.slots.forEach((key, slot) -> entries.put(key, new YEntry(key, slot.keyAt(), toTree(slot.value()))));
            return new YMap(table.at, entries);
        }
        if (value instanceof TableArray array) {
            return new YList(array.at(), array.tables().stream().map(TomlTreeReader::toTree).toList());
        }
        return (YNode) value;
    }
}
