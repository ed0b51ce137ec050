package io.oversight.report.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The formats' own JSON schemas, read from the test classpath: SARIF 2.1.0 from this module's test
 * resources, OSCAL 1.1.2 from the liboscal-java jar. Formats ("date-time", "uri-reference", ...)
 * are asserted, not just annotated, so that a malformed timestamp or URI fails the test.
 */
final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    static final Schema SARIF = load("classpath:schemas/sarif-schema-2.1.0.json");
    static final Schema OSCAL_ASSESSMENT_RESULTS = load("classpath:schema/json/oscal-ar_schema.json");
    static final Schema OSCAL_POAM = load("classpath:schema/json/oscal-poam_schema.json");

    private JsonSchemas() {
    }

    private static Schema load(String location) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(location));
        // Resolve every $ref now, so that a broken schema fails here and not as a validation error.
        schema.initializeValidators();
        return schema;
    }

    /** The schema's complaints about the document, one line each; none when it is valid. */
    static List<String> errors(Schema schema, JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream().map(Error::toString).toList();
    }
}
