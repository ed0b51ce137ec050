package io.oversight.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.oversight.catalog.action.AccessLevel;
import io.oversight.catalog.action.Verb;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads {@code actions.yaml} and checks it: a malformed table must fail the build, not misclassify. */
final class ActionTableSource {

    private static final List<String> LEVELS = Stream.concat(Stream.of(AccessLevel.values()).map(AccessLevel::word),
            Stream.of(ActionRule.UNLISTED)).toList();

    /** A rule as {@code actions.yaml} writes it, its verb a word still to be checked. */
    record WrittenRule(String action, String level, String verb, String note) {
    }

    private record WrittenTable(List<WrittenRule> rules) {
    }

    private ActionTableSource() {
    }

    static ActionTable load() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = ActionTableSource.class.getClassLoader().getResourceAsStream(ActionTable.SOURCE)) {
            if (in == null) {
                throw new CatalogException("catalog resource " + ActionTable.SOURCE + " is missing");
            }
            WrittenTable written = yaml.readValue(in, WrittenTable.class);
            ActionTable table = table(written.rules() == null ? List.of() : written.rules());
            verify(table);
            return table;
        } catch (IOException e) {
            throw new CatalogException("catalog resource " + ActionTable.SOURCE + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The table of {@code rules}, each of whose verbs must be one the deployment format writes. */
    static ActionTable table(List<WrittenRule> rules) {
        List<ActionRule> table = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            WrittenRule rule = rules.get(i);
            String where = ActionTable.SOURCE + " rule " + (i + 1);
            Verb verb = Verb.ofWord(rule.verb()).orElseThrow(() -> new CatalogException(where + " gives verb '" + rule.verb()
                    + "'; expected one of " + Verb.words()));
            table.add(new ActionRule(rule.action(), rule.level(), verb, rule.note()));
        }
        return new ActionTable(table);
    }

    static void verify(ActionTable table) {
        if (table.rules().isEmpty()) {
            throw new CatalogException(ActionTable.SOURCE + " has no rules");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.rules().size(); i++) {
            ActionRule rule = table.rules().get(i);
            String where = ActionTable.SOURCE + " rule " + (i + 1);
            if (rule.action() == null) {
                throw new CatalogException(where + " has no 'action'");
            }
            if (rule.level() != null && !rule.level().equals(ActionRule.UNLISTED) && AccessLevel.ofWord(rule.level()).isEmpty()) {
                throw new CatalogException(where + " gives level '" + rule.level() + "'; expected one of " + LEVELS);
            }
            String pattern = rule.action();
            if (pattern.indexOf(':') <= 0 || pattern.endsWith(":")) {
                throw new CatalogException(where + ": '" + pattern + "' is not a service:Name pattern");
            }
            if (danglingEscape(pattern)) {
                throw new CatalogException(where + ": '" + pattern + "' ends with a lone '\\'");
            }
            if (!seen.add(pattern.toLowerCase(java.util.Locale.ROOT) + " " + rule.level())) {
                throw new CatalogException(where + ": '" + pattern + "' appears twice; only the first could ever match");
            }
        }
    }

    private static boolean danglingEscape(String pattern) {
        int backslashes = 0;
        for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
