package io.oversight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Build step: writes {@code THIRD-PARTY.txt}, the libraries inside the release's jar and their
 * licences, from the CycloneDX SBOM the build makes of the same dependencies, so that the two
 * cannot disagree.
 *
 * <p>Usage: {@code ThirdPartyNotices SBOM.json TARGET.txt}.
 */
public final class ThirdPartyNotices {

    private ThirdPartyNotices() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode bom = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        TreeSet<String> lines = new TreeSet<>();
        for (JsonNode component : bom.path("components")) {
            String group = component.path("group").asText("");
            if (group.startsWith("io.oversight")) {
                continue;
            }
            lines.add((group.isEmpty() ? "" : group + ":") + component.path("name").asText() + " " + component.path("version").asText()
                    + "\n    " + String.join("; ", licences(component)));
        }
        if (lines.isEmpty()) {
            throw new IOException(args[0] + " lists no components; the notices would be empty");
        }
        String text = "Oversight's release bundles these libraries in lib/oversight.jar, under the licences named.\n"
                + "The CycloneDX SBOM published beside the release lists the same components with their hashes.\n\n"
                + String.join("\n", lines) + "\n";
        Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
    }

    private static List<String> licences(JsonNode component) {
        List<String> names = new ArrayList<>();
        for (JsonNode choice : component.path("licenses")) {
            if (choice.has("expression")) {
                names.add(choice.get("expression").asText());
                continue;
            }
            JsonNode licence = choice.path("license");
            String name = licence.has("id") ? licence.get("id").asText() : licence.path("name").asText("");
            String url = licence.path("url").asText("");
            names.add(name + (url.isEmpty() ? "" : " <" + url + ">"));
        }
        return names.isEmpty() ? List.of("licence not declared in the library's POM") : names;
    }
}
