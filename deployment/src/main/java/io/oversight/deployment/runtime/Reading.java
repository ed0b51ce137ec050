package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads values out of a parsed runtime configuration, collecting a located problem for each value
 * of the wrong shape so that the user sees them all at once. Keys Oversight has no use for are
 * skipped: these files hold many settings that do not bear on oversight. A message quotes no value
 * it did not understand, not even masked, since it may be a secret the masker does not know: it
 * names the key and what the value may be.
 */
final class Reading {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Reading(String file) {
        this.file = file;
    }

    /** Parses a file; may fail with the parser's located problem. */
    @FunctionalInterface
    interface Parse<T> {
        T parse() throws InvalidInputException;
    }

    /** What {@code parse} makes of {@code file}, its syntax errors told without the parser's words ({@link Problem#unquoted}). */
    static <T> T parsed(String language, RuntimeKind kind, Parse<T> parse) throws InvalidInputException {
        return parsed(language, kind.description(), parse);
    }

    /** The same, for a file the runtime reads beside its configuration ({@code what} it should be: "Codex hooks (hooks.json)"). */
    static <T> T parsed(String language, String what, Parse<T> parse) throws InvalidInputException {
        return parsed(language, what, () -> "", parse);
    }

    /**
     * The same, a syntax error told with what the file looks like instead ({@code lookalike}: a
     * {@link Lookalike} hint, or empty), worked out only when the file is not in {@code language}.
     */
    static <T> T parsed(String language, String what, Supplier<String> lookalike, Parse<T> parse) throws InvalidInputException {
        try {
            return parse.parse();
        } catch (InvalidInputException e) {
            String told = what + lookalike.get();
            throw new InvalidInputException(e.problems().stream().map(p -> p.unquoted(language, told)).toList());
        }
    }

    String file() {
        return file;
    }

    void problem(Position at, String message) {
        problems.add(new Problem(file, at, message));
    }

    /** Throws with every problem found, in file order, if there is any. */
    void finish() throws InvalidInputException {
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new InvalidInputException(problems);
        }
    }

    /** {@code node} as a mapping; null, reported, when it is something else. */
    YMap map(YNode node, String what) {
        if (node instanceof YMap map) {
            return map;
        }
        problem(node.position(), what + " must be a mapping, but is " + node.kind());
        return null;
    }

    /** The mapping under {@code key}; null when absent or, reported, of another shape. */
    YMap map(YMap parent, String key) {
        YNode node = parent.get(key);
        return node == null || isNull(node) ? null : map(node, "'" + key + "'");
    }

    /** The text under {@code key}; null when absent or, reported, not a text. */
    Located<String> text(YMap parent, String key) {
        YNode node = parent.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YScalar s && s.type() == YScalar.Type.STRING) {
            return new Located<>(s.text(), s.position());
        }
        problem(node.position(), "'" + key + "' must be a text, but is " + node.kind());
        return null;
    }

    /** The boolean under {@code key}; null when absent or, reported, not true or false. */
    Located<Boolean> bool(YMap parent, String key) {
        YNode node = parent.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN) {
            return new Located<>(Boolean.parseBoolean(s.text()), s.position());
        }
        problem(node.position(), "'" + key + "' must be true or false, but is " + node.kind());
        return null;
    }

    /** The texts listed under {@code key}; empty when absent, and items of another shape reported. */
    List<Located<String>> texts(YMap parent, String key) {
        YNode node = parent.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof YList list)) {
            problem(node.position(), "'" + key + "' must be a list of texts, but is " + node.kind());
            return List.of();
        }
        List<Located<String>> texts = new ArrayList<>();
        for (YNode item : list.items()) {
            if (item instanceof YScalar s && s.type() == YScalar.Type.STRING) {
                texts.add(new Located<>(s.text(), s.position()));
            } else {
                problem(item.position(), "each item of '" + key + "' must be a text, but one is " + item.kind());
            }
        }
        return texts;
    }

    /** The text under {@code key}, or the texts it lists: a field a runtime lets be either (Gemini's toolName). */
    List<Located<String>> textOrTexts(YMap parent, String key) {
        if (parent.get(key) instanceof YList) {
            return texts(parent, key);
        }
        Located<String> one = text(parent, key);
        return one == null ? List.of() : List.of(one);
    }

    /** The items under {@code key} that are mappings; empty when absent, and others reported. */
    List<YMap> maps(YMap parent, String key, String item) {
        YNode node = parent.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof YList list)) {
            problem(node.position(), "'" + key + "' must be a list of " + item + "s, but is " + node.kind());
            return List.of();
        }
        List<YMap> maps = new ArrayList<>();
        for (YNode n : list.items()) {
            YMap map = map(n, "each " + item);
            if (map != null) {
                maps.add(map);
            }
        }
        return maps;
    }

    /** The word under {@code key} translated by {@code words}; null when absent or, reported, not one of them. */
    <E> Located<E> word(YMap parent, String key, Map<String, E> words) {
        YNode node = parent.get(key);
        if (node == null || isNull(node)) {
            return null;
        }
        // Named whole, with the words allowed: a true for "disable" said only that a text was wanted.
        String allowed = words.size() == 1 ? "\"" + words.keySet().iterator().next() + "\"" : "one of " + String.join(", ", words.keySet());
        if (!(node instanceof YScalar s && s.type() == YScalar.Type.STRING)) {
            problem(node.position(), "'" + key + "' must be " + allowed + ", but is " + node.kind());
            return null;
        }
        E value = words.get(s.text());
        if (value == null) {
            problem(s.position(), "'" + key + "' must be " + allowed);
            return null;
        }
        return new Located<>(value, s.position());
    }

    /** The entries of the mapping under {@code key} whose values are texts; empty when absent, others reported by name only. */
    List<YEntry> textEntries(YMap parent, String key) {
        YMap map = map(parent, key);
        if (map == null) {
            return List.of();
        }
        List<YEntry> entries = new ArrayList<>();
        for (YEntry entry : map.entries().values()) {
            if (entry.value() instanceof YScalar s && !s.isNull()) {
                entries.add(entry);
            } else {
                problem(entry.value().position(), "the value of '" + entry.key() + "' under '" + key + "' must be a text, but is "
                        + entry.value().kind());
            }
        }
        return entries;
    }

    /**
     * A null, or an empty text: YAML reads {@code hooks:} with nothing after it as null, as the agent
     * runtimes' own readers do, and the tree reader gives it as an empty text.
     */
    private static boolean isNull(YNode node) {
        return node instanceof YScalar s && (s.isNull() || s.type() == YScalar.Type.STRING && s.text().isEmpty());
    }
}
