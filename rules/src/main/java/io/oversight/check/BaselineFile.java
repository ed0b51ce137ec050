package io.oversight.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.Sha256;
import io.oversight.engine.Baseline;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the findings of an earlier {@code --format json} run. */
final class BaselineFile {

    private BaselineFile() {
    }

    /** The earlier run's as-of date (null if it gives none) and findings, and the file with the digest of the bytes they were read from. */
    record Read(LocalDate asOf, List<Baseline.PreviousFinding> findings, InputFile file) {
    }

    static Read read(Path file) throws CheckException {
        byte[] bytes;
        try (InputStream in = new FileInputStream(file.toFile())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new CheckException(file + ": cannot be read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
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
        return new Read(asOf(root), findings, new InputFile(file.toString(), InputFile.Role.BASELINE, Sha256.hex(bytes)));
    }

    /** The as-of date the earlier run states; an output without a readable one still compares findings. */
    private static LocalDate asOf(JsonNode root) {
        try {
            return root.path("asOf").isTextual() ? LocalDate.parse(root.path("asOf").asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
