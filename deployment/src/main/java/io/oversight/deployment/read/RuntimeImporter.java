package io.oversight.deployment.read;

import io.oversight.deployment.FileNameCharset;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.IoReasons;
import io.oversight.deployment.Position;
import io.oversight.deployment.Suggestions;
import io.oversight.deployment.model.AgentRuntime;
import io.oversight.deployment.runtime.AgentIdentities;
import io.oversight.deployment.runtime.AgentTools;
import io.oversight.deployment.runtime.ClaudeCodeMarkdown;
import io.oversight.deployment.runtime.ClaudeCodeProjectServers;
import io.oversight.deployment.runtime.ClaudeCodeScopes;
import io.oversight.deployment.runtime.ClaudeCodeSkills;
import io.oversight.deployment.runtime.ClaudeCodeSubagents;
import io.oversight.deployment.runtime.CodexRules;
import io.oversight.deployment.runtime.Decision;
import io.oversight.deployment.runtime.RuntimeConfiguration;
import io.oversight.deployment.runtime.RuntimeKind;
import io.oversight.deployment.runtime.RuntimeReaders;
import io.oversight.deployment.runtime.RuntimeRule;
import io.oversight.deployment.yaml.YMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the runtime configurations agents name ({@code agents[].runtime}), each file once however
 * many agents name it, from inside the import root like every other import. Problems in a file are
 * reported in it, at {@code file:line:column}; problems of the reference at the key that makes it.
 * Claude Code's project settings are read with the other file of their pair ({@link ClaudeCodeScopes}) and the
 * project's .mcp.json ({@link ClaudeCodeProjectServers}).
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
            try {
                configurations = kind == RuntimeKind.CLAUDE_CODE ? readClaudeCode(written, at) : readFile(kind, written, at);
            } catch (InvalidPathException e) {
                // A name found in a folder beside the file, in characters the locale cannot decode: not shown, since it cannot be.
                problems.add(at, "a file the runtime reads beside " + written + " cannot be read by its name: " + FileNameCharset.advice());
                configurations = Optional.empty();
            }
            read.put(file + "\u0000" + kind.word(), configurations);
        }
        return configurations.map(all -> select(agentId, path, all, at, name, nameAt)).orElse(null);
    }

    /**
     * The agents the file {@code written} names configures, with the rules and hooks Codex reads
     * beside a config.toml; empty when one of the files cannot be read (reported).
     */
    private Optional<List<RuntimeConfiguration>> readFile(RuntimeKind kind, String written, Position at) {
        boolean codex = kind == RuntimeKind.CODEX;
        Optional<List<RuntimeRule>> rules = codex ? codexRules(written, at) : Optional.of(List.of());
        Optional<List<RuntimeRule>> hooks = codex ? codexHooks(written, at) : Optional.of(List.of());
        Optional<List<ImportedFiles.Text>> profiles = codex ? codexProfiles(written, at) : Optional.of(List.of());
        Optional<ImportedFiles.Text> base = files.text(written, at, kind.description());
        Optional<List<RuntimeConfiguration>> read = base.flatMap(text -> {
            try {
                List<RuntimeConfiguration> all = codex ? readers.readCodex(text.name(), text.text(), rules.orElse(List.of()), hooks.orElse(List.of()))
                        : readers.read(kind, text.name(), text.text());
                files.accept(text, new YMap(Position.START, new LinkedHashMap<>()));
                return Optional.of(all);
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                return Optional.empty();
            }
        });
        if (kind == RuntimeKind.MCP_CLIENT && read.isPresent()) {
            Optional<List<RuntimeRule>> beside = mcpClientBeside(written, base.get(), at);
            if (beside.isEmpty()) {
                return Optional.empty();
            }
            read = read.map(all -> all.stream().map(c -> c.plusRules(beside.get())).toList());
        }
        boolean readable = true;
        // A profile is laid over the configuration it sits beside: read only when that could be read.
        for (ImportedFiles.Text profile : read.isPresent() ? profiles.orElse(List.of()) : List.<ImportedFiles.Text>of()) {
            try {
                String name = Path.of(profile.name()).getFileName().toString();
                RuntimeConfiguration layer = readers.readCodexProfile(profile.name(), profile.text(), base.get().name(), base.get().text(),
                        hooks.orElse(List.of()));
                read = read.map(all -> all.stream().map(c -> c.plusProfileFile(name.substring(0, name.length() - ".config.toml".length()),
                        profile.name(), layer)).toList());
                files.accept(profile, new YMap(Position.START, new LinkedHashMap<>()));
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                readable = false;
            }
        }
        return rules.isEmpty() || hooks.isEmpty() || profiles.isEmpty() || !readable ? Optional.empty() : read;
    }

    /**
     * The rules of the files an MCP client reads beside the one {@code written} names, each cited in
     * its own file: beside Gemini CLI's {@code .gemini/settings.json} the policy files of the
     * {@code policies} folder and of the paths its {@code policyPaths} and {@code adminPolicyPaths}
     * name (relative to the project, the folder above {@code .gemini}), and so beside the system's
     * {@code gemini-cli/settings.json}; beside VS Code's {@code .vscode/mcp.json} or a user profile's
     * {@code User/mcp.json} its {@code settings.json}; beside Cursor's {@code .cursor/mcp.json} its
     * {@code permissions.json}, {@code cli.json} (a project's) and {@code cli-config.json} (the CLI's, in {@code ~/.cursor}); beside Kiro's {@code .kiro/settings/mcp.json} its
     * {@code permissions.yaml}, and beside an agent of {@code .kiro/agents} the allows of
     * {@code .kiro/settings/permissions.yaml}. Empty when one cannot be read (reported).
     */
    private Optional<List<RuntimeRule>> mcpClientBeside(String written, ImportedFiles.Text configuration, Position at) {
        Path named = Path.of(written).normalize();
        Path folder = named.getParent() == null ? Path.of("") : named.getParent();
        String name = named.getFileName() == null ? "" : named.getFileName().toString();
        String in = folder.getFileName() == null ? "" : folder.getFileName().toString();
        List<String> beside = new ArrayList<>();
        // A project's or the user's .gemini, or the system's gemini-cli folder (/etc/gemini-cli), whose policies are the admin's.
        if (name.equals("settings.json") && (in.equals(".gemini") || in.equals("gemini-cli"))) {
            Optional<List<String>> policies = listed(folder.resolve("policies"), file -> file.endsWith(".toml"),
                    "the Gemini CLI policies beside " + files.nameOf(written), at);
            if (policies.isEmpty()) {
                return Optional.empty();
            }
            beside.addAll(policies.get());
            Optional<List<String>> more = policyPaths(configuration, folder.getParent() == null ? Path.of("") : folder.getParent(), at);
            if (more.isEmpty()) {
                return Optional.empty();
            }
            beside.addAll(more.get());
        } else if (name.equals("mcp.json")) {
            boolean kiro = in.equals("settings") && folder.getParent() != null && folder.getParent().getFileName() != null
                    && folder.getParent().getFileName().toString().equals(".kiro");
            List<String> names = switch (in) {
                case ".vscode", "User" -> List.of("settings.json"); // a workspace's, or the user profile's (Code/User)
                case ".cursor" -> List.of("permissions.json", "cli.json", "cli-config.json");
                default -> kiro ? List.of("permissions.yaml") : List.of();
            };
            names.stream().map(file -> folder.resolve(file).toString()).filter(file -> present(Path.of(files.nameOf(file))))
                    .forEach(beside::add);
        }
        // Beside Kiro's mcp.json as beside an agent: Kiro reads the user's permissions.yaml, not a project's, and which this
        // .kiro is no path tells, so only its allows are read, which err toward showing.
        boolean kiroSettings = name.equals("mcp.json") && in.equals("settings");
        Optional<List<RuntimeRule>> rules = rulesOf(beside, "a file " + files.nameOf(written) + " is read with", at, readers::readMcpClientBeside)
                .map(read -> read.stream().filter(r -> !kiroSettings || r.decision() == Decision.ALLOW || r.file() == null
                        || !r.file().endsWith("permissions.yaml")).toList());
        Path kiro = folder.getParent();
        if (rules.isEmpty() || !in.equals("agents") || kiro == null || kiro.getFileName() == null || !kiro.getFileName().toString().equals(".kiro")) {
            return rules;
        }
        // A Kiro agent: the user's permissions.yaml applies to every agent, but whether this .kiro is the user's or a
        // project's (whose file Kiro does not read) no path tells, so only its allows are read, which err toward showing.
        String permissions = kiro.resolve("settings").resolve("permissions.yaml").toString();
        if (!present(Path.of(files.nameOf(permissions)))) {
            return rules;
        }
        return rulesOf(List.of(permissions), "Kiro permissions (permissions.yaml)", at, readers::readMcpClientBeside).map(user -> {
            List<RuntimeRule> all = new ArrayList<>(rules.get());
            user.stream().filter(rule -> rule.decision() == Decision.ALLOW).forEach(all::add);
            return all;
        });
    }

    /** How the rules of one file a runtime reads beside its configuration are read. */
    @FunctionalInterface
    private interface RulesReader {
        List<RuntimeRule> read(String file, String text) throws InvalidInputException;
    }

    /**
     * The rules of each of the files {@code names}, read as {@code description} by {@code reader};
     * empty when one cannot be read (every one's problems reported).
     */
    private Optional<List<RuntimeRule>> rulesOf(List<String> names, String description, Position at, RulesReader reader) {
        List<RuntimeRule> rules = new ArrayList<>();
        boolean readable = true;
        for (String name : names) {
            Optional<ImportedFiles.Text> text = files.text(name, at, description);
            if (text.isEmpty()) {
                readable = false;
                continue;
            }
            try {
                rules.addAll(reader.read(text.get().name(), text.get().text()));
                files.accept(text.get(), new YMap(Position.START, new LinkedHashMap<>()));
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                readable = false;
            }
        }
        return readable ? Optional.of(rules) : Optional.empty();
    }

    /** The policy files Gemini's settings name by {@code policyPaths} and {@code adminPolicyPaths}: each a file, or a folder of them. */
    private Optional<List<String>> policyPaths(ImportedFiles.Text settings, Path project, Position at) {
        List<String> paths;
        try {
            paths = readers.readGeminiPolicyPaths(settings.name(), settings.text());
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            if (path.startsWith("~") || Path.of(path).isAbsolute()) {
                // Gemini expands '~' to the home of whoever runs it, and reads an absolute path on that machine: no file here shows either.
                problems.add(at, "the Gemini CLI settings " + settings.name() + " name policies in a home folder or at an absolute path"
                        + " (policyPaths), which Oversight cannot read from here: name them relative to the project, or point the runtime at"
                        + " the settings beside them");
                return Optional.empty();
            }
            String written = project.resolve(path).normalize().toString();
            Path real = Path.of(files.nameOf(written));
            if (Files.isDirectory(real)) {
                Optional<List<String>> listed = listed(Path.of(written), file -> file.endsWith(".toml"), "the Gemini CLI policies in " + written, at);
                if (listed.isEmpty()) {
                    return Optional.empty();
                }
                found.addAll(listed.get());
            } else if (written.endsWith(".toml") && present(real)) {
                found.add(written);
            }
            // Gemini reads no policy from a path that is not there or a file that is not .toml.
        }
        return Optional.of(found);
    }

    /**
     * The regular files in {@code folder} whose names {@code named} accepts, as written beside the
     * deployment's reference, in order; none when there is no such folder, empty when it cannot be
     * listed ({@code what}, reported at {@code at}).
     */
    private Optional<List<String>> listed(Path folder, java.util.function.Predicate<String> named, String what, Position at) {
        Path written = folder.toString().isEmpty() ? Path.of(".") : folder;
        try (Stream<Path> each = Files.list(Path.of(files.nameOf(written.toString())))) {
            return Optional.of(each.filter(p -> named.test(p.getFileName().toString()) && present(p))
                    .map(p -> folder.resolve(p.getFileName()).toString()).sorted().toList());
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            return Optional.of(List.of());
        } catch (IOException e) {
            problems.add(at, what + " cannot be listed: " + IoReasons.about(e));
            return Optional.empty();
        }
    }

    /**
     * The profile files beside a Codex {@code config.toml} ({@code NAME.config.toml}, which
     * {@code codex --profile NAME} lays over it), each a profile that can be chosen, with what it
     * adds; none beside a file of another name. Empty when one cannot be read (reported).
     */
    private Optional<List<ImportedFiles.Text>> codexProfiles(String written, Position at) {
        Optional<Path> folder = codexFolder(written);
        if (folder.isEmpty()) {
            return Optional.of(List.of());
        }
        return textsIn(folder.get(), name -> name.endsWith(".config.toml") && name.length() > ".config.toml".length(),
                "the Codex profiles beside " + files.nameOf(written), "a Codex profile (NAME.config.toml)", at);
    }

    /**
     * The folder of a Codex configuration, when {@code written} names its {@code config.toml}: the
     * files Codex reads beside one (rules, hooks, profiles) are read beside no file of another name.
     */
    private static Optional<Path> codexFolder(String written) {
        Path config = Path.of(written).normalize();
        if (config.getFileName() == null || !config.getFileName().toString().equals("config.toml")) {
            return Optional.empty();
        }
        return Optional.of(config.getParent() == null ? Path.of("") : config.getParent());
    }

    /**
     * The texts of the files {@link #listed} in {@code folder}, each read as {@code description};
     * empty when the folder cannot be listed or one of them cannot be read (reported).
     */
    private Optional<List<ImportedFiles.Text>> textsIn(Path folder, java.util.function.Predicate<String> named, String what,
                                                       String description, Position at) {
        Optional<List<String>> names = listed(folder, named, what, at);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<ImportedFiles.Text> texts = new ArrayList<>();
        for (String name : names.get()) {
            Optional<ImportedFiles.Text> text = files.text(name, at, description);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            texts.add(text.get());
        }
        return Optional.of(texts);
    }

    /**
     * The hooks of the {@code hooks.json} beside a Codex {@code config.toml}, which Codex reads with
     * each configuration folder, that may approve a prompt; none beside a file of another name.
     * Empty when it cannot be read (reported).
     */
    private Optional<List<RuntimeRule>> codexHooks(String written, Position at) {
        Optional<Path> folder = codexFolder(written);
        if (folder.isEmpty()) {
            return Optional.of(List.of());
        }
        String hooks = folder.get().resolve("hooks.json").toString();
        if (!present(Path.of(files.nameOf(hooks)))) {
            return Optional.of(List.of());
        }
        return rulesOf(List.of(hooks), "Codex hooks (hooks.json)", at, readers::readCodexHooks);
    }

    /**
     * The rules of every {@code .rules} file in the {@code rules} folder beside a Codex
     * {@code config.toml}, which Codex reads with each configuration folder (its home and a
     * project's {@code .codex}; {@link CodexRules}); none beside a file of another name, which is no
     * configuration folder of Codex's. Empty when one cannot be read (reported).
     */
    private Optional<List<RuntimeRule>> codexRules(String written, Position at) {
        Optional<Path> codex = codexFolder(written);
        if (codex.isEmpty()) {
            return Optional.of(List.of());
        }
        Optional<List<String>> names = listed(codex.get().resolve("rules"), name -> name.endsWith(".rules"),
                "the Codex rules beside " + files.nameOf(written), at);
        return names.flatMap(all -> rulesOf(all, "a Codex rules file", at, CodexRules::read));
    }

    /**
     * Claude Code's settings {@code written} names, applied with the other file of the project's
     * pair when it exists, as Claude Code applies the shared and local settings together whichever
     * is named, with what the project's markdown beside them adds and the servers of the project's
     * .mcp.json; empty when one of the files cannot be read (reported, every file's problems at once).
     */
    private Optional<List<RuntimeConfiguration>> readClaudeCode(String written, Position at) {
        String dropIns = ClaudeCodeScopes.dropInFolder(written);
        if (dropIns != null) {
            return readClaudeCodeManaged(written, dropIns, at); // managed settings have no project markdown
        }
        Optional<ClaudeCodeMarkdown> markdown = projectMarkdown(written, at);
        Optional<ClaudeCodeProjectServers> servers = projectServers(written, at);
        String sibling = ClaudeCodeScopes.sibling(written);
        boolean pair = sibling != null && present(Path.of(files.nameOf(sibling)));
        String description = RuntimeKind.CLAUDE_CODE.description();
        Optional<ImportedFiles.Text> named = files.text(written, at, description);
        Optional<ImportedFiles.Text> other = pair ? files.text(sibling, at, description) : Optional.empty();
        if (named.isEmpty() || pair && other.isEmpty()) {
            return Optional.empty();
        }
        try {
            ClaudeCodeMarkdown adds = markdown.orElse(ClaudeCodeMarkdown.NONE);
            RuntimeConfiguration settings = pair
                    ? readers.readClaudeCodePair(named.get().name(), named.get().text(), other.get().name(), other.get().text(), adds)
                    : readers.readClaudeCode(named.get().name(), named.get().text(), adds);
            files.accept(named.get(), new YMap(Position.START, new LinkedHashMap<>()));
            other.ifPresent(text -> files.accept(text, new YMap(Position.START, new LinkedHashMap<>())));
            return markdown.flatMap(read -> servers).map(project -> List.of(project.appliedTo(settings)));
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    /**
     * The servers of the project's {@code .mcp.json} beside the {@code .claude} folder of the
     * settings {@code written} names ({@link ClaudeCodeScopes#projectServers}), which Claude Code
     * reads with them; none when there is no such file, or the settings are no project's. Empty when
     * it cannot be read (reported).
     */
    private Optional<ClaudeCodeProjectServers> projectServers(String written, Position at) {
        String mcpJson = ClaudeCodeScopes.projectServers(written);
        if (mcpJson == null || !present(Path.of(files.nameOf(mcpJson)))) {
            return Optional.of(ClaudeCodeProjectServers.NONE);
        }
        return files.text(mcpJson, at, RuntimeKind.MCP_CLIENT.description()).flatMap(text -> {
            try {
                ClaudeCodeProjectServers servers = readers.readClaudeCodeProjectServers(text.name(), text.text());
                files.accept(text, new YMap(Position.START, new LinkedHashMap<>()));
                return Optional.of(servers);
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                return Optional.empty();
            }
        });
    }

    /**
     * Claude Code's managed settings {@code written} names, with the drop-ins of the folder
     * {@code dropIns} beside them ({@code *.json}, in name order), which Claude Code lays over them;
     * empty when one of the files cannot be read (reported, every file's problems at once).
     */
    private Optional<List<RuntimeConfiguration>> readClaudeCodeManaged(String written, String dropIns, Position at) {
        String description = RuntimeKind.CLAUDE_CODE.description();
        Optional<List<ImportedFiles.Text>> texts = textsIn(Path.of(dropIns), name -> name.endsWith(".json") && !name.startsWith("."),
                "the managed settings' drop-ins beside " + files.nameOf(written), description, at);
        Optional<ImportedFiles.Text> named = files.text(written, at, description);
        if (named.isEmpty() || texts.isEmpty()) {
            return Optional.empty();
        }
        try {
            RuntimeConfiguration settings = readers.readClaudeCodeManaged(new RuntimeReaders.SettingsText(named.get().name(), named.get().text()),
                    texts.get().stream().map(t -> new RuntimeReaders.SettingsText(t.name(), t.text())).toList());
            files.accept(named.get(), new YMap(Position.START, new LinkedHashMap<>()));
            texts.get().forEach(text -> files.accept(text, new YMap(Position.START, new LinkedHashMap<>())));
            return Optional.of(List.of(settings));
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    /**
     * What the project's markdown beside the settings {@code written} names adds, read from the
     * settings' own {@code .claude} folder: its skills ({@code skills/NAME/SKILL.md}), custom
     * commands (every {@code .md} under {@code commands/}) and subagents (every {@code .md} under
     * {@code agents/}; {@link ClaudeCodeSkills}, {@link ClaudeCodeSubagents}). Other markdown is not
     * read. Empty when one of them cannot be read (reported); settings outside a {@code .claude}
     * folder (managed settings) have none.
     */
    private Optional<ClaudeCodeMarkdown> projectMarkdown(String written, Position at) {
        Path folder = Path.of(written).normalize().getParent(); // '.claude/./settings.json' is in the .claude folder too
        if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(".claude")) {
            return Optional.of(ClaudeCodeMarkdown.NONE);
        }
        List<String> skills = new ArrayList<>();
        List<String> subagents = new ArrayList<>();
        try {
            skills.addAll(skillsIn(folder));
            for (Path nested : nestedClaudeFolders(folder)) {
                skills.addAll(skillsIn(nested));
            }
            skills.addAll(markdownUnder(folder, "commands"));
            subagents.addAll(markdownUnder(folder, "agents"));
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            problems.add(at, "the skills, commands and subagents beside " + files.nameOf(written) + " cannot be listed: "
                    + (cause instanceof FileSystemLoopException loop ? "the linked folder " + loop.getFile() + " leads back into a folder that holds it"
                    : cause instanceof IOException io ? IoReasons.about(io) : cause.getMessage()));
            return Optional.empty();
        }
        ClaudeCodeMarkdown adds = ClaudeCodeMarkdown.NONE;
        boolean readable = true;
        for (String file : skills) {
            Optional<ClaudeCodeMarkdown> read = readMarkdown(file, at, "a Claude Code skill or command (markdown)",
                    text -> ClaudeCodeSkills.read(text.name(), text.text(), limits));
            readable &= read.isPresent();
            adds = adds.plus(read.orElse(ClaudeCodeMarkdown.NONE));
        }
        for (String file : subagents) {
            Optional<ClaudeCodeMarkdown> read = readMarkdown(file, at, "a Claude Code subagent (markdown)",
                    text -> ClaudeCodeSubagents.read(text.name(), text.text(), limits));
            readable &= read.isPresent();
            adds = adds.plus(read.orElse(ClaudeCodeMarkdown.NONE));
        }
        return readable ? Optional.of(adds) : Optional.empty();
    }

    /** The skills of the {@code .claude} folder {@code folder} ({@code skills/NAME/SKILL.md}), in order of their names. */
    private List<String> skillsIn(Path folder) throws IOException {
        Path skillFolder = Path.of(files.nameOf(folder.resolve("skills").toString()));
        if (!Files.isDirectory(skillFolder)) {
            return List.of();
        }
        try (Stream<Path> each = Files.list(skillFolder)) {
            return each.map(p -> p.getFileName().toString()).sorted()
                    .map(name -> folder.resolve("skills").resolve(name).resolve("SKILL.md").toString())
                    .filter(skill -> present(Path.of(files.nameOf(skill)))).toList();
        }
    }

    /**
     * How deep below the project a folder's own .claude folder is looked for: a package of a
     * monorepo is two or three folders down, and the settings in a user's home folder make the
     * home folder the project, which is not walked through.
     */
    private static final int NESTED_DEPTH = 5;

    /**
     * Whether {@code folder} is someone's home folder ({@code /home/dana}, {@code /Users/dana},
     * {@code /root}, or this user's): the settings there are the user's, not a project's, and the
     * repositories below it are not the agent's project.
     */
    private static boolean homeFolder(Path folder) {
        Path parent = folder.getParent();
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        return parent != null && parent.getParent() == null && name.equals("root")
                || parent != null && parent.getFileName() != null && parent.getParent() != null && parent.getParent().getParent() == null
                        && (parent.getFileName().toString().equals("home") || parent.getFileName().toString().equals("Users"))
                || folder.equals(Path.of(System.getProperty("user.home")).toAbsolutePath());
    }

    /** Folders of build output and installed dependencies, which hold no project skill. */
    private static final Set<String> NOT_SEARCHED = Set.of("node_modules", "target", "build", "dist", "vendor", "venv", "__pycache__");

    /**
     * The {@code .claude} folders of the project's folders below its root (the folder holding
     * {@code claude}, the settings' {@code .claude} folder), as written: Claude Code loads the
     * skills of {@code packages/infra/.claude/skills} when it works with files in
     * {@code packages/infra} (its skills documentation, on monorepos). Hidden folders and those of
     * {@link #NOT_SEARCHED} are not searched, nor linked folders, and no deeper than
     * {@link #NESTED_DEPTH} folders.
     */
    private List<Path> nestedClaudeFolders(Path claude) throws IOException {
        Path written = claude.getParent() == null ? Path.of("") : claude.getParent();
        Path root = Path.of(files.nameOf(claude.toString())).toAbsolutePath().getParent();
        if (root == null || !Files.isDirectory(root) || homeFolder(root)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), NESTED_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (name.equals(".claude")) {
                    found.add(written.resolve(root.relativize(dir)));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return name.startsWith(".") || NOT_SEARCHED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a folder the walk cannot open holds nothing Claude Code could load either
            }
        });
        return found.stream().filter(f -> !f.normalize().equals(claude.normalize())).sorted().toList();
    }

    /** Every {@code .md} file under the {@code .claude} folder's {@code name} folder, at any depth, in order. */
    private List<String> markdownUnder(Path folder, String name) throws IOException {
        Path under = Path.of(files.nameOf(folder.resolve(name).toString()));
        if (!Files.isDirectory(under)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        // Linked folders are followed, as Claude Code follows them, but only inside the import root: one that leads out is
        // refused before anything behind it is listed (a link to / would walk the whole machine).
        Files.walkFileTree(under, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                String outside = files.outsideFolder(dir);
                if (outside != null) {
                    throw new IOException("the linked folder " + folder.resolve(name).resolve(under.relativize(dir)) + " " + outside);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // A link whose target is gone is no file Claude Code reads; a pipe or a device is, and its read refuses it.
                if (!attributes.isSymbolicLink() && file.getFileName().toString().endsWith(".md")) {
                    found.add(folder.resolve(name).resolve(under.relativize(file)).toString());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        return found.stream().sorted().toList();
    }

    /**
     * Whether a file the runtime reads beside the one named may be there: any file but a folder. A
     * pipe or a device counts, and so does a file whose folder cannot be searched, so that its read
     * refuses it: neither passes for a file that is absent.
     */
    private static boolean present(Path path) {
        return !Files.notExists(path) && !Files.isDirectory(path);
    }

    /** A markdown file of the project, read by {@code reader}; empty when it cannot be read or {@code reader} finds it wrong (reported). */
    private Optional<ClaudeCodeMarkdown> readMarkdown(String file, Position at, String description, MarkdownReader reader) {
        Optional<ImportedFiles.Text> text = files.text(file, at, description);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            ClaudeCodeMarkdown read = reader.read(text.get());
            files.accept(text.get(), new YMap(Position.START, new LinkedHashMap<>()));
            return Optional.of(read);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface MarkdownReader {
        ClaudeCodeMarkdown read(ImportedFiles.Text text) throws InvalidInputException;
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
