package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.catalog.CatalogLoader;
import io.oversight.catalog.UseCase;
import io.oversight.deployment.model.Attribution;
import io.oversight.deployment.model.Autonomy;
import io.oversight.deployment.model.Criticality;
import io.oversight.deployment.model.Enforcement;
import io.oversight.deployment.model.EnvironmentKind;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.EuAiActRoute;
import io.oversight.deployment.model.IncidentRegime;
import io.oversight.deployment.model.FormatWord;
import io.oversight.deployment.model.IdentityType;
import io.oversight.deployment.model.LogEvent;
import io.oversight.deployment.model.OnTimeout;
import io.oversight.deployment.model.RiskTier;
import io.oversight.deployment.read.Shape;
import io.oversight.deployment.read.Shapes;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema shipped for editors and the reader must accept exactly the same keys and words. */
class SchemaConsistencyTest {

    private static JsonNode schema() throws Exception {
        try (InputStream in = SchemaConsistencyTest.class.getClassLoader().getResourceAsStream("oversight/deployment/oversight-v1.schema.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode definition(JsonNode schema, Shape shape) {
        return shape == Shapes.ROOT ? schema : schema.path("$defs").path(shape.name());
    }

    @Test
    void everyShapeHasTheSameKeysAsItsSchemaDefinition() throws Exception {
        JsonNode schema = schema();
        List<Shape> shapes = new ArrayList<>(Shapes.ALL);
        shapes.add(Shapes.WAIVERS_FILE);
        for (Shape shape : shapes) {
            JsonNode def = definition(schema, shape);
            assertThat(def.isMissingNode()).as("schema definition of %s", shape.name()).isFalse();
            List<String> keys = new ArrayList<>();
            def.path("properties").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("keys of %s", shape.name()).containsExactlyInAnyOrderElementsOf(shape.keys());
            Set<String> required = new HashSet<>();
            def.path("required").forEach(n -> required.add(n.asText()));
            assertThat(required).as("required keys of %s", shape.name()).isEqualTo(shape.required());
            assertThat(def.path("additionalProperties").asBoolean(true)).as("%s rejects unknown keys", shape.name()).isFalse();
        }
    }

    @Test
    void theUseCasesOfferedToEditorsAreTheCatalogs() throws Exception {
        List<String> examples = new ArrayList<>();
        schema().at("/$defs/agent/properties/useCases/items/examples").forEach(n -> examples.add(n.asText()));
        assertThat(examples).isEqualTo(CatalogLoader.builtIn().useCases().stream().map(UseCase::id).toList());
    }

    @Test
    void everyWordListOfTheSchemaIsAnEnumOfTheModelInTheSameOrder() throws Exception {
        Map<String, List<String>> enums = Map.ofEntries(
                Map.entry("/$defs/metadata/properties/euAiActRoles/items/enum", FormatWord.words(EuAiActRole.class)),
                Map.entry("/$defs/incidentResponse/properties/regimes/items/enum", FormatWord.words(IncidentRegime.class)),
                Map.entry("/$defs/environment/properties/kind/enum", FormatWord.words(EnvironmentKind.class)),
                Map.entry("/$defs/environment/properties/criticality/enum", FormatWord.words(Criticality.class)),
                Map.entry("/$defs/agent/properties/riskTier/enum", FormatWord.words(RiskTier.class)),
                Map.entry("/$defs/agent/properties/autonomy/enum", FormatWord.words(Autonomy.class)),
                Map.entry("/$defs/identity/properties/type/enum", FormatWord.words(IdentityType.class)),
                Map.entry("/$defs/checkpoint/properties/onTimeout/enum", FormatWord.words(OnTimeout.class)),
                Map.entry("/$defs/checkpoint/properties/enforcement/enum", FormatWord.words(Enforcement.class)),
                Map.entry("/$defs/logging/properties/events/items/enum", FormatWord.words(LogEvent.class)),
                Map.entry("/$defs/logging/properties/attribution/enum", FormatWord.words(Attribution.class)),
                Map.entry("/$defs/runtime/properties/kind/enum", io.oversight.deployment.runtime.RuntimeKind.words()),
                Map.entry("/$defs/euAiAct/properties/route/enum", FormatWord.words(EuAiActRoute.class)));
        JsonNode schema = schema();
        List<String> inSchema = new ArrayList<>();
        collectEnums(schema, "", inSchema);
        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(enums.keySet());
        for (Map.Entry<String, List<String>> e : enums.entrySet()) {
            List<String> words = new ArrayList<>();
            schema.at(e.getKey()).forEach(n -> words.add(n.asText()));
            assertThat(words).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static void collectEnums(JsonNode node, String pointer, List<String> found) {
        node.fieldNames().forEachRemaining(name -> {
            String at = pointer + "/" + name;
            if (name.equals("enum")) {
                found.add(at);
            } else if (node.get(name).isObject()) {
                collectEnums(node.get(name), at, found);
            }
        });
    }

    @Test
    void everyPropertyIsDescribedForEditors() throws Exception {
        List<String> undescribed = new ArrayList<>();
        walk(schema(), "", undescribed);
        assertThat(undescribed).isEmpty();
    }

    private static void walk(JsonNode node, String path, List<String> undescribed) {
        JsonNode properties = node.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            JsonNode property = properties.get(name);
            if (!property.hasNonNull("description")) {
                undescribed.add(path + "/" + name);
            }
            walk(property, path + "/" + name, undescribed);
        });
        node.path("$defs").fieldNames().forEachRemaining(name -> walk(node.path("$defs").get(name), "#/$defs/" + name, undescribed));
        if (node.has("items")) {
            walk(node.get("items"), path + "[]", undescribed);
        }
    }
}
