package io.oversight.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.oversight.catalog.Severity;
import io.oversight.deployment.InputFile;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.Sha256;
import io.oversight.deployment.model.Waiver;
import io.oversight.engine.Baseline;
import io.oversight.engine.ControlStatus;
import io.oversight.engine.WaiverState;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the findings of an earlier run: one deployment's {@code --format json} output, or the
 * {@code oversight-run.json} a run of a directory or of several deployments writes with {@code --output-dir} and {@code --format json},
 * which holds each deployment's findings under its path.
 */
final class BaselineFile {

    /** A finding's fingerprint as Oversight writes it, shown as it is; anything else in its place is masked as input is. */
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

    private BaselineFile() {
    }

    /**
     * The earlier run's as-of date (null if it gives none), its findings, and the file with the digest
     * of the bytes they were read from: {@code single} for one deployment's output, with the name of
     * that deployment ({@code name}, null if it gives none), else {@code byDeployment}, by the
     * deployment's path as that run named it. {@code notEvaluated} holds the controls the earlier
     * run did not evaluate (scoped with {@code --framework}), {@code waivers} the waivers it had in
     * force ({@link Waiver#key()}; absent for an output written before reports listed them), under
     * the same keys ({@code ""} for one deployment's output).
     */
    record Read(LocalDate asOf, String catalogVersion, List<Baseline.PreviousFinding> single, String name,
                Map<String, List<Baseline.PreviousFinding>> byDeployment, Map<String, Set<String>> notEvaluated, Map<String, Set<String>> waivers,
                InputFile file) {

        /** The earlier findings of {@code deployment}; none when the earlier run did not check it, since all its findings are then new. */
        List<Baseline.PreviousFinding> of(Path deployment) {
            return single != null ? single : byDeployment.getOrDefault(key(deployment), List.of());
        }

        /**
         * What this output, written by an earlier version, cannot tell: findings without their items
         * (an item added to a gap is not seen), deployments without their waivers (a waiver in force
         * then is known only by the findings it shows waived); and what this check, as of {@code today}
         * with the catalog {@code catalog}, compares against a baseline of a later day or another
         * catalog, which a comparison would otherwise take as it takes any earlier run.
         */
        List<String> limits(LocalDate today, String catalog) {
            List<Baseline.PreviousFinding> all = single != null ? single : byDeployment.values().stream().flatMap(List::stream).toList();
            List<String> limits = new ArrayList<>();
            if (asOf != null && asOf.isAfter(today)) {
                limits.add("it was made as of " + asOf + ", after this check's " + today + ": what it calls new or resolved runs backwards;"
                        + " compare with a run of an earlier day, or check as of a later one (--as-of)");
            }
            // The built-in catalog's version: "+organization" says rules of an organization were added, which of them it cannot tell.
            if (catalogVersion != null && !builtIn(catalogVersion).equals(builtIn(catalog))) {
                limits.add("it was made with catalog " + catalogVersion + " and this check uses catalog " + catalog + ": a finding whose"
                        + " control changed between them may count as new and its old one as resolved; make the baseline again");
            }
            if (all.stream().anyMatch(f -> !f.listsItems())) {
                limits.add("its findings list no items (it was written before findings listed them): a finding whose entry was edited"
                        + " counts as new, and one that grew within its entry as the one it was; make the baseline again");
            }
            long unlisted = single != null ? (waivers.containsKey("") ? 0 : 1)
                    : byDeployment.keySet().stream().filter(d -> !waivers.containsKey(d)).count();
            if (unlisted > 0) {
                limits.add((single != null || unlisted == byDeployment.size() ? "it does not list"
                        : "for " + unlisted + " of its " + byDeployment.size() + " deployments it does not list")
                        + " the waivers in force then (an output of an earlier version): a waiver of then cannot be told from one written"
                        + " since, so waivers cover the findings that grew as they did before; make the baseline again");
            }
            return limits;
        }

        private static String builtIn(String catalogVersion) {
            int plus = catalogVersion.indexOf('+');
            return plus < 0 ? catalogVersion : catalogVersion.substring(0, plus);
        }

        /** The waivers the earlier run had in force for {@code deployment}; null when its output does not say. */
        Set<String> waiversOf(Path deployment) {
            return waivers.get(single != null ? "" : key(deployment));
        }

        /** The controls the earlier run did not evaluate for {@code deployment}, which it can know no finding of. */
        Set<String> notEvaluated(Path deployment) {
            return notEvaluated.getOrDefault(single != null ? "" : key(deployment), Set.of());
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

    /** How many times its input's size a report may be: the finding-heavy 100,000 agents write about 7 times theirs. */
    private static final long REPORT_PER_INPUT = 16;

    private static CheckException tooLarge(Path file, long most) {
        return new CheckException(file + ": is larger than " + most / (1024 * 1024) + " MiB, more than the report of a deployment"
                + " within --max-input-mb could be; raise --max-input-mb if it is one");
    }

    /**
     * Whether {@code file} is the pipe a shell's process substitution names ({@code --baseline <(...)}:
     * {@code /dev/fd/N}), whose writer is running. A named pipe in the file system may have none, and
     * reading it would wait forever.
     */
    private static boolean substitutedPipe(Path file) {
        String name = file.toString();
        if (!name.startsWith("/dev/fd/") && !name.startsWith("/proc/self/fd/")) {
            return false;
        }
        try {
            return (((Integer) Files.getAttribute(file, "unix:mode")) & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** How a deployment's path is compared: {@code deployments/./a.yaml} and {@code deployments/a.yaml} are one. */
    private static String key(Path deployment) {
        return deployment.normalize().toString();
    }

    /**
     * Reads the baseline {@code file}: a regular file or a shell's pipe ({@code --baseline <(...)}),
     * as large as {@link #REPORT_PER_INPUT} times the input limit (and no more than one array holds) (a report of findings outgrows the
     * deployment it is about: 1.1 GB of JSON for 163 MB of YAML), so that a device or a huge file
     * is refused rather than read until memory runs out.
     */
    static Read read(Path file, long maxInputBytes) throws CheckException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new CheckException(file + ": is a directory; give the JSON an earlier check wrote");
            }
            if (Files.exists(file) && !Files.isRegularFile(file) && !substitutedPipe(file)) {
                throw new CheckException(file + ": is not a regular file (a device, a named pipe or a socket); give the JSON an earlier"
                        + " check wrote");
            }
            // As much as one array holds: a larger report could not be read whole anyway.
            long most = Math.min(maxInputBytes * REPORT_PER_INPUT, Integer.MAX_VALUE - 9L);
            if (Files.isRegularFile(file) && Files.size(file) > most) {
                throw tooLarge(file, most); // said before a byte is read
            }
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) most + 1);
            }
            if (bytes.length > most) {
                throw tooLarge(file, most);
            }
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
            String name = root.at("/deployment/name").isTextual() ? SecretMasker.maskQuoted(root.at("/deployment/name").asText()) : null;
            Set<String> notEvaluated = new TreeSet<>();
            for (JsonNode control : root.path("controls")) {
                if (control.path("status").asText().equals(ControlStatus.NOT_EVALUATED.label())) {
                    notEvaluated.add(control.path("id").asText());
                }
            }
            Map<String, Set<String>> waivers = new HashMap<>();
            if (root.path("waivers").isArray()) {
                waivers.put("", waivers(root.get("waivers")));
            }
            String catalog = root.at("/catalog/version").isTextual() ? SecretMasker.maskQuoted(root.at("/catalog/version").asText()) : null;
            return new Read(asOf(root), catalog, findings(file, bytes, root.get("findings"), "/findings"), name, null, Map.of("", notEvaluated),
                    waivers, input);
        }
        if (root != null && root.path("schemaVersion").asInt() == 1 && root.path("deployments").isArray()) {
            Map<String, List<Baseline.PreviousFinding>> byDeployment = new HashMap<>();
            Map<String, Set<String>> notEvaluated = new HashMap<>();
            Map<String, Set<String>> waivers = new HashMap<>();
            JsonNode deployments = root.get("deployments");
            for (int i = 0; i < deployments.size(); i++) {
                JsonNode deployment = deployments.get(i);
                if (deployment.path("findings").isArray()) {
                    String key;
                    try {
                        key = key(Path.of(deployment.path("file").asText()));
                    } catch (InvalidPathException e) {
                        throw new CheckException(located(file, bytes, "/deployments/" + i + "/file")
                                + ": a deployment's file is no path this system can name; was it written by 'oversight check'?");
                    }
                    byDeployment.put(key, findings(file, bytes, deployment.get("findings"), "/deployments/" + i + "/findings"));
                    Set<String> controls = new TreeSet<>();
                    deployment.path("controlsNotEvaluated").forEach(c -> controls.add(c.asText()));
                    notEvaluated.put(key, controls);
                    if (deployment.path("waivers").isArray()) {
                        waivers.put(key, waivers(deployment.get("waivers")));
                    }
                }
            }
            return new Read(asOf(root), null, null, null, byDeployment, notEvaluated, waivers, input);
        }
        throw new CheckException(file + ": not a JSON output of 'oversight check --format json' (schemaVersion 1 with findings)"
                + " nor the oversight-run.json of a run of several deployments");
    }

    /**
     * The findings of {@code array}, which stands at {@code pointer} in the file. A finding without
     * a fingerprint, or without a severity the JSON output writes, is refused where it stands: a
     * finding of no known severity could not tell a gap that became more severe from a known one.
     */
    private static List<Baseline.PreviousFinding> findings(Path file, byte[] bytes, JsonNode array, String pointer) throws CheckException {
        List<Baseline.PreviousFinding> findings = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode f = array.get(i);
            String at = pointer + "/" + i;
            String fingerprint = f.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new CheckException(located(file, bytes, at) + ": a finding has no fingerprint; was it written by 'oversight check --format json'?");
            }
            JsonNode word = f.path("severity");
            if (!word.isTextual()) {
                throw new CheckException(located(file, bytes, word.isMissingNode() ? at : at + "/severity") + ": finding " + fingerprint
                        + " has no severity (critical, high, medium or low); was it written by 'oversight check --format json'?");
            }
            Severity severity = Severity.ofLabel(word.asText()).orElseThrow(() -> new CheckException(located(file, bytes, at + "/severity")
                    + ": finding " + (FINGERPRINT.matcher(fingerprint).matches() ? fingerprint : SecretMasker.maskQuoted(fingerprint)) + " has severity '" + SecretMasker.maskQuoted(word.asText()) + "', which is none of critical, high, medium or low"
                    + " (written in lower case, as 'oversight check --format json' writes them)"));
            findings.add(new Baseline.PreviousFinding(fingerprint, f.path("control").asText(), severity,
                    f.at("/subject/kind").asText() + ":" + f.at("/subject/id").asText(), f.path("message").asText(), items(file, bytes, f, at),
                    !f.path("items").isMissingNode(), f.path("waived").asBoolean(false)));
        }
        return findings;
    }

    /**
     * The waivers a report lists as active, by {@link Waiver#key()}: a void one accepted nothing. An
     * entry not as a report writes it is left out: only a waiver the earlier run surely had in force
     * is older than a finding.
     */
    private static Set<String> waivers(JsonNode list) {
        Set<String> keys = new HashSet<>();
        for (JsonNode w : list) {
            if (w.path("status").asText().equals(WaiverState.ACTIVE.label())) {
                try {
                    keys.add(Waiver.key(w.path("control").asText(), w.path("agent").isTextual() ? w.path("agent").asText() : null,
                            w.path("approvedBy").asText(), LocalDate.parse(w.path("expires").asText())));
                } catch (DateTimeParseException e) {
                    // not a date a report writes: not a waiver this file can vouch for
                }
            }
        }
        return keys;
    }

    /** A finding's items: none in an output written before findings listed them; a list of words otherwise. */
    private static List<String> items(Path file, byte[] bytes, JsonNode finding, String at) throws CheckException {
        JsonNode items = finding.path("items");
        if (items.isMissingNode()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            words.add(item.isTextual() ? item.asText() : null);
        }
        if (!items.isArray() || words.contains(null)) {
            throw new CheckException(located(file, bytes, at + "/items") + ": a finding's items are not a list of words;"
                    + " was it written by 'oversight check --format json'?");
        }
        return words;
    }

    /**
     * {@code file:line:column} of the value at {@code pointer}, read again token by token: the tree
     * keeps no positions, and only a refused file pays for this second reading.
     */
    private static String located(Path file, byte[] bytes, String pointer) {
        JsonPointer target = JsonPointer.compile(pointer);
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation at = parser.currentTokenLocation();
                    return file + ":" + at.getLineNr() + ":" + at.getColumnNr();
                }
            }
        } catch (IOException e) {
            // The tree was read from these bytes, so they parse; were they not, the file alone still names the input.
        }
        return file.toString();
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
