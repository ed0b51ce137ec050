package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.SecretMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Codex rules file ({@code rules/*.rules} beside a config.toml, its execpolicy): the
 * {@code prefix_rule(pattern = [...], decision = "...")} calls, each a rule for the commands that
 * start with its pattern. {@code allow} (the default) runs such a command without asking, outside
 * the sandbox when every part of it is allowed; {@code prompt} asks; {@code forbidden} refuses.
 * An element of the pattern that is a list gives alternatives, each its own rule. The commands are
 * written as Bash rules by their prefix ({@code Bash(aws s3:*)}), the names the runtime gates read
 * commands by; of the rules that match a command the strictest decides, as Codex decides.
 * {@code host_executable(...)} only names where a program lives and is skipped.
 * {@code network_rule(host, protocol, decision)} adds a host to the allowed or denied hosts of
 * Codex's network proxy, which filters a sandbox whose network is on: Oversight counts such a
 * sandbox as reaching the network whatever its lists, and one whose network is off reaches no
 * host, so a network rule changes no verdict; it is checked as Codex checks it, so that a rule Codex
 * refuses is not passed over. Anything else in the file (Starlark the rules language does not use)
 * is a problem, not quoted: a file Oversight cannot read whole must not pass as read.
 */
public final class CodexRules {

    private static final Map<String, Decision> DECISIONS = Map.of("allow", Decision.ALLOW, "prompt", Decision.ASK, "forbidden", Decision.DENY);
    /** The arguments of {@code prefix_rule} in the order the rules language takes them without names. */
    private static final List<String> POSITIONAL = List.of("pattern", "decision", "match", "not_match", "justification");
    /** The arguments host_executable takes. */
    private static final List<String> HOST_EXECUTABLE = List.of("name", "paths");
    /** The arguments network_rule takes, in the order it takes them without names. */
    private static final List<String> NETWORK_RULE = List.of("host", "protocol", "decision", "justification");
    /** The protocols a network rule names, with the spellings Codex accepts for HTTPS. */
    private static final List<String> PROTOCOLS = List.of("http", "https", "https_connect", "http-connect", "socks5_tcp", "socks5_udp");
    /** A network rule's decisions: a prefix rule's, and deny for forbidden. */
    private static final List<String> NETWORK_DECISIONS = List.of("allow", "prompt", "forbidden", "deny");
    /** The argument lists of the calls a rules file may make. */
    private static final Map<String, List<String>> CALLS = Map.of("prefix_rule", POSITIONAL, "host_executable", HOST_EXECUTABLE,
            "network_rule", NETWORK_RULE);
    /** A pattern is a list of words and lists of words: deeper lists are refused before they exhaust the reader. */
    private static final int MOST_NESTED = 8;
    /** Alternatives of one rule multiply; more than this many commands from one pattern are refused rather than read in part. */
    private static final int MOST_COMMANDS = 256;

    private final String file;
    private final String text;
    private int at;
    private int line = 1;
    private int lineStart;
    private int countedLineStart = -1;
    private int countedTo;
    private int countedColumn;

    private CodexRules(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The rules {@code text}, the file {@code file}, holds, cited in it. */
    public static List<RuntimeRule> read(String file, String text) throws InvalidInputException {
        return new CodexRules(file, text).rules();
    }

    private List<RuntimeRule> rules() throws InvalidInputException {
        List<RuntimeRule> rules = new ArrayList<>();
        skipBlank();
        while (at < text.length()) {
            Position start = position();
            char first = peek();
            if (first == '"' || first == '\'' || (first == 'r' || first == 'R') && at + 1 < text.length()
                    && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\'')) {
                value(0); // a text alone, such as a docstring, does nothing
                endOfStatement();
                continue;
            }
            String name = identifier();
            List<String> parameters = CALLS.get(name);
            if (parameters == null) {
                throw problem(start, "only prefix_rule(...), network_rule(...) and host_executable(...) are read in a Codex rules file"
                        + " (with texts alone and ';'), not variables, loops or other Starlark");
            }
            expect('(');
            Map<String, Value> arguments = new java.util.LinkedHashMap<>();
            skipBlank();
            int positional = 0;
            boolean anyNamed = false;
            while (peek() != ')') {
                Position argumentAt = position();
                String key;
                if (Character.isLetter(peek()) && named()) {
                    key = identifier();
                    expect('=');
                    anyNamed = true;
                    if (!parameters.contains(key)) {
                        // A misspelt decision must not read as the default, allow.
                        throw problem(argumentAt, name + " takes no argument '" + SecretMasker.maskQuoted(key) + "'; it takes " + String.join(", ", parameters));
                    }
                } else if (anyNamed) {
                    throw problem(argumentAt, "an argument without a name after one with a name");
                } else if (positional < parameters.size()) {
                    key = parameters.get(positional++); // prefix_rule(pattern, decision, ...), as the rules language allows
                } else {
                    throw problem(argumentAt, "too many arguments without a name");
                }
                if (arguments.put(key, value(0)) != null) {
                    throw problem(argumentAt, "'" + key + "' is given twice");
                }
                afterItem(')', "after an argument");
            }
            at++;
            if (name.equals("prefix_rule")) {
                rules.addAll(prefixRule(start, arguments));
            } else if (name.equals("network_rule")) {
                checkNetworkRule(start, arguments);
            }
            endOfStatement();
        }
        return rules;
    }

    private List<RuntimeRule> prefixRule(Position start, Map<String, Value> arguments) throws InvalidInputException {
        Value pattern = arguments.get("pattern");
        if (pattern == null || !(pattern.value() instanceof List<?> elements) || elements.isEmpty()) {
            throw problem(pattern == null ? start : pattern.at(), "prefix_rule needs a pattern: a list of the command's first words");
        }
        Decision decision = Decision.ALLOW;
        Value written = arguments.get("decision");
        if (written != null) {
            decision = written.value() instanceof String word ? DECISIONS.get(word) : null;
            if (decision == null) {
                throw problem(written.at(), "the decision must be allow, prompt or forbidden");
            }
        }
        List<String> commands = List.of("");
        for (Object element : elements) {
            List<String> words = new ArrayList<>();
            if (element instanceof Value word && word.value() instanceof String one) {
                words.add(one);
            } else if (element instanceof Value alternatives && alternatives.value() instanceof List<?> many && !many.isEmpty()
                    && many.stream().allMatch(v -> v instanceof Value w && w.value() instanceof String)) {
                many.forEach(v -> words.add((String) ((Value) v).value()));
            } else {
                throw problem(element instanceof Value v ? v.at() : pattern.at(), "each element of a pattern must be a word or a list of words");
            }
            if (decision != Decision.ALLOW && words.stream().anyMatch(w -> w.isEmpty() || w.chars().anyMatch(Character::isWhitespace))) {
                // Codex compares a command word by word: ["aws ec2"] matches only a quoted argument, never `aws ec2 ...`, so
                // read as a prefix it would guard what it does not. An allow read so is only broader (the TUI writes such).
                throw problem(((Value) element).at(), "a word of the pattern is empty or holds a blank, so this rule guards only a command"
                        + " with that quoted argument, not the words apart (Codex compares a command word by word); write each word apart");
            }
            if ((long) commands.size() * words.size() > MOST_COMMANDS) {
                throw problem(pattern.at(), "the pattern stands for more than " + MOST_COMMANDS + " commands");
            }
            List<String> longer = new ArrayList<>();
            for (String command : commands) {
                for (String word : words) {
                    longer.add(command.isEmpty() ? word : command + " " + word);
                }
            }
            commands = longer;
        }
        Decision chosen = decision;
        Position cited = written != null ? written.at() : pattern.at();
        return commands.stream().map(command -> RuntimeRule.commandPrefix(command, chosen, cited, file)).toList();
    }

    /**
     * A network rule as Codex checks it when it loads the file: a host without scheme, path or
     * wildcard, a protocol and a decision it knows, a justification that says something.
     */
    private void checkNetworkRule(Position start, Map<String, Value> arguments) throws InvalidInputException {
        for (String required : List.of("host", "protocol", "decision")) {
            Value value = arguments.get(required);
            if (value == null || !(value.value() instanceof String)) {
                throw problem(value == null ? start : value.at(), "network_rule needs a host, a protocol and a decision, each a text");
            }
        }
        Value host = arguments.get("host");
        String name = ((String) host.value()).strip();
        if (name.isEmpty() || name.contains("://") || name.contains("/") || name.contains("?") || name.contains("#") || name.contains("*")
                || name.chars().anyMatch(Character::isWhitespace)) {
            throw problem(host.at(), "a network rule's host must be one host name or address, without scheme, path, blank or wildcard");
        }
        Value protocol = arguments.get("protocol");
        if (!PROTOCOLS.contains((String) protocol.value())) {
            throw problem(protocol.at(), "a network rule's protocol must be http, https, socks5_tcp or socks5_udp");
        }
        Value decision = arguments.get("decision");
        if (!NETWORK_DECISIONS.contains((String) decision.value())) {
            throw problem(decision.at(), "a network rule's decision must be allow, prompt, forbidden or deny");
        }
        Value justification = arguments.get("justification");
        if (justification != null && !(justification.value() instanceof String why && !why.isBlank())) {
            throw problem(justification.at(), "a justification must be a text that is not blank");
        }
    }

    /** A value and where it starts: a text, or a list of values. */
    private record Value(Object value, Position at) {
    }

    /** Past the comma after an item of a call or a list, or at the character that closes it. */
    private void afterItem(char close, String where) throws InvalidInputException {
        skipBlank();
        if (peek() == ',') {
            at++;
            skipBlank();
        } else if (peek() != close) {
            throw problem(position(), "expected ',' or '" + close + "' " + where);
        }
    }

    /** Past the blanks after a statement and the ';' that may end it. */
    private void endOfStatement() {
        skipBlank();
        if (peek() == ';') {
            at++;
            skipBlank();
        }
    }

    /** Whether a name at the reading point is an argument's name ({@code pattern = ...}), not a value. */
    private boolean named() {
        int i = at;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '=' && (i + 1 >= text.length() || text.charAt(i + 1) != '=');
    }

    private Value value(int depth) throws InvalidInputException {
        skipBlank();
        Position start = position();
        if (depth > MOST_NESTED) {
            throw problem(start, "lists nested more than " + MOST_NESTED + " deep");
        }
        char c = peek();
        if (c == '"' || c == '\'') {
            return new Value(string(false), start);
        }
        if ((c == 'r' || c == 'R') && at + 1 < text.length() && (text.charAt(at + 1) == '"' || text.charAt(at + 1) == '\'')) {
            at++;
            return new Value(string(true), start); // a raw text: its backslashes are its own
        }
        if (c == '[') {
            at++;
            List<Value> items = new ArrayList<>();
            skipBlank();
            while (peek() != ']') {
                items.add(value(depth + 1));
                afterItem(']', "in a list");
            }
            at++;
            return new Value(items, start);
        }
        if (Character.isLetter(c)) {
            return new Value(new Identifier(identifier()), start);
        }
        throw problem(start, "expected a text or a list");
    }

    /** A name written without quotes, such as True: no value a rule reads. */
    private record Identifier(String name) {
    }

    private String string(boolean raw) throws InvalidInputException {
        Position start = position();
        char quote = text.charAt(at);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), at);
        at += triple ? 3 : 1;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= text.length() || !triple && text.charAt(at) == '\n') {
                throw problem(start, "a text is not closed");
            }
            char c = text.charAt(at);
            if (triple ? text.startsWith(String.valueOf(quote).repeat(3), at) : c == quote) {
                at += triple ? 3 : 1;
                return value.toString();
            }
            if (c == '\\' && at + 1 < text.length() && !raw) {
                at = escape(value, start);
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = at + 1;
            }
            value.append(c);
            at++;
        }
    }

    /**
     * The escape at the reading point, a backslash and what follows, added to {@code value} as
     * Starlark reads it: a newline or tab, a code by its hexadecimal digits (after x, u or U) or
     * octal ones, or the character itself for a quote or backslash; another letter keeps its
     * backslash. The reading point after it.
     */
    private int escape(StringBuilder value, Position start) throws InvalidInputException {
        char next = text.charAt(at + 1);
        int digits = switch (next) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (digits > 0) {
            if (at + 2 + digits > text.length() || !text.substring(at + 2, at + 2 + digits).chars().allMatch(d -> Character.digit(d, 16) >= 0)) {
                throw problem(start, "a text holds an escape that is not one");
            }
            long code = Long.parseLong(text, at + 2, at + 2 + digits, 16);
            if (code > Character.MAX_CODE_POINT) {
                throw problem(start, "a text holds an escape that is not one");
            }
            value.appendCodePoint((int) code);
            return at + 2 + digits;
        }
        if (next >= '0' && next <= '7') {
            int end = at + 1;
            while (end < text.length() && end < at + 4 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                end++;
            }
            int code = Integer.parseInt(text, at + 1, end, 8);
            if (code > 0377) {
                throw problem(start, "a text holds an escape that is not one");
            }
            value.append((char) code);
            return end;
        }
        switch (next) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000b');
            case '\\', '"', '\'' -> value.append(next);
            case '\n' -> {
                line++;
                lineStart = at + 2;
            }
            default -> value.append('\\').append(next);
        }
        return at + 2;
    }

    private String identifier() throws InvalidInputException {
        skipBlank();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw problem(position(), "expected a name");
        }
        return text.substring(start, at);
    }

    private void expect(char c) throws InvalidInputException {
        skipBlank();
        if (peek() != c) {
            throw problem(position(), "expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    /** Blanks, line ends and comments. */
    private void skipBlank() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '#') {
                while (at < text.length() && text.charAt(at) != '\n') {
                    at++;
                }
            } else if (c == '\n') {
                at++;
                line++;
                lineStart = at;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else {
                return;
            }
        }
    }

    /** Where the reading point is; its column counted on from the last one asked on the same line, so a long line costs once. */
    private Position position() {
        int to = Math.min(at, text.length());
        if (countedLineStart != lineStart || countedTo > to) {
            countedLineStart = lineStart;
            countedTo = lineStart;
            countedColumn = 1;
        }
        countedColumn += text.codePointCount(countedTo, to);
        countedTo = to;
        return new Position(line, countedColumn);
    }

    private InvalidInputException problem(Position where, String message) {
        return new InvalidInputException(new Problem(file, where, message + " (a Codex rules file; nothing of it is quoted)"));
    }
}
