package io.oversight.deployment.read;

import io.oversight.deployment.Suggestions;
import io.oversight.deployment.Position;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.model.FormatWord;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the values of one mapping against its {@link Shape}, reporting every unknown key, missing
 * key and value of the wrong type. A value that cannot be read is reported and treated as absent;
 * since any problem stops the run before rules fire, that never makes a control pass.
 */
final class Fields {

    private final YMap map;
    private final String path;
    private final Problems problems;
    /** Whether an empty text is refused: in Oversight's own formats, not in another tool's ({@link Shape#foreign}). */
    private final boolean blankRefused;

    /** The keys the shape requires: an empty one is no value, and leaving it out is no way out either. */
    private final java.util.Collection<String> required;

    private Fields(YMap map, String path, Problems problems, boolean blankRefused, java.util.Collection<String> required) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        this.blankRefused = blankRefused;
        this.required = required;
    }

    /** Reads {@code node} as a mapping of {@code shape}, or reports it and returns null. */
    static Fields of(YNode node, String path, String what, Shape shape, Problems problems) {
        if (!(node instanceof YMap map)) {
            // Another tool's file is not quoted: it may be another file than the one meant (SecretMasker.NOT_QUOTED).
            problems.add(node.position(), what + " must be a mapping of keys to values, but is " + (shape.foreign() ? node.kind() : node.describe()));
            return null;
        }
        for (int i = 0; i < map.size(); i++) {
            YEntry entry = map.entry(i);
            if (!shape.known().contains(entry.key())) {
                problems.add(entry.keyPosition(), unknownKeyMessage(entry.key(), what, shape));
            }
        }
        for (String key : shape.required()) {
            YNode value = map.get(key);
            if (value instanceof YScalar s && s.isNull()) {
                // Written, but null: said at the key, not as if it were missing (format review).
                problems.add(s.position(), "'" + key + "' is null; write its value: " + what + " requires it");
            } else if (isAbsent(value)) {
                problems.add(map.position(), what + " lacks the required key '" + key + "'");
            }
        }
        return new Fields(map, path, problems, !shape.foreign(), shape.required());
    }

    /**
     * Reads {@code root}, the whole of a file of one of Oversight's formats, as a mapping of
     * {@code shape}, or reports it and returns null. A file that does not look like the format at all
     * (not a mapping, or none of its keys one the format has) gets one problem that quotes nothing of
     * it: it may be another file, such as one of secrets, named by mistake or by a settings file
     * someone else wrote, and its lines would otherwise come back as unknown keys.
     */
    static Fields ofDocument(YNode root, String path, String what, Shape shape, Problems problems) {
        if (!(root instanceof YMap map)) {
            problems.add(root.position(), what + " must be a mapping of keys to values, but is " + root.kind());
            return null;
        }
        if (map.size() > 0 && !looksLike(map, shape.known())) {
            problems.add(map.position(), notOfTheFormat(what, shape.keys()));
            return null;
        }
        return of(root, path, what, shape, problems);
    }

    /** What a file with none of its format's {@code keys} is told: nothing of it quoted. */
    static String notOfTheFormat(String what, java.util.Collection<String> keys) {
        return "not " + what + ": none of its keys is one of " + String.join(", ", keys) + SecretMasker.NOT_QUOTED;
    }

    /**
     * Whether one of {@code map}'s keys at least is among {@code known}, or a near miss of one: a
     * file of the format with every key mistyped ("apiVerison") still has each named, with a suggestion.
     */
    static boolean looksLike(YMap map, java.util.Collection<String> known) {
        for (int i = 0; i < map.size(); i++) {
            String key = map.entry(i).key();
            if (known.contains(key) || Suggestions.closest(key, known).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Item {@code index} of the list under {@code key}, read as a mapping of {@code shape}; null when it is not one (reported). */
    static Fields item(YNode item, String key, int index, String itemName, Shape shape, Problems problems) {
        return of(item, "/" + key + "/" + index, describeItem(item, itemName, index, key), shape, problems);
    }

    private static String unknownKeyMessage(String key, String what, Shape shape) {
        if (key.equals("<<")) {
            return "merge keys ('<<') are not supported in " + what + "; write the keys out";
        }
        String suggestion = Suggestions.didYouMean(key, shape.keys());
        String message = "unknown key '" + key + "' in " + what + suggestion;
        return suggestion.isEmpty() ? message + "; expected one of: " + String.join(", ", shape.keys()) : message;
    }

    /**
     * A value of the wrong shape, as a message names it: quoted in Oversight's own formats, where it
     * helps to find it; only its kind in another tool's file (a manifest, a policy, a runtime's
     * settings), which may hold a password no pattern tells from a word (Kubernetes red team).
     */
    private String shown(YNode node) {
        return blankRefused ? node.describe() : node.kind();
    }

    private static boolean isAbsent(YNode node) {
        return node == null || node instanceof YScalar s && s.isNull();
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path + "/" + key;
    }

    Position position() {
        return map.position();
    }

    /** Where a value was written (for messages about it); the mapping's position when absent. */
    Position position(String key) {
        YNode node = map.get(key);
        return node == null ? map.position() : node.position();
    }

    boolean has(String key) {
        return !isAbsent(map.get(key));
    }

    /**
     * Reports {@code key} written with no value ({@code null}, {@code ~}), where leaving it out means
     * more than an empty value would; whether it did.
     */
    boolean refuseNull(String key, String advice) {
        return refusedNull(map.get(key), key, advice);
    }

    /** {@link #refuseNull} of the value already looked up: a yes-or-no and a number are read for every agent. */
    private boolean refusedNull(YNode node, String key, String advice) {
        if (node instanceof YScalar s && s.isNull()) {
            problems.add(s.position(), "'" + key + "' is null; " + advice);
            return true;
        }
        return false;
    }

    /**
     * The text under {@code key}; null when absent. An empty or blank text is reported and read as
     * absent: an owner, an approver or a justification of nothing must not count as one.
     */
    String string(String key) {
        String value = scalar(key, "a text value", s -> s.type() == YScalar.Type.STRING || s.type() == YScalar.Type.INTEGER
                || s.type() == YScalar.Type.FLOAT ? s.text() : null);
        if (blankRefused && value != null && value.isBlank()) {
            problems.add(map.get(key).position(), "'" + key + "' is empty; write its value" + (required.contains(key) ? "" : " or leave the key out"));
            return null;
        }
        return value;
    }

    /**
     * A free-text value (a name, a description, a justification) with anything shaped like a secret
     * masked: bound so, no report can show what the file should not have held.
     */
    String freeText(String key) {
        return SecretMasker.mask(string(key));
    }

    /**
     * A value of prose (a description, a purpose, a justification), which nothing matches against:
     * masked as a report quotes text as written ({@link SecretMasker#maskQuoted}), random-looking
     * runs too. A name, a reviewer or a resource is matched as written, so it keeps {@link #freeText}.
     */
    String prose(String key) {
        return SecretMasker.maskQuoted(string(key));
    }

    /** A list of free-text values, each masked as {@link #freeText} is. */
    List<String> freeTexts(String key) {
        return masked(strings(key));
    }

    /** {@code values} with every secret they show masked; the list itself when none shows one, as nearly always. */
    static List<String> masked(List<String> values) {
        List<String> masked = null;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String shown = SecretMasker.mask(value);
            if (masked == null && !shown.equals(value)) {
                masked = new ArrayList<>(values.subList(0, i));
            }
            if (masked != null) {
                masked.add(shown);
            }
        }
        return masked == null ? values : Collections.unmodifiableList(masked);
    }

    /**
     * A yes or no. Written null ({@code userFacing: ~}) in Oversight's own formats, it is refused as a
     * closed list's word is: read as absent, it had made a user-facing agent one that talks to nobody,
     * and its disclosure went unchecked.
     */
    Boolean bool(String key) {
        YNode node = map.get(key);
        if (blankRefused && refusedNull(node, key, "write true or false, or leave the key out")) {
            return null;
        }
        if (node instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN && !StrictScalars.isPlainBoolean(s.text())) {
            problems.add(s.position(), "'" + key + "': " + StrictScalars.notPlainBoolean(s.text()));
            return null;
        }
        return scalar(key, "true or false", s -> s.type() == YScalar.Type.BOOLEAN ? Boolean.valueOf(s.text().equals("true")) : null);
    }

    /** A whole number of at least {@code min}; written null in Oversight's own formats, refused as {@link #bool} is. */
    Integer integer(String key, int min) {
        YNode node = map.get(key);
        if (blankRefused && refusedNull(node, key, "write a whole number, or leave the key out")) {
            return null;
        }
        if (node instanceof YScalar s && s.type() == YScalar.Type.INTEGER && !StrictScalars.isPlainDecimal(s.text())) {
            problems.add(s.position(), "'" + key + "': " + StrictScalars.notPlainDecimal(s.text()));
            return null;
        }
        if (node instanceof YScalar s && s.type() == YScalar.Type.INTEGER && !fitsInt(s.text())) {
            problems.add(s.position(), "'" + key + "' must be " + (s.text().startsWith("-") ? "at least " + min : "at most " + Integer.MAX_VALUE)
                    + ", but is " + s.text());
            return null;
        }
        // Plain decimal digits within an int's range, both checked above.
        Integer value = scalar(key, "a whole number", s -> s.type() == YScalar.Type.INTEGER ? Integer.valueOf(s.text()) : null);
        if (value != null && value < min) {
            problems.add(node.position(), "'" + key + "' must be at least " + min + ", but is " + value);
            return null;
        }
        return value;
    }

    /** Whether plain decimal digits fit an int: nine digits always do, so only a longer number is read whole first. */
    private static boolean fitsInt(String digits) {
        return digits.length() - (digits.startsWith("-") ? 1 : 0) <= 9 || new BigInteger(digits).bitLength() < 32;
    }

    LocalDate date(String key) {
        YNode node = map.get(key);
        String text = scalar(key, "a date written YYYY-MM-DD", s -> s.type() == YScalar.Type.STRING && isDate(s.text()) ? s.text() : null);
        if (text == null) {
            return null;
        }
        try {
            // Read by hand: LocalDate.parse's formatter costs more than the rest of binding a date.
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            problems.add(node.position(), "'" + key + "' is not a real date: " + text);
            return null;
        }
    }

    /** {@code YYYY-MM-DD}, in ASCII digits. */
    private static boolean isDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * A value that is none of a closed list's words, as a message names it: quoted when it is a word
     * (letters, dashes, blanks), else "the value", since what else it may be (a password pasted in
     * the wrong place) no pattern tells.
     */
    private static String quoted(String value) {
        return WORD.matcher(value).matches() ? "'" + value + "'" : "the value";
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z _-]{0,39}");

    /** One word of a closed list of the model, with a suggestion for a near miss. */
    <E extends Enum<E> & FormatWord> E word(String key, Class<E> type) {
        return FormatWord.of(type, word(key, FormatWord.words(type)));
    }

    /**
     * One word of a closed list, with a suggestion for a near miss. Written null ({@code ~}), it is
     * refused as an empty one is: read as absent, {@code enforcement: ~} had taken the default,
     * platform, and the gate counted (format review).
     */
    String word(String key, List<String> allowed) {
        if (refuseNull(key, "write one of: " + String.join(", ", allowed) + ", or leave the key out")) {
            return null;
        }
        String value = string(key);
        if (value != null && !allowed.contains(value)) {
            problems.add(map.get(key).position(), quoted(value) + " is not a valid " + key + Suggestions.didYouMean(value, allowed)
                    + "; expected one of: " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** A list of text values; an absent key gives null so that callers can tell absent from empty. */
    List<String> stringsOrNull(String key) {
        YList list = list(key);
        if (list == null) {
            return null;
        }
        List<String> values = new ArrayList<>(list.items().size());
        for (YNode item : list.items()) {
            String text = itemText(key, item);
            if (text != null) {
                values.add(text);
            }
        }
        return values;
    }

    /**
     * The text items of the list under {@code key}, each with its path and position; items of another
     * shape, and empty ones in Oversight's own formats, are reported and left out. Null when absent.
     */
    private List<Text> textsOrNull(String key) {
        YList list = list(key);
        if (list == null) {
            return null;
        }
        List<Text> texts = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            YNode item = list.items().get(i);
            String text = itemText(key, item);
            if (text != null) {
                texts.add(new Text(text, path(key) + "/" + i, item.position()));
            }
        }
        return texts;
    }

    /** The list under {@code key}; null when absent or, reported, not a list. */
    private YList list(String key) {
        YNode node = map.get(key);
        if (isAbsent(node)) {
            return null;
        }
        if (!(node instanceof YList list)) {
            problems.add(node.position(), "'" + key + "' must be a list" + (blankRefused && node instanceof YScalar s ? ", such as [" + s.text() + "]" : "")
                    + ", but is " + shown(node));
            return null;
        }
        return list;
    }

    /** An item's text; null, reported, when it is of another shape or, in Oversight's own formats, empty. */
    private String itemText(String key, YNode item) {
        if (!(item instanceof YScalar s) || s.type() == YScalar.Type.NULL || s.type() == YScalar.Type.BOOLEAN) {
            problems.add(item.position(), "each entry of '" + key + "' must be a text value, but one is " + shown(item));
            return null;
        }
        if (blankRefused && s.text().isBlank()) {
            problems.add(item.position(), "an entry of '" + key + "' is empty; write its value or leave the entry out");
            return null;
        }
        return s.text();
    }

    List<String> strings(String key) {
        List<String> values = stringsOrNull(key);
        return values == null ? List.of() : values;
    }

    /** Words of a closed list of the model; each entry that is none of them is reported and left out. */
    <E extends Enum<E> & FormatWord> List<E> words(String key, Class<E> type) {
        List<String> allowed = FormatWord.words(type);
        List<Text> texts = textsOrNull(key);
        if (texts == null) {
            return List.of();
        }
        List<E> words = new ArrayList<>(texts.size());
        for (Text text : texts) {
            E word = FormatWord.of(type, text.value());
            if (word == null) {
                problems.add(text.position(), quoted(text.value()) + " is not a valid entry of " + key
                        + Suggestions.didYouMean(text.value(), allowed) + "; expected any of: " + String.join(", ", allowed));
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /** A text value and where it was written: its path and position. */
    record Text(String value, String path, Position position) {
    }

    /** The value under {@code key}, or null when absent: for values whose shape is not a fixed one. */
    YNode node(String key) {
        YNode node = map.get(key);
        return isAbsent(node) ? null : node;
    }

    /**
     * A text or a list of texts, each with its path, as AWS policies write {@code Action} and
     * {@code Resource}; {@code example} completes the message when the value is of another type.
     */
    List<Text> textOrTexts(String key, String example) {
        YNode node = map.get(key);
        if (isAbsent(node)) {
            return List.of();
        }
        if (node instanceof YScalar s && s.type() == YScalar.Type.STRING) {
            return List.of(new Text(s.text(), path(key), s.position()));
        }
        if (!(node instanceof YList list)) {
            problems.add(node.position(), "'" + key + "' must be a text or a list of texts, such as " + example + ", but is " + shown(node));
            return List.of();
        }
        List<Text> texts = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            YNode item = list.items().get(i);
            if (item instanceof YScalar s && s.type() == YScalar.Type.STRING) {
                texts.add(new Text(s.text(), path(key) + "/" + i, s.position()));
            } else {
                problems.add(item.position(), "each entry of '" + key + "' must be a text, such as " + example + ", but one is " + shown(item));
            }
        }
        return texts;
    }

    /** A list of texts, each with its path; absent gives an empty list. */
    List<Text> texts(String key) {
        List<Text> texts = textsOrNull(key);
        return texts == null ? List.of() : texts;
    }

    /** Position of the i-th item of list {@code key}. */
    Position itemPosition(String key, int i) {
        return ((YList) map.get(key)).items().get(i).position();
    }

    /** A nested mapping, or null when absent (or reported as malformed). */
    Fields object(String key, Shape shape) {
        YNode node = map.get(key);
        return isAbsent(node) ? null : of(node, path(key), "'" + key + "'", shape, problems);
    }

    <T> T object(String key, Shape shape, Function<Fields, T> reader) {
        Fields fields = object(key, shape);
        return fields == null ? null : reader.apply(fields);
    }

    /** The mappings of a list of objects, each with its path; malformed entries are reported and skipped. */
    List<Fields> objects(String key, Shape shape, String itemName) {
        YNode node = map.get(key);
        if (isAbsent(node)) {
            return List.of();
        }
        if (!(node instanceof YList list)) {
            problems.add(node.position(), "'" + key + "' must be a list of " + itemName + "s, but is " + shown(node));
            return List.of();
        }
        List<Fields> items = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            Fields item = of(list.items().get(i), path(key) + "/" + i, describeItem(list.items().get(i), itemName, i, key), shape, problems);
            if (item != null) {
                items.add(item);
            }
        }
        return Collections.unmodifiableList(items);
    }

    /** "agent 'deploy-bot'" when the item names itself, else "agent 3 of 'agents'". */
    private static String describeItem(YNode item, String itemName, int index, String key) {
        if (item instanceof YMap map) {
            for (String idKey : List.of("id", "name")) {
                if (map.get(idKey) instanceof YScalar s && s.type() == YScalar.Type.STRING) {
                    return itemName + " '" + s.text() + "'";
                }
            }
        }
        return itemName + " " + (index + 1) + " of '" + key + "'";
    }

    private <T> T scalar(String key, String expected, Function<YScalar, T> convert) {
        YNode node = map.get(key);
        if (isAbsent(node)) {
            return null;
        }
        T value = node instanceof YScalar s ? convert.apply(s) : null;
        if (value == null) {
            problems.add(node.position(), "'" + key + "' must be " + expected + ", but is " + shown(node));
        }
        return value;
    }
}
