package io.oversight.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.engine.Baseline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the findings of an earlier {@code --format json} run. */
final class BaselineFile {

    private BaselineFile() {
    }

    static List<Baseline.PreviousFinding> read(Path file) throws CheckException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new CheckException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a JSON output of 'oversight check --format json': " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new CheckException(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || root.path("schemaVersion").asInt() != 1 || !root.path("findings").isArray()) {
            throw new CheckException(file + ": not a JSON output of 'oversight check --format json' (schemaVersion 1 with findings)");
        }
        List<Baseline.PreviousFinding> findings = new ArrayList<>();
        for (JsonNode f : root.get("findings")) {
            String fingerprint = f.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new CheckException(file + ": a finding has no fingerprint; was it written by 'oversight check --format json'?");
            }
            findings.add(new Baseline.PreviousFinding(fingerprint, f.path("control").asText(), f.path("severity").asText(),
                    f.at("/subject/kind").asText() + ":" + f.at("/subject/id").asText(), f.path("message").asText()));
        }
        return findings;
    }
}
