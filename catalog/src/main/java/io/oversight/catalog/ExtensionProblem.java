package io.oversight.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with an organization's {@code catalog.yaml}, in Oversight's words. Jackson's own
 * messages name Java classes and quote the offending value, which may be anything: the rules folder
 * can come from a settings file, and its catalog be a file of secrets.
 */
final class ExtensionProblem {

    private ExtensionProblem() {
    }

    static String of(Path file, JsonProcessingException e) {
        String at = file + location(e.getLocation()) + ": ";
        if (e instanceof UnrecognizedPropertyException unknown) {
            at = file + keyLocation(file, unknown.getPropertyName(), e.getLocation()) + ": ";
            return at + "unknown key '" + unknown.getPropertyName() + "'" + in(unknown) + "; expected one of: " + keys(unknown.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return at + "'" + last(mismatch) + "'" + in(mismatch.getPath().subList(0, mismatch.getPath().size() - 1)) + " must be "
                    + expected(mismatch.getTargetType());
        }
        if (e instanceof DatabindException) {
            return at + "not an organization catalog: a mapping with 'controls' (and optional 'families') of the built-in catalog's shape";
        }
        return at + "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("malformed");
    }

    /**
     * Where the unknown key is written: Jackson's YAML parser places the problem after the key's
     * value, so the key is the nearest line at or above that place that starts with it.
     */
    private static String keyLocation(Path file, String key, JsonLocation after) {
        if (after == null || after.getLineNr() < 1) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern written = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(key) + "\\s*:");
            for (int line = Math.min(after.getLineNr(), lines.size()); line >= 1; line--) {
                Matcher m = written.matcher(lines.get(line - 1));
                if (m.find()) {
                    return ":" + line + ":" + (m.group(1).length() + 1);
                }
            }
        } catch (IOException e) {
            // Read a moment ago; if it cannot be read again, Jackson's place is the best there is.
        }
        return location(after);
    }

    private static String location(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    }

    private static String in(UnrecognizedPropertyException e) {
        return in(e.getPath().subList(0, Math.max(0, e.getPath().size() - 1)));
    }

    /** " in controls[2]", or nothing at the top. */
    private static String in(List<JsonMappingException.Reference> path) {
        String where = path.stream().map(ExtensionProblem::step).collect(Collectors.joining()).replaceFirst("^\\.", "");
        return where.isEmpty() ? "" : " in " + where;
    }

    private static String last(MismatchedInputException e) {
        JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
        return last.getFieldName() != null ? last.getFieldName() : step(last).replaceFirst("^\\.", "");
    }

    private static String step(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]";
    }

    private static String keys(Collection<Object> known) {
        return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** The kind of value a field takes, as a user writes it. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        return "a mapping of keys to values";
    }
}
