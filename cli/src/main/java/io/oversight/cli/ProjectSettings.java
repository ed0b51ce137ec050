package io.oversight.cli;

import io.oversight.catalog.Severity;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.read.SettingsFileReader;
import io.oversight.report.RenderOptions;
import io.oversight.report.Renderers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The check's defaults a project keeps beside its deployments. The command line wins; then an
 * {@code OVERSIGHT_*} variable; then {@code .oversight.yaml}, the first found from the working
 * directory up to the repository's root (the first folder holding {@code .git}) or the file
 * {@code OVERSIGHT_CONFIG} names; then the option's own default. Picocli asks this provider for
 * every option the command line left out. The file is read on the first question and checked
 * like a deployment; a broken file or variable is kept and reported by {@link #requireValid()},
 * since picocli cannot report a provider's failure as a user error.
 */
final class ProjectSettings implements CommandLine.IDefaultValueProvider {

    static final String FILE_NAME = ".oversight.yaml";
    static final String CONFIG_VARIABLE = "OVERSIGHT_CONFIG";
    /**
     * {@code OVERSIGHT_CONFIG=none}: no file is read. A pull request may add or change
     * {@code .oversight.yaml} (a framework of two controls, a baseline or waivers of its own, rules
     * that run in CI), so a job that gates it must be able to take no setting from it.
     */
    static final String NONE = "none";

    /** What a setting's value must be. */
    enum Kind { SEVERITY, FORMATS, PATH, WORD, BOOLEAN, PAPER }

    /** Every setting: its key in the file is the option's long name without the dashes; its variable is OVERSIGHT_ and the key in capitals. */
    enum Key {
        FAIL_ON("fail-on", Kind.SEVERITY),
        FORMAT("format", Kind.FORMATS),
        OUTPUT_DIR("output-dir", Kind.PATH),
        WAIVERS("waivers", Kind.PATH),
        RULES("rules", Kind.PATH),
        FRAMEWORK("framework", Kind.WORD),
        BASELINE("baseline", Kind.PATH),
        FAIL_ON_NEW("fail-on-new", Kind.BOOLEAN),
        PAPER("paper", Kind.PAPER);

        final String key;
        final Kind kind;

        Key(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        String option() {
            return "--" + key;
        }

        String variable() {
            return "OVERSIGHT_" + name();
        }

        static Optional<Key> ofOption(String option) {
            // A loop, not a stream: a lambda here crashes JDK 17.0.15 when it is loaded from the launcher's dynamic CDS archive.
            for (Key key : values()) {
                if (key.option().equals(option)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }
    }

    /** A value and who set it: a variable's name, or the file's location of the value. */
    record Value(String text, String origin) {
    }

    private final Map<String, String> environment;
    private final Path workingDirectory;
    /** The settings file read, once read; null before, or when there is none. */
    private Path read;
    private Map<Key, Value> values;
    private Exception failure;

    ProjectSettings(Map<String, String> environment, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        return Key.ofOption(option.longestName()).map(k -> values().get(k)).map(Value::text).orElse(null);
    }

    /** Throws the problems of the settings file or variables, if any. */
    void requireValid() throws InvalidInputException, UserError {
        values();
        if (failure instanceof InvalidInputException invalid) {
            throw invalid;
        }
        if (failure instanceof UserError error) {
            throw error;
        }
    }

    /** The settings file read, if one was: an input of the check's reports like the files it names. */
    Optional<Path> fileRead() {
        values();
        return Optional.ofNullable(read);
    }

    /** " (set by ...)" for an option that came from a variable or the file, to explain an error it causes; else "". */
    String origin(String option) {
        return Key.ofOption(option).map(k -> values().get(k)).map(v -> " (set by " + v.origin() + ")").orElse("");
    }

    private Map<Key, Value> values() {
        if (values == null) {
            values = new EnumMap<>(Key.class);
            try {
                Optional<Path> file = file();
                if (file.isPresent()) {
                    values.putAll(fromFile(file.get()));
                    read = file.get();
                }
                values.putAll(fromEnvironment());
            } catch (InvalidInputException | UserError e) {
                values.clear();
                failure = e;
            }
        }
        return values;
    }

    private Optional<Path> file() throws UserError {
        String named = environment.getOrDefault(CONFIG_VARIABLE, "");
        if (named.equals(NONE)) {
            return Optional.empty();
        }
        if (!named.isEmpty()) {
            Path file = workingDirectory.resolve(named);
            if (!Files.isRegularFile(file)) {
                throw new UserError(CONFIG_VARIABLE + " names " + named + ", which is not a file");
            }
            return Optional.of(file);
        }
        return find(workingDirectory);
    }

    /**
     * A variable a letter or two from one Oversight reads ({@code OVERSIGHT_FAILON},
     * {@code OVERSIGHT_CONFIGS=none}) is refused: ignored, it had left the check at its defaults, a
     * pull request's settings file read, without a word (red team). Other {@code OVERSIGHT_*} names
     * may be a workflow's own and are left alone.
     */
    private void refuseMisspeltVariables() throws UserError {
        Set<String> known = new TreeSet<>(List.of(CONFIG_VARIABLE, JAVA_OPTIONS_VARIABLE));
        for (Key key : Key.values()) {
            known.add(key.variable());
        }
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith("OVERSIGHT_") && !known.contains(name)) {
                Optional<String> meant = Suggestions.misspelt(name, known);
                if (meant.isPresent()) {
                    throw new UserError(name + " is not a variable Oversight reads (did you mean " + meant.get()
                            + "?); set that one, or unset " + name);
                }
            }
        }
    }

    /**
     * The first {@code .oversight.yaml} from {@code start} up to the repository's root; outside any
     * repository, only the one in {@code start} itself. A folder above the project (a shared
     * {@code /tmp}, another user's home) is no one's to configure this check from: a file two folders
     * up had set fail-on: critical and rules of its own, unseen.
     */
    static Optional<Path> find(Path start) {
        Path first = start.toAbsolutePath().normalize();
        Path found = null;
        for (Path dir = first; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (found == null && Files.isRegularFile(candidate)) {
                found = candidate;
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.ofNullable(found);
            }
        }
        Path own = first.resolve(FILE_NAME);
        return Files.isRegularFile(own) ? Optional.of(own) : Optional.empty();
    }

    private static Map<Key, Value> fromFile(Path file) throws InvalidInputException {
        Map<String, Key> byKey = Arrays.stream(Key.values()).collect(Collectors.toMap(k -> k.key, k -> k));
        Set<String> lists = Arrays.stream(Key.values()).filter(k -> k.kind == Kind.FORMATS).map(k -> k.key).collect(Collectors.toSet());
        Map<Key, Value> values = new EnumMap<>(Key.class);
        for (SettingsFileReader.Setting setting : SettingsFileReader.read(file, byKey.keySet(), lists, (key, value) -> wrong(byKey.get(key), value))) {
            Key key = byKey.get(setting.key());
            String at = file + ":" + setting.position().line() + ":" + setting.position().column();
            if (key.kind == Kind.PATH) {
                // A path in the file means the same wherever the check is run from.
                values.put(key, new Value(file.getParent().resolve(setting.value()).normalize().toString(), at));
            } else {
                values.put(key, new Value(String.join(",", setting.values()), at));
            }
        }
        return values;
    }

    /** The launcher's own variable, which the JVM's options come from. */
    private static final String JAVA_OPTIONS_VARIABLE = "OVERSIGHT_JAVA_OPTS";

    private Map<Key, Value> fromEnvironment() throws UserError {
        refuseMisspeltVariables();
        Map<Key, Value> values = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            String text = environment.getOrDefault(key.variable(), "");
            if (text.isEmpty()) {
                continue;
            }
            List<String> items = key.kind == Kind.FORMATS ? List.of(text.split(",")) : List.of(text);
            for (String item : items) {
                Optional<String> wrong = wrong(key, item);
                if (wrong.isPresent()) {
                    throw new UserError(key.variable() + ": " + wrong.get());
                }
            }
            values.put(key, new Value(text, key.variable()));
        }
        return values;
    }

    /** What is wrong with {@code value} for {@code key}, if anything. */
    private static Optional<String> wrong(Key key, String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        return switch (key.kind) {
            case SEVERITY -> wrongSeverity(value);
            case FORMATS -> Renderers.byName(value.strip()).isPresent() ? Optional.empty()
                    : Optional.of("unknown format '" + value + "'" + Suggestions.didYouMean(value.strip(), Renderers.names())
                            + "; expected one of: " + String.join(", ", Renderers.names()));
            case PAPER -> Arrays.stream(RenderOptions.Paper.values()).anyMatch(p -> p.label().equals(word)) ? Optional.empty()
                    : Optional.of("unknown paper size '" + value + "'; expected a4 or letter");
            case BOOLEAN -> word.equals("true") || word.equals("false") ? Optional.empty()
                    : Optional.of("'" + key.key + "' is true or false, not '" + value + "'");
            case PATH, WORD -> value.isBlank() ? Optional.of("'" + key.key + "' needs a value") : Optional.empty();
        };
    }

    /** What is wrong with {@code value} as a severity, if anything: the words --fail-on and its settings share. */
    static Optional<String> wrongSeverity(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        return Severity.ofLabel(word).isPresent() ? Optional.empty()
                : Optional.of("unknown severity '" + value + "'" + Suggestions.didYouMean(word, labels(Severity.values()))
                        + "; expected critical, high, medium or low");
    }

    private static List<String> labels(Severity[] severities) {
        return Arrays.stream(severities).map(Severity::label).toList();
    }
}
