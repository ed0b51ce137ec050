package io.oversight.deployment.read;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.model.AgentRuntime;
import io.oversight.deployment.runtime.AgentIdentities;
import io.oversight.deployment.runtime.AgentTools;
import io.oversight.deployment.runtime.ClaudeCodeScopes;
import io.oversight.deployment.runtime.ClaudeCodeSkills;
import io.oversight.deployment.runtime.RuntimeConfiguration;
import io.oversight.deployment.runtime.RuntimeKind;
import io.oversight.deployment.runtime.RuntimeReaders;
import io.oversight.deployment.runtime.RuntimeRule;
import io.oversight.deployment.yaml.YMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the runtime configurations agents name ({@code agents[].runtime}), each file once however
 * many agents name it, from inside the import root like every other import. Problems in a file are
 * reported in it, at {@code file:line:column}; problems of the reference at the key that makes it.
 * Claude Code's project settings are read with the other file of their pair ({@link ClaudeCodeScopes}).
 */
final class RuntimeImporter {

    private final ImportedFiles files;
    private final RuntimeReaders readers;
    private final InputLimits limits;
    private final Problems problems;
    private final Map<String, Optional<List<RuntimeConfiguration>>> read = new HashMap<>();

    RuntimeImporter(ImportedFiles files, InputLimits limits, Problems problems) {
        this.files = files;
        this.readers = new RuntimeReaders(limits);
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * The configuration of agent {@code agentId} in the file {@code written} names, read as {@code kind};
     * null when it cannot be read or the file configures no agent of that {@code name} (reported).
     * A file that configures several agents (kagent manifests, a CloudFormation template) needs the name.
     */
    AgentRuntime runtime(String agentId, String path, RuntimeKind kind, String written, Position at, String name, Position nameAt) {
        String file = files.nameOf(written);
        Optional<List<RuntimeConfiguration>> configurations = read.get(file + "\u0000" + kind.word());
        if (configurations == null) {
            String sibling = kind == RuntimeKind.CLAUDE_CODE ? ClaudeCodeScopes.sibling(written) : null;
            // Claude Code applies the project's shared and local settings together, whichever of them is named.
            configurations = sibling != null && Files.isRegularFile(Path.of(files.nameOf(sibling)))
                    ? readPair(written, sibling, at) : readFile(kind, written, at);
            if (kind == RuntimeKind.CLAUDE_CODE) {
                configurations = configurations.flatMap(read -> withSkills(read.get(0), written, at)).map(List::of);
            }
            read.put(file + "\u0000" + kind.word(), configurations);
        }
        return configurations.map(all -> select(agentId, path, all, at, name, nameAt)).orElse(null);
    }

    /** The agents the file {@code written} names configures; empty when it cannot be read (reported). */
    private Optional<List<RuntimeConfiguration>> readFile(RuntimeKind kind, String written, Position at) {
        return files.text(written, at, kind.description()).flatMap(text -> {
            try {
                List<RuntimeConfiguration> all = readers.read(kind, text.name(), text.text());
                files.accept(text, new YMap(Position.START, new LinkedHashMap<>()));
                return Optional.of(all);
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                return Optional.empty();
            }
        });
    }

    /** Claude Code's settings {@code written} names, applied with {@code sibling}'s; empty when either cannot be read (reported). */
    private Optional<List<RuntimeConfiguration>> readPair(String written, String sibling, Position at) {
        String description = RuntimeKind.CLAUDE_CODE.description();
        Optional<ImportedFiles.Text> named = files.text(written, at, description);
        Optional<ImportedFiles.Text> other = files.text(sibling, at, description);
        if (named.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        try {
            RuntimeConfiguration both = readers.readClaudeCodePair(named.get().name(), named.get().text(), other.get().name(), other.get().text());
            files.accept(named.get(), new YMap(Position.START, new LinkedHashMap<>()));
            files.accept(other.get(), new YMap(Position.START, new LinkedHashMap<>()));
            return Optional.of(List.of(both));
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    /**
     * {@code settings} with the tools the project's skills and custom commands pre-approve
     * ({@link ClaudeCodeSkills}), read from the settings' own {@code .claude} folder:
     * {@code skills/NAME/SKILL.md} and every {@code .md} under {@code commands/}. Other markdown is
     * not read. Empty when one of them cannot be read (reported); settings outside a {@code .claude}
     * folder (managed settings) have none.
     */
    private Optional<RuntimeConfiguration> withSkills(RuntimeConfiguration settings, String written, Position at) {
        Path folder = Path.of(written).getParent();
        if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(".claude")) {
            return Optional.of(settings);
        }
        List<String> markdown = new ArrayList<>();
        try {
            Path skills = Path.of(files.nameOf(folder.resolve("skills").toString()));
            if (Files.isDirectory(skills)) {
                try (Stream<Path> each = Files.list(skills)) {
                    each.map(p -> p.getFileName().toString()).sorted()
                            .map(name -> folder.resolve("skills").resolve(name).resolve("SKILL.md").toString())
                            .filter(skill -> Files.isRegularFile(Path.of(files.nameOf(skill))))
                            .forEach(markdown::add);
                }
            }
            Path commands = Path.of(files.nameOf(folder.resolve("commands").toString()));
            if (Files.isDirectory(commands)) {
                try (Stream<Path> each = Files.walk(commands)) {
                    each.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                            .map(p -> folder.resolve("commands").resolve(commands.relativize(p)).toString()).sorted()
                            .forEach(markdown::add);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(at, "the skills and commands beside " + files.nameOf(written) + " cannot be listed: " + e.getMessage());
            return Optional.empty();
        }
        List<RuntimeRule> rules = new ArrayList<>();
        boolean readable = true;
        for (String file : markdown) {
            Optional<ImportedFiles.Text> text = files.text(file, at, "a Claude Code skill or command (markdown)");
            if (text.isEmpty()) {
                readable = false;
                continue;
            }
            try {
                rules.addAll(ClaudeCodeSkills.allowedTools(text.get().name(), text.get().text(), limits));
                files.accept(text.get(), new YMap(Position.START, new LinkedHashMap<>()));
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                readable = false;
            }
        }
        return readable ? Optional.of(ClaudeCodeSkills.with(settings, rules)) : Optional.empty();
    }

    private AgentRuntime select(String agentId, String path, List<RuntimeConfiguration> all, Position at, String name, Position nameAt) {
        List<String> names = all.stream().map(RuntimeConfiguration::name).filter(n -> n != null).toList();
        RuntimeConfiguration chosen;
        if (name == null) {
            if (all.size() != 1) {
                problems.add(at, all.isEmpty() ? "the file configures no agent" : "the file configures " + all.size() + " agents ("
                        + String.join(", ", names) + "); name the one this agent runs as with 'name'");
                return null;
            }
            chosen = all.get(0);
        } else {
            chosen = all.stream().filter(c -> name.equals(c.name())).findFirst().orElse(null);
            if (chosen == null) {
                problems.add(nameAt, names.isEmpty() ? "this kind of file configures one agent, which has no name; remove 'name'"
                        : "the file configures no agent named '" + name + "'" + Suggestions.didYouMean(name, names)
                        + "; it configures: " + String.join(", ", names));
                return null;
            }
        }
        return new AgentRuntime(agentId, path, chosen.kind().word(), chosen.file(), chosen.name(), AgentTools.of(agentId, chosen),
                AgentIdentities.delegates(chosen), AgentIdentities.principal(chosen), AgentIdentities.personCredentials(chosen));
    }
}
