package io.oversight.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.Sha256;
import io.oversight.engine.Baseline;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the findings of an earlier run: one deployment's {@code --format json} output, or the
 * {@code oversight-run.json} a run of a directory or of several deployments writes with {@code --output-dir} and {@code --format json},
 * which holds each deployment's findings under its path.
 */
final class BaselineFile {

    private BaselineFile() {
    }

    /**
     * The earlier run's as-of date (null if it gives none), its findings, and the file with the digest
     * of the bytes they were read from: {@code single} for one deployment's output, with the name of
     * that deployment ({@code name}, null if it gives none), else {@code byDeployment}, by the
     * deployment's path as that run named it.
     */
    record Read(LocalDate asOf, List<Baseline.PreviousFinding> single, String name, Map<String, List<Baseline.PreviousFinding>> byDeployment,
                InputFile file) {

        /** The earlier findings of {@code deployment}; none when the earlier run did not check it, since all its findings are then new. */
        List<Baseline.PreviousFinding> of(Path deployment) {
            return single != null ? single : byDeployment.getOrDefault(key(deployment), List.of());
        }

        boolean ofOneDeployment() {
            return single != null;
        }

        /** Whether the earlier run, one of several deployments, checked {@code deployment}: they are told apart by path. */
        boolean recorded(Path deployment) {
            return byDeployment.containsKey(key(deployment));
        }

        /** The deployments the earlier run of several checked, by path, sorted. */
        List<String> deployments() {
            return byDeployment.keySet().stream().sorted().toList();
        }
    }

    /** How a deployment's path is compared: {@code deployments/./a.yaml} and {@code deployments/a.yaml} are one. */
    private static String key(Path deployment) {
        return deployment.normalize().toString();
    }

    static Read read(Path file) throws CheckException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CheckException(file + ": no such file"); // as a missing deployment or waivers file is said
        } catch (AccessDeniedException e) {
            throw new CheckException(file + ": cannot be read: permission denied");
        } catch (IOException e) {
            throw new CheckException(file + ": cannot be read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            // Where the JSON ends, not the parser's words: a YAML file given by mistake read as Jackson's "Unexpected character ('#' (code 35))".
            var at = e.getLocation();
            throw new CheckException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not an Oversight JSON report (the output of 'oversight check --format json'): it is not valid JSON here");
        } catch (IOException e) {
            throw new CheckException(file + ": cannot be read: " + e.getMessage());
        }
        InputFile input = new InputFile(file.toString(), InputFile.Role.BASELINE, Sha256.hex(bytes));
        if (root != null && root.path("schemaVersion").asInt() == 1 && root.path("findings").isArray()) {
            String name = root.at("/deployment/name").isTextual() ? root.at("/deployment/name").asText() : null;
            return new Read(asOf(root), findings(file, root.get("findings")), name, null, input);
        }
        if (root != null && root.path("schemaVersion").asInt() == 1 && root.path("deployments").isArray()) {
            Map<String, List<Baseline.PreviousFinding>> byDeployment = new HashMap<>();
            for (JsonNode deployment : root.get("deployments")) {
                if (deployment.path("findings").isArray()) {
                    byDeployment.put(key(Path.of(deployment.path("file").asText())), findings(file, deployment.get("findings")));
                }
            }
            return new Read(asOf(root), null, null, byDeployment, input);
        }
        throw new CheckException(file + ": not a JSON output of 'oversight check --format json' (schemaVersion 1 with findings)"
                + " nor the oversight-run.json of a run of several deployments");
    }

    private static List<Baseline.PreviousFinding> findings(Path file, JsonNode array) throws CheckException {
        List<Baseline.PreviousFinding> findings = new ArrayList<>();
        for (JsonNode f : array) {
            String fingerprint = f.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new CheckException(file + ": a finding has no fingerprint; was it written by 'oversight check --format json'?");
            }
            findings.add(new Baseline.PreviousFinding(fingerprint, f.path("control").asText(), f.path("severity").asText(),
                    f.at("/subject/kind").asText() + ":" + f.at("/subject/id").asText(), f.path("message").asText(), f.path("waived").asBoolean(false)));
        }
        return findings;
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
