package io.oversight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Catalog;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.Control;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule names its control once, in {@code @control}, and leaves severities to the catalog: its
 * consequence states neither a severity nor a control id, and names only conditions that its
 * control escalates on. Checked on the DRL text, since a consequence is compiled Java that no
 * rule-base API shows.
 */
class RuleSourcesTest {

    private static final Path BUILT_IN = Path.of("src", "main", "resources", "io", "oversight", "rules");
    private static final Path EXAMPLE = Path.of("..", "samples", "org-rules");

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]*)\"(.*?)^then$(.*?)^end$");
    private static final Pattern CONTROL = Pattern.compile("@control\\(\"([^\"]*)\"\\)");
    private static final Pattern FUNCTION = Pattern.compile("(?ms)^function \\S+ (\\w+)\\((.*?)^}$");
    private static final Pattern CONTROL_ID = Pattern.compile("^[A-Z]+-\\d+\\b");
    private static final Pattern QUOTED_CONTROL_ID = Pattern.compile("\"[A-Z]+-\\d+\"");

    static Stream<Path> ruleFiles() {
        return Stream.concat(OrganizationRules.BUILT_IN.stream().map(BUILT_IN::resolve), Stream.of(EXAMPLE.resolve("northwind.drl")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void rulesNameTheirControlOnceAndLeaveSeverityToTheCatalog(Path file) throws Exception {
        String drl = Files.readString(file);
        Catalog catalog = CatalogLoader.extend(CatalogLoader.builtIn(), EXAMPLE.resolve("catalog.yaml"));
        Map<String, String> functions = new HashMap<>();
        Matcher function = FUNCTION.matcher(drl);
        while (function.find()) {
            functions.put(function.group(1), function.group(2));
        }
        functions.forEach((name, body) -> assertThat(body).as("function %s", name).doesNotContain("Severity.")
                .doesNotContainPattern(QUOTED_CONTROL_ID));
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            String name = rule.group(1);
            String consequence = rule.group(3);
            assertThat(name).as("the name of a rule does not repeat its @control").doesNotContainPattern(CONTROL_ID);
            assertThat(consequence).as("consequence of '%s'", name).doesNotContain("Severity.").doesNotContainPattern(QUOTED_CONTROL_ID);
            List<String> controls = CONTROL.matcher(rule.group(2)).results().map(m -> m.group(1)).toList();
            if (!consequence.contains("Violation") && functions.keySet().stream().noneMatch(consequence::contains)) {
                assertThat(controls).as("'%s' reports no violation and names no control", name).isEmpty();
                continue;
            }
            assertThat(controls).as("'%s' names one control", name).hasSize(1);
            Control control = catalog.control(controls.get(0)).orElseThrow();
            StringBuilder reached = new StringBuilder(consequence);
            functions.forEach((f, body) -> reached.append(consequence.contains(f + "(") ? body : ""));
            assertThat(conditions(reached.toString())).as("conditions that '%s' reports under", name).allMatch(control::namesCondition);
        }
    }

    /**
     * A reference that narrows which violations break its clause names conditions and items the
     * rules of its control write: a word misspelt on either side would leave the clause met.
     * Items are written as text in a consequence, or are use cases of the catalog.
     */
    @org.junit.jupiter.api.Test
    void everyConditionAndItemAReferenceNamesIsOneItsControlsRulesReport() throws Exception {
        Catalog catalog = CatalogLoader.builtIn();
        StringBuilder all = new StringBuilder();
        for (String file : OrganizationRules.BUILT_IN) {
            all.append(Files.readString(BUILT_IN.resolve(file)));
        }
        Map<String, StringBuilder> byControl = new HashMap<>();
        Matcher rule = RULE.matcher(all);
        while (rule.find()) {
            CONTROL.matcher(rule.group(2)).results().forEach(m -> byControl.computeIfAbsent(m.group(1), c -> new StringBuilder())
                    .append(rule.group(3)));
        }
        java.util.Set<String> useCases = new java.util.HashSet<>();
        catalog.useCases().forEach(u -> useCases.add(u.id()));
        int narrowed = 0;
        for (Control control : catalog.controls()) {
            String consequences = byControl.getOrDefault(control.id(), new StringBuilder()).toString();
            for (io.oversight.catalog.Reference ref : control.references()) {
                for (String condition : ref.unless()) {
                    assertThat(conditions(consequences)).as("%s's rules report under %s, which %s unless names", control.id(), condition,
                            ref.clause()).contains(condition);
                    narrowed++;
                }
                for (String item : ref.onlyFor()) {
                    assertThat(useCases.contains(item) || consequences.contains("\"" + item + "\""))
                            .as("%s's rules write the item %s, which %s only for names", control.id(), item, ref.clause()).isTrue();
                    narrowed++;
                }
            }
        }
        assertThat(narrowed).as("the catalog's narrowed references were all checked").isGreaterThanOrEqualTo(8);
    }

    /** The condition of each {@code .when(...)}: its last argument, a string literal. */
    private static List<String> conditions(String code) {
        List<String> conditions = new ArrayList<>();
        int at = code.indexOf(".when(");
        while (at >= 0) {
            int depth = 0;
            int end = at + ".when".length();
            do {
                char c = code.charAt(end++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } while (depth > 0);
            Matcher last = Pattern.compile("\"([^\"]*)\"\\s*\\)$").matcher(code.substring(at, end));
            assertThat(last.find()).as("%s names its condition as a string literal", code.substring(at, end)).isTrue();
            conditions.add(last.group(1));
            at = code.indexOf(".when(", end);
        }
        return conditions;
    }
}
