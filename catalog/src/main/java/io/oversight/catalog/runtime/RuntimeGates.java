package io.oversight.catalog.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.oversight.catalog.CatalogException;
import io.oversight.catalog.action.Glob;
import io.oversight.catalog.action.Verb;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalog's judgements of the approval gates configured in agents' runtimes
 * ({@code runtime-gates.yaml}): who enforces a gate of each kind of runtime, what each setting does
 * for the tools it decides, and what a tool can do, read from its name. Each judgement carries the
 * reason {@code oversight explain} shows.
 */
public final class RuntimeGates {

    static final String SOURCE = "oversight/catalog/runtime-gates.yaml";

    /** Who enforces an approval. */
    public enum Enforcer {
        /** The agent's own runtime process: one person at most, never independent of the agent's session. */
        RUNTIME,
        /** The platform the agent calls, outside the agent's process. */
        PLATFORM
    }

    /** What a setting does for the tools it decides. */
    public enum Gate {
        /** They run without anyone being asked. */
        NONE,
        /** A person approves each first. */
        ASK,
        /** They are refused. */
        REFUSED
    }

    public record Enforcement(String kind, Enforcer by, String reason) {
    }

    public record Setting(String setting, Gate gate, String reason) {
    }

    /** What a tool can do: its verbs (UNKNOWN when its name says nothing), and why. */
    public record Reach(Set<Verb> verbs, String reason) {
        public Reach {
            verbs = Set.copyOf(verbs);
        }
    }

    /** A pattern of tools and what they reach; {@code runtimes} the kinds whose tools it is about, empty for every kind. */
    public record ToolRule(String tool, Set<Verb> verbs, String reason, Set<String> runtimes) {

        public ToolRule {
            runtimes = Set.copyOf(runtimes);
        }

        boolean about(String kind) {
            return runtimes.isEmpty() || runtimes.contains(kind);
        }
    }

    public record WordRule(Verb verb, List<String> words, String reason) {
    }

    /** Words of change that also name what a tool reads, and why a name that reads them is read. */
    public record Nouns(List<String> words, String reason) {
    }

    private record WrittenEnforcement(String kind, String by, String reason) {
    }

    private record WrittenSetting(String setting, String gate, String reason) {
    }

    private record WrittenTool(String tool, List<String> verbs, String reason, List<String> runtimes) {
    }

    private record WrittenWords(String verb, List<String> words, String reason) {
    }

    private record Written(List<WrittenEnforcement> enforcement, List<WrittenSetting> settings, List<WrittenTool> tools,
                           List<WrittenWords> words, Nouns nouns) {
    }

    private static volatile RuntimeGates builtIn;

    private final Map<String, Enforcement> enforcement;
    private final Map<String, Setting> settings;
    private final List<ToolRule> tools;
    private final List<Glob> toolGlobs;
    private final List<WordRule> words;
    private final Nouns nouns;
    /** The home folder's credential paths the rows name ({@code *(*}{@code /.aws/*)} as {@code ~/.aws/*}), the shortest first. */
    private final List<String> homeCredentials;
    /** The words of reading, and every word of change: what {@link #readingOnly} weighs a name's words by. */
    private final Set<String> readingWords;
    private final Set<String> changingWords;

    private RuntimeGates(List<Enforcement> enforcement, List<Setting> settings, List<ToolRule> tools, List<WordRule> words, Nouns nouns) {
        this.enforcement = enforcement.stream().collect(Collectors.toUnmodifiableMap(Enforcement::kind, Function.identity()));
        this.settings = settings.stream().collect(Collectors.toUnmodifiableMap(Setting::setting, Function.identity()));
        this.tools = List.copyOf(tools);
        this.toolGlobs = tools.stream().map(t -> Glob.ignoringCase(t.tool())).toList();
        // A row that names a pattern itself (*(*/.env\*)) is no path a rule's pattern can be matched against.
        this.homeCredentials = tools.stream().filter(t -> t.verbs().contains(Verb.GRANT) && t.tool().indexOf('\\') < 0)
                .map(t -> ANY_FOLDERS_FILE.matcher(t.tool()))
                .filter(Matcher::matches).map(m -> "~/" + m.group(1)).distinct()
                // The shortest first: the folder (~/.aws/*) says more than a file in it (~/.aws/amazonq/*).
                .sorted(Comparator.comparingInt(String::length)).toList();
        this.words = List.copyOf(words);
        this.nouns = new Nouns(List.copyOf(nouns.words()), nouns.reason().strip());
        this.readingWords = words.stream().filter(r -> r.verb() == Verb.READ).flatMap(r -> r.words().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.changingWords = words.stream().filter(r -> r.verb() != Verb.READ).flatMap(r -> r.words().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static RuntimeGates builtIn() {
        RuntimeGates gates = builtIn;
        if (gates == null) {
            synchronized (RuntimeGates.class) {
                if (builtIn == null) {
                    builtIn = load();
                }
                gates = builtIn;
            }
        }
        return gates;
    }

    /** A row of a file or folder in any folder ({@code *(*}{@code /.aws/*)}, {@code Read(*}{@code /.codex/*)}): a home folder's among them. */
    private static final Pattern ANY_FOLDERS_FILE = Pattern.compile("(?:\\*|Read)\\(\\*/([^)]+)\\)");

    /**
     * The credential files and folders of the home folder the rows name, as paths from it
     * ({@code ~/.aws/*}, {@code ~/.pgpass}): what a path pattern of the home folder may reach
     * ({@code Read(~/.a*}{@code /**)}), which the rows, matching the rule's text, cannot see.
     */
    public List<String> homeCredentials() {
        return homeCredentials;
    }

    /** Who enforces the approvals a runtime of {@code kind} asks for; every kind Oversight reads has an entry. */
    public Optional<Enforcement> enforcement(String kind) {
        return Optional.ofNullable(enforcement.get(kind));
    }

    /** What {@code setting} ({@code allow}, {@code mode:never-ask}, ...) does; every setting the readers give has an entry. */
    public Optional<Setting> setting(String setting) {
        return Optional.ofNullable(settings.get(setting));
    }

    public List<Enforcement> enforcements() {
        return enforcement.values().stream().sorted(java.util.Comparator.comparing(Enforcement::kind)).toList();
    }

    public List<Setting> settings() {
        return settings.values().stream().sorted(java.util.Comparator.comparing(Setting::setting)).toList();
    }

    /** The patterns of tools, in the order they are tried. */
    public List<ToolRule> tools() {
        return tools;
    }

    /** The words of tools' names, in the order they are tried. */
    public List<WordRule> wordRules() {
        return words;
    }

    /** The words of change that beside a word of reading name what is read. */
    public Nouns nouns() {
        return nouns;
    }

    /** How runtimes name an MCP server's tools: {@code mcp__SERVER__TOOL}, and the whole server {@code mcp__SERVER}. */
    private static final String MCP_PREFIX = "mcp__";

    /** The MCP server {@code tool} ({@code mcp__SERVER__TOOL} or {@code mcp__SERVER}) belongs to; null for any other tool. */
    public static String mcpServer(String tool) {
        if (!tool.startsWith(MCP_PREFIX)) {
            return null;
        }
        int end = tool.indexOf("__", MCP_PREFIX.length());
        return tool.substring(MCP_PREFIX.length(), end < 0 ? tool.length() : end);
    }

    /** The tool of {@code mcp__SERVER__TOOL}; null for a whole server ({@code mcp__SERVER}) or any other tool. */
    public static String mcpToolName(String tool) {
        int end = tool.startsWith(MCP_PREFIX) ? tool.indexOf("__", MCP_PREFIX.length()) : -1;
        return end < 0 ? null : tool.substring(end + 2);
    }

    /** Whether {@code tool} is a whole MCP server ({@code mcp__SERVER}), every tool of which it stands for. */
    public static boolean wholeServer(String tool) {
        return tool.startsWith(MCP_PREFIX) && tool.indexOf("__", MCP_PREFIX.length()) < 0;
    }

    /**
     * What the tool written {@code tool} in a runtime of {@code kind} can do: by the first pattern
     * about that kind that matches it, a whole MCP server every verb, else by the words of its name. A command pattern whose final {@code *} is
     * glued to a word is read as its family ({@link #commandFamily}).
     */
    public Reach reach(String kind, String tool) {
        String rooted = MCP_CLIENT.equals(kind) ? fromRoot(tool) : null;
        if (rooted != null) {
            Reach asRooted = reach(kind, rooted);
            return new Reach(asRooted.verbs(), "its path starts at the root, read as " + rooted + ": " + asRooted.reason());
        }
        String slashed = withSlashes(tool);
        if (slashed != null) {
            Reach asSlashed = reach(kind, slashed);
            return new Reach(asSlashed.verbs(), "it names a Windows path, read as " + slashed + ": " + asSlashed.reason());
        }
        String home = fromHome(tool);
        if (home != null) {
            Reach asHome = reach(kind, home);
            return new Reach(asHome.verbs(), "it names a path in a home folder, read as " + home + ": " + asHome.reason());
        }
        String family = commandFamily(tool);
        if (family != null) {
            Reach broader = reach(kind, family);
            return new Reach(broader.verbs(), "its '*' follows a word without a space, so it matches every command that starts with "
                    + "those characters, as " + family + " does: " + broader.reason());
        }
        Reach written = byName(kind, tool);
        String file = folderAsFile(tool);
        String folder = file == null ? fileAsFolder(tool) : null;
        if (file == null && folder == null) {
            return written;
        }
        Reach asOther = byName(kind, file != null ? file : folder);
        if (folder != null) {
            // As a folder, a path matters where it holds credentials or settings; read by its words it adds nothing. Read, a folder
            // adds only the credentials in it: what writing it runs (hooks, settings, a folder on the PATH) reading it does not.
            boolean reads = READING_TOOL.matcher(tool).lookingAt();
            boolean adds = asOther.verbs().contains(Verb.GRANT) || !reads && asOther.verbs().contains(Verb.ALL);
            if (!adds) {
                return written;
            }
        }
        // Every verb already holds a grant: a folder that runs anything is not also said to hand out credentials.
        if (written.verbs().containsAll(asOther.verbs()) || written.verbs().contains(Verb.ALL)) {
            return written;
        }
        EnumSet<Verb> both = EnumSet.copyOf(asOther.verbs());
        if (!both.contains(Verb.ALL)) {
            both.addAll(written.verbs());
        }
        return new Reach(both, (file != null ? "an added folder's path may name a file, read as " + file
                : "its path may name a folder, and a rule on a folder covers what is in it, read as " + folder) + ": " + asOther.reason());
    }

    /**
     * Whether {@code row} is about a file that runs commands once written ({@code *(*}{@code /.bashrc)}:
     * any tool on it, every verb): what writing it does, which says nothing of reading it.
     */
    private static boolean runsWhenWritten(ToolRule row) {
        return row.tool().startsWith("*(") && row.verbs().contains(Verb.ALL);
    }

    /** Kiro's and Amazon Q's file reader with its path: {@code fs_read(~/.aws)}. */
    private static final String FILE_READER = "fs_read(";

    /** A tool that only reads the files its path names: Claude Code's and Cursor's Read, Kiro's and Amazon Q's read and fs_read. */
    private static final Pattern READING_TOOL = Pattern.compile("(?i)(?:fs_)?read\\(");

    /** A tool with a path: {@code Read(~/.aws)}, {@code fs_read(~/.kube)}. */
    private static final Pattern PATH_TOOL = Pattern.compile("([^(]+)\\(([~./][^)]*)\\)");

    /**
     * {@code tool} with its path as a folder ({@code Read(~/.aws/)}), or null when its path ends
     * in '/' or a glob, or the tool runs commands: a path rule matches a folder of that name and
     * what is in it (Claude Code's gitignore-style paths, Kiro's and Amazon Q's allowedPaths),
     * while the patterns name the credential folders with their '/' ({@code *(*}{@code /.aws/*)}).
     */
    static String fileAsFolder(String tool) {
        Matcher path = PATH_TOOL.matcher(tool);
        if (!path.matches() || runsCommands(tool)) {
            return null;
        }
        String written = path.group(2);
        String last = written.substring(written.lastIndexOf('/') + 1);
        boolean folderOrGlob = written.endsWith("/") || last.indexOf('*') >= 0 || last.indexOf('?') >= 0;
        return folderOrGlob ? null : path.group(1) + "(" + written + "/)";
    }

    /** Whether {@code tool}'s specifier is a command, whose backslashes are escapes and whose '/' no folder: Claude Code's shell, Kiro's and Gemini CLI's. */
    private static boolean runsCommands(String tool) {
        return tool.startsWith(COMMAND_TOOL) || tool.regionMatches(true, 0, "shell", 0, 5) || tool.regionMatches(true, 0, "execute_", 0, 8)
                || tool.regionMatches(true, 0, "run_shell_command", 0, 17);
    }

    /** The tool the workspace's added folders are written with: {@code Write(FOLDER/)}. */
    private static final String ADDED_FOLDER = "Write(";

    /**
     * {@code tool}, a folder added to the workspace, as the file its path may name, or null for any
     * other tool: a sandbox's allowWrite or additionalDirectories may name a file
     * ({@code ~/.bashrc}), which the readers spell as a folder ({@code Write(~/.bashrc/)}), while
     * the patterns name such files without the '/' ({@code Write(~/.bashrc)}).
     */
    static String folderAsFile(String tool) {
        if (!tool.startsWith(ADDED_FOLDER) || !tool.endsWith("/)")) {
            return null;
        }
        String path = tool.substring(ADDED_FOLDER.length(), tool.length() - 2);
        String name = path.substring(path.lastIndexOf('/') + 1);
        // The root, a drive, the home folder, the project and the folders above it are folders.
        boolean folder = name.isEmpty() || name.endsWith(":") || name.equals("~") || name.equals(".") || name.equals("..");
        return folder ? null : ADDED_FOLDER + path + ")";
    }

    /** What {@code tool} can do by the first pattern about {@code kind} that matches it, a whole MCP server every verb, else by the words of its name. */
    private Reach byName(String kind, String tool) {
        boolean reads = READING_TOOL.matcher(tool).lookingAt();
        // Kiro's and Amazon Q's file reader on a path reads as Claude Code's Read does: the rows name its files once.
        String matched = tool.regionMatches(true, 0, FILE_READER, 0, FILE_READER.length()) ? "Read(" + tool.substring(FILE_READER.length()) : tool;
        for (int i = 0; i < tools.size(); i++) {
            if (tools.get(i).about(kind) && toolGlobs.get(i).matches(matched) && !(reads && runsWhenWritten(tools.get(i)))) {
                return new Reach(tools.get(i).verbs(), tools.get(i).reason());
            }
        }
        if (wholeServer(tool)) {
            return new Reach(Set.of(Verb.ALL), "it names a whole MCP server, whose tools may do anything; its name says nothing of them");
        }
        List<String> nameWords = withPairs(words(tool));
        Reach read = readingOnly(nameWords);
        if (read != null) {
            return read;
        }
        // Every entry a word of the name is in gives its verb (remove_member removes and changes access); reading only when no other does.
        EnumSet<Verb> verbs = EnumSet.noneOf(Verb.class);
        List<String> said = new ArrayList<>();
        for (WordRule rule : words) {
            if (rule.verb() == Verb.READ && !verbs.isEmpty()) {
                continue;
            }
            for (String word : nameWords) {
                if (rule.words().contains(word)) {
                    verbs.add(rule.verb());
                    said.add("'" + word + "': " + rule.reason());
                    break;
                }
            }
        }
        if (!verbs.isEmpty()) {
            return new Reach(verbs, "its name says " + String.join("; and ", said));
        }
        return new Reach(Set.of(Verb.UNKNOWN), "its name says nothing Oversight recognises, so it is not taken as harmless");
    }

    /** Words that join two actions in a name, after which a noun may be a verb. */
    private static final Set<String> JOINING = Set.of("and", "then", "or");

    /**
     * The reach of a name with a word of reading whose only words of change are {@link #nouns} of
     * what it reads ({@code get_policy}, {@code list_policy_reports}, {@code get_commit}), or null.
     */
    private Reach readingOnly(List<String> nameWords) {
        if (nameWords.stream().anyMatch(JOINING::contains)) {
            return null; // fetch_and_merge, validate_then_post: the noun may be a second verb
        }
        String readWord = nameWords.stream().filter(readingWords::contains).findFirst().orElse(null);
        if (readWord == null) {
            return null;
        }
        String noun = null;
        for (String word : nameWords) {
            boolean change = changingWords.contains(word);
            if (change && !nouns.words().contains(word)) {
                return null;
            }
            noun = change && noun == null ? word : noun;
        }
        return noun == null ? null : new Reach(Set.of(Verb.READ), "its name says '" + readWord + "', and '" + noun + "' is what it reads: "
                + nouns.reason());
    }

    /** The kind of the runtimes read as MCP clients (Kiro, Amazon Q, Cursor, Gemini CLI, VS Code). */
    private static final String MCP_CLIENT = "mcp-client";

    /** A file tool's path from the root, written with one '/': {@code fs_read(/var/run/secrets)}. */
    private static final Pattern ROOTED_PATH = Pattern.compile("([^(]+)\\(/(?!/)([^)]*)\\)");

    /**
     * {@code tool} with its path from the root written as the rows write one, after {@code //}, or
     * null when it is not so: Kiro's, Amazon Q's and Cursor's file tools read {@code /etc} as the
     * root's, where Claude Code reads a single '/' from its settings' folder (red team: fs_read on
     * {@code /var/run/secrets} had been a project's folder).
     */
    static String fromRoot(String tool) {
        Matcher path = ROOTED_PATH.matcher(tool);
        return path.matches() && !runsCommands(tool) ? path.group(1) + "(//" + path.group(2) + ")" : null;
    }

    /** A tool's path written as Windows writes it, with a backslash: from a drive ({@code C:\}), a share, the home folder or the project ({@code .claude\settings.json}). */
    private static final Pattern WINDOWS_PATH = Pattern.compile("[^(]*\\([^)]*\\\\[^)]*\\)");

    /**
     * {@code tool} with its Windows path's backslashes written as slashes, or null when its path is
     * not written so: the patterns name paths with slashes, and {@code Read(C:\Users\dana\.aws\**)}
     * names what {@code Read(C:/Users/dana/.aws/**)} does. A command's backslashes are escapes,
     * never read so.
     */
    static String withSlashes(String tool) {
        return !runsCommands(tool) && WINDOWS_PATH.matcher(tool).matches() ? tool.replace('\\', '/') : null;
    }

    /** A home folder's name: neither {@code .} nor {@code ..}, nor Windows' {@code Public}, the folder its users share. */
    private static final String HOME_NAME = "(?!(?:\\.\\.?|Public)(?:/|\\)$))[^/)]+";

    /**
     * A tool's path that starts in a home folder written from the root: {@code /home/NAME/},
     * {@code /Users/NAME/} (either after {@code //} too, as Claude Code starts an absolute path, or
     * after a Windows drive, written {@code C:/}, {@code /c/} as Claude Code on Windows writes it, or
     * {@code /mnt/c/} as WSL mounts it) or the superuser's {@code /root/}, or that names the home folder
     * itself ({@code Read(//home/dana)}); NAME as {@link #HOME_NAME} says.
     */
    private static final Pattern HOME_FROM_ROOT =
            Pattern.compile("([^(]*\\()(?:/?/(?:home|Users)/" + HOME_NAME + "|/?/(?:mnt/)?[A-Za-z]:?/Users/" + HOME_NAME
                    + "|[A-Za-z]:/Users/" + HOME_NAME + "|/?/root)(?:/|(?=\\)$))");

    /**
     * {@code tool} with the home folder its path starts in written {@code ~/} (from the root, or as
     * {@code $HOME}), or null when its path starts in none: the patterns name a home folder's credentials and settings from {@code ~/}
     * ({@code ~/.config/}), and a home folder is one however it is spelled, so
     * {@code Write(/home/dana/.config/)} is read as {@code Write(~/.config/)}.
     */
    public static String fromHome(String tool) {
        Matcher variable = HOME_VARIABLE.matcher(tool);
        if (variable.lookingAt()) {
            return variable.group(1) + "~" + tool.substring(variable.end());
        }
        Matcher home = HOME_FROM_ROOT.matcher(tool);
        return home.lookingAt() ? home.group(1) + "~/" + tool.substring(home.end()) : null;
    }

    /** A path that starts at the home folder's variable, which Kiro and Amazon Q expand in allowedPaths ({@code $HOME/.aws}, {@code ${HOME}}). */
    private static final Pattern HOME_VARIABLE = Pattern.compile("([^(]*\\()\\$(?:HOME|\\{HOME})(?=/|\\)$)");

    /** The tool whose specifier is a command pattern: Claude Code's shell. */
    private static final String COMMAND_TOOL = "Bash(";

    /**
     * The family of commands a command pattern that ends in a {@code *} glued to a word matches,
     * or null for any other tool. Claude Code matches such a pattern by its characters:
     * {@code Bash(git diff*)} matches {@code git difftool -x CMD}, which runs any command, and
     * {@code Bash(ls*)} matches {@code lsof}. The pattern may only be judged as every command so
     * starting would be, which is the family without the glued word: {@code Bash(git *)},
     * {@code Bash(*)}. A {@code *} after a space or after {@code :} ({@code Bash(git diff *)},
     * {@code Bash(git diff:*)}) ends at the word and is read as written.
     */
    public static String commandFamily(String tool) {
        if (!tool.startsWith(COMMAND_TOOL) || !tool.endsWith("*)")) {
            return null;
        }
        String pattern = tool.substring(COMMAND_TOOL.length(), tool.length() - 1);
        char before = pattern.length() < 2 ? ' ' : pattern.charAt(pattern.length() - 2);
        if (before == ' ' || before == ':' || before == '*') {
            return null;
        }
        int space = pattern.lastIndexOf(' ', pattern.length() - 2);
        return COMMAND_TOOL + (space < 0 ? "" : pattern.substring(0, space + 1)) + "*)";
    }

    /**
     * With each two neighbours as one more entry, a space between: what a tool acts on may take two
     * words ({@code create_access_key}, {@code create_service_account_key}), each alone too common to
     * tell anything ({@code key}, {@code account}).
     */
    static List<String> withPairs(List<String> words) {
        List<String> all = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            all.add(words.get(i) + " " + words.get(i + 1));
        }
        return all;
    }

    /** The words of a tool's name: split at separators and at lower-to-upper case changes, lower-cased. */
    static List<String> words(String tool) {
        String spaced = tool.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String word : spaced.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    static RuntimeGates load() {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = RuntimeGates.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new CatalogException("catalog resource " + SOURCE + " is missing");
            }
            Written written = yaml.readValue(in, Written.class);
            List<Enforcement> enforcement = written.enforcement().stream().map(e -> new Enforcement(e.kind(),
                    word(Enforcer.class, e.by(), e.kind()), e.reason().strip())).toList();
            List<Setting> settings = written.settings().stream().map(s -> new Setting(s.setting(),
                    word(Gate.class, s.gate(), s.setting()), s.reason().strip())).toList();
            Set<String> kinds = enforcement.stream().map(Enforcement::kind).collect(Collectors.toSet());
            List<ToolRule> tools = written.tools().stream().map(t -> new ToolRule(t.tool(), verbs(t.verbs(), t.tool()), t.reason(),
                    runtimes(t.runtimes(), kinds, t.tool()))).toList();
            List<WordRule> words = written.words().stream().map(w -> new WordRule(verbs(List.of(w.verb()), w.verb()).iterator().next(),
                    w.words(), w.reason())).toList();
            return new RuntimeGates(enforcement, settings, tools, words, written.nouns());
        } catch (IOException e) {
            throw new CatalogException("catalog resource " + SOURCE + " is malformed: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E word(Class<E> type, String word, String where) {
        try {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CatalogException(SOURCE + ": '" + where + "' gives '" + word + "', which is not one of "
                    + EnumSet.allOf(type).stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static Set<String> runtimes(List<String> written, Set<String> kinds, String where) {
        if (written == null) {
            return Set.of();
        }
        for (String kind : written) {
            if (!kinds.contains(kind)) {
                throw new CatalogException(SOURCE + ": '" + where + "' names the runtime '" + kind + "'; expected one of " + new TreeSet<>(kinds));
            }
        }
        return Set.copyOf(written);
    }

    private static Set<Verb> verbs(List<String> written, String where) {
        EnumSet<Verb> verbs = EnumSet.noneOf(Verb.class);
        for (String w : written) {
            verbs.add(Verb.ofWord(w).orElseThrow(() -> new CatalogException(SOURCE + ": '" + where + "' gives verb '" + w
                    + "'; expected one of " + Verb.words())));
        }
        return verbs;
    }
}
