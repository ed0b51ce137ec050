package io.oversight.deployment.yaml;

import io.oversight.deployment.InputLimits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The string values of a few top-level keys of a YAML or JSON document, read as a stream with the
 * same parsers and limits as a whole read: every other value is skipped without building it, and
 * reading stops once all the keys are found, so a file is read only as far as needed (to its end
 * when a key comes last or is missing). Quoting and escapes are the parser's: {@code "oversight\/v1"}
 * reads as {@code oversight/v1}. Only the first document of a multi-document stream is read.
 *
 * @param shape what the document's top level is
 * @param values the keys found with a string value, by key
 * @param keys every top-level key read, whatever its value (all of them when the read went to the end)
 */
public record TopLevelScalars(Shape shape, Map<String, String> values, Set<String> keys) {

    public enum Shape { MAPPING, OTHER, EMPTY }

    public TopLevelScalars {
        values = Map.copyOf(values);
        keys = Set.copyOf(keys);
    }

    /**
     * Reads {@code in} far enough to find {@code keys}. A document that does not parse as far as
     * read is an IOException, as are the stream's own failures (a limit the caller keeps, say).
     */
    public static TopLevelScalars read(InputStream in, boolean json, Set<String> keys, InputLimits limits) throws IOException {
        return read(in, json, keys, limits, false);
    }

    /**
     * Reads the whole top level of {@code in}, and keeps the last value of each of {@code keys}: a
     * key written twice (which Oversight's reader refuses) reads as most other parsers read it.
     * Every top-level key is then in {@link #keys}.
     */
    public static TopLevelScalars readLast(InputStream in, boolean json, Set<String> keys, InputLimits limits) throws IOException {
        return read(in, json, keys, limits, true);
    }

    private static TopLevelScalars read(InputStream in, boolean json, Set<String> keys, InputLimits limits, boolean last) throws IOException {
        try (JsonParser parser = json ? YamlTreeReader.jsonFactory(limits).createParser(in) : YamlTreeReader.yamlFactory(limits).createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new TopLevelScalars(Shape.EMPTY, Map.of(), Set.of());
            }
            if (first != JsonToken.START_OBJECT) {
                return new TopLevelScalars(Shape.OTHER, Map.of(), Set.of());
            }
            Map<String, String> found = new HashMap<>();
            Set<String> read = new HashSet<>();
            while ((last || !found.keySet().containsAll(keys)) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                read.add(key);
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && keys.contains(key)) {
                    if (last || !found.containsKey(key)) {
                        found.put(key, parser.getText());
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return new TopLevelScalars(Shape.MAPPING, found, read);
        } catch (RuntimeException e) {
            // SnakeYAML reports malformed input, and its stream's failures, as unchecked exceptions.
            throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getMessage()), e);
        }
    }
}
