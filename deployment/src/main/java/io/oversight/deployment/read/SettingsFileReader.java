package io.oversight.deployment.read;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a settings file such as {@code .oversight.yaml}: one mapping from known keys to a scalar,
 * or for a key that takes several values, a list of scalars. It is read by the same YAML reader
 * as a deployment, so its errors are located as a deployment's are; what each value means is
 * the caller's to check, with the positions returned.
 */
public final class SettingsFileReader {

    /** The key editors use to name a file's JSON Schema; it is no setting. */
    private static final String SCHEMA_KEY = "$schema";

    private SettingsFileReader() {
    }

    /** A setting as written: its value (several for a list), and where the value is. */
    public record Setting(String key, List<String> values, Position position) {

        public Setting {
            values = List.copyOf(values);
        }

        /** The value of a key that takes one. */
        public String value() {
            return values.get(0);
        }
    }

    /** What is wrong with a value of a key, if anything: the caller's meaning of the settings. */
    @FunctionalInterface
    public interface ValueCheck {
        Optional<String> wrong(String key, String value);
    }

    /**
     * The settings of {@code file}, in the order written. {@code keys} are the keys allowed, those of
     * {@code listKeys} taking a list (or one scalar); {@code check} judges each value. Every problem
     * of the file is reported at once: an unknown key stopped the reading before the values of the
     * others were judged, so their errors came one run later.
     */
    public static List<Setting> read(Path file, Set<String> keys, Set<String> listKeys, ValueCheck check) throws InvalidInputException {
        String name = file.toString();
        byte[] bytes = DeploymentReader.readBytes(name, file, InputLimits.DEFAULT, "a settings file");
        String text = DeploymentReader.decode(name, bytes);
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            return List.of(); // a file of comments sets nothing, where a deployment would be missing
        }
        YNode root = new YamlTreeReader(InputLimits.DEFAULT).read(name, text, false);
        Problems problems = new Problems(name);
        Map<String, Setting> settings = new LinkedHashMap<>();
        if (root instanceof YScalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(root instanceof YMap map)) {
            problems.add(root.position(), "a settings file is a mapping of keys to values, not " + root.kind());
            throw new InvalidInputException(problems.sorted());
        }
        // OVERSIGHT_CONFIG may name any file: one with none of the keys is not quoted key by key.
        if (map.size() > 0 && !Fields.looksLike(map, keys) && map.get(SCHEMA_KEY) == null) {
            problems.add(map.position(), Fields.notOfTheFormat("a settings file", keys.stream().sorted().toList()));
            throw new InvalidInputException(problems.sorted());
        }
        for (YEntry entry : map.entries().values()) {
            String key = entry.key();
            if (key.equals(SCHEMA_KEY)) {
                continue;
            }
            if (!keys.contains(key)) {
                problems.add(entry.keyPosition(), "unknown key '" + key + "'" + Suggestions.didYouMean(key, keys)
                        + "; expected one of: " + String.join(", ", keys.stream().sorted().toList()));
                continue;
            }
            List<String> values = values(entry, listKeys.contains(key), problems);
            if (values != null && judged(entry, values, check, problems)) {
                settings.put(key, new Setting(key, values, entry.value().position()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.sorted());
        }
        return List.copyOf(settings.values());
    }

    /** Whether every value of {@code entry} is right; each wrong one is a problem at its own position. */
    private static boolean judged(YEntry entry, List<String> values, ValueCheck check, Problems problems) {
        List<Position> positions = entry.value() instanceof YList items ? items.items().stream().map(YNode::position).toList()
                : List.of(entry.value().position());
        boolean right = true;
        for (int i = 0; i < values.size(); i++) {
            Optional<String> wrong = check.wrong(entry.key(), values.get(i));
            if (wrong.isPresent()) {
                problems.add(positions.get(i), wrong.get());
                right = false;
            }
        }
        return right;
    }

    private static List<String> values(YEntry entry, boolean list, Problems problems) {
        YNode value = entry.value();
        if (value instanceof YScalar scalar && !scalar.isNull()) {
            return List.of(scalar.text());
        }
        if (list && value instanceof YList items && !items.items().isEmpty()) {
            List<String> values = new ArrayList<>();
            for (YNode item : items.items()) {
                if (!(item instanceof YScalar scalar) || scalar.isNull()) {
                    problems.add(item.position(), "'" + entry.key() + "' lists values, not " + item.describe());
                    return null;
                }
                values.add(scalar.text());
            }
            return values;
        }
        problems.add(value.position(), "'" + entry.key() + "' needs " + (list ? "a value or a list of values" : "one value") + ", not " + value.describe());
        return null;
    }
}
