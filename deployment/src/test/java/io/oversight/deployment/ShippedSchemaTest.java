package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.read.DeploymentReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Editors find the format's schema at a stable path of the repository, schema/, through the
 * yaml-language-server modeline every sample carries. The modeline is the samples' last line, so
 * that the line numbers findings cite stay where they were.
 */
class ShippedSchemaTest {

    private static final Path REPOSITORY = Path.of("..");

    @Test
    void theSchemaInTheRepositoryIsTheOneTheToolShips() throws Exception {
        try (InputStream in = ShippedSchemaTest.class.getClassLoader().getResourceAsStream("oversight/deployment/oversight-v1.schema.json")) {
            assertThat(Files.readString(REPOSITORY.resolve("schema/oversight-v1.schema.json")))
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(REPOSITORY.resolve("schema/oversight-waivers-v1.schema.json")))
                .contains("\"$ref\": \"oversight-v1.schema.json#/$defs/waiversFile\"");
    }

    @Test
    void everySampleEndsWithAModelinePointingAtTheShippedSchema() throws Exception {
        List<Path> samples;
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("samples"))) {
            // samples/runtimes holds the agents' own configuration files (kagent manifests, a template), which are no deployments.
            samples = walk.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("catalog.yaml")
                    && !p.startsWith(REPOSITORY.resolve("samples").resolve("runtimes"))).sorted().toList();
        }
        assertThat(samples).hasSize(11);
        for (Path sample : samples) {
            List<String> lines = Files.readAllLines(sample);
            String last = lines.get(lines.size() - 1);
            assertThat(last).as(sample.toString()).startsWith("# yaml-language-server: $schema=");
            Path schema = sample.getParent().resolve(last.substring(last.indexOf('=') + 1)).normalize();
            String expected = sample.getParent().getFileName().toString().equals("waivers") ? "oversight-waivers-v1.schema.json" : "oversight-v1.schema.json";
            assertThat(schema).as(sample.toString()).isEqualTo(REPOSITORY.resolve("schema").resolve(expected).normalize());
            assertThat(schema).exists();
        }
    }

    @Test
    void aSchemaKeyIsAcceptedAndIgnored() throws Exception {
        String text = "$schema: ../schema/oversight-v1.schema.json\n" + """
                apiVersion: oversight/v1
                kind: AgentDeployment
                metadata: {name: x, organization: X, owner: a}
                people: [{id: a}]
                agents: [{id: b, owner: a}]
                """;
        DeploymentFile file = new DeploymentReader(CatalogLoader.builtIn().controlIds()).read("editor.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.deployment().agents()).hasSize(1);
    }

    /**
     * VS Code's YAML extension (yaml-language-server) understands draft-07, so the shipped schemas
     * declare it and use no keyword added after it; .ci/yaml-ls-check.mjs runs the server itself.
     * {@code $defs} is only the container of the shapes, which draft-07's {@code $ref} reaches as a
     * JSON pointer like any other.
     */
    @Test
    void theShippedSchemasAreDraft07() throws Exception {
        java.util.Set<String> later = java.util.Set.of("unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas",
                "prefixItems", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "minContains", "maxContains", "$vocabulary");
        for (String name : List.of("schema/oversight-v1.schema.json", "schema/oversight-waivers-v1.schema.json")) {
            com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(REPOSITORY.resolve(name).toFile());
            assertThat(schema.get("$schema").asText()).as(name).isEqualTo("http://json-schema.org/draft-07/schema#");
            List<String> keys = new java.util.ArrayList<>();
            collectKeys(schema, keys);
            assertThat(keys).as(name + ": keywords draft-07 does not know").doesNotContainAnyElementsOf(later);
        }
    }

    private static void collectKeys(com.fasterxml.jackson.databind.JsonNode node, List<String> into) {
        // Every key: the format's own keys (under properties) share no name with these keywords.
        for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : node.properties()) {
            into.add(e.getKey());
            collectKeys(e.getValue(), into);
        }
        if (node.isArray()) {
            node.forEach(item -> collectKeys(item, into));
        }
    }
}
