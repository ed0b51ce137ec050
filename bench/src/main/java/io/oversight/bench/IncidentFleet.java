package io.oversight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The incident sample's infrastructure agent copied N times under new ids: a deployment with
 * many findings per control, for timing the PDF report of a large, badly run fleet.
 */
final class IncidentFleet {

    private IncidentFleet() {
    }

    static void write(Path sample, int agents, Path target) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        int start = text.indexOf("  - id: infra-assistant");
        int end = text.indexOf("\n  - id: ", start + 1);
        String head = text.substring(0, text.indexOf("agents:\n") + "agents:\n".length());
        String agent = text.substring(start, end + 1);
        StringBuilder yaml = new StringBuilder(head);
        for (int i = 1; i <= agents; i++) {
            yaml.append(agent.replace("id: infra-assistant", "id: infra-assistant-" + i));
        }
        Files.writeString(target, yaml, StandardCharsets.UTF_8);
    }
}
