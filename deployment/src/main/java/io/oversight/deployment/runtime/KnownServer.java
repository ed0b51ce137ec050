package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.model.ServerLimit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MCP servers whose switches Oversight reads ({@link ServerSwitches}), each checked against the
 * server's sources: what its switches are called, and how its own parser reads them (Go's pflag and
 * strconv.ParseBool, yargs, argparse, node's parseArgs, awslabs' get_env_bool).
 */
enum KnownServer {
    /** containers/kubernetes-mcp-server: {@code --read-only}, {@code --disable-destructive} (Go flags). */
    KUBERNETES(Parser.GO, Set.of("--read-only", "--disable-destructive", "--disable-multi-cluster", "--help", "--version"),
            "kubernetes-mcp-server", "kubernetes_mcp_server"),
    /** GitHub's github-mcp-server: {@code --read-only} or {@code GITHUB_READ_ONLY} (Go flags, viper). */
    GITHUB(Parser.GO, Set.of("--read-only", "--dynamic-toolsets", "--enable-command-logging", "--export-translations", "--help", "--version"),
            "github-mcp-server"),
    /** awslabs' aws-api-mcp-server: {@code READ_OPERATIONS_ONLY}. */
    AWS_API(Parser.NONE, Set.of(), "awslabs.aws-api-mcp-server", "aws-api-mcp-server"),
    /** Crystal DBA's postgres-mcp: {@code --access-mode restricted} runs read-only transactions only (argparse). */
    POSTGRES(Parser.ARGPARSE, Set.of(), "postgres-mcp"),
    /** MongoDB's mongodb-mcp-server: {@code --readOnly} or {@code MDB_MCP_READ_ONLY} (yargs). */
    MONGODB(Parser.YARGS, Set.of(), "mongodb-mcp-server"),
    /** Supabase's mcp-server-supabase: {@code --read-only} (node's parseArgs: a bare flag). */
    SUPABASE(Parser.PARSE_ARGS, Set.of(), "mcp-server-supabase"),
    /**
     * Flux159's mcp-server-kubernetes (since 2.5.0): {@code ALLOW_ONLY_READONLY_TOOLS}, on only when
     * exactly {@code true}; a list in {@code ALLOWED_TOOLS} decides in its place. Its
     * {@code ALLOW_ONLY_NON_DESTRUCTIVE_TOOLS} is no limit here: it removes five tools by name and
     * keeps exec_in_pod, kubectl_apply (with force, delete and re-create), kubectl_patch,
     * kubectl_scale and helm upgrades, which the server itself marks destructive.
     */
    KUBECTL(Parser.NONE, Set.of(), "mcp-server-kubernetes");

    /** The first release of Flux159's server with ALLOW_ONLY_READONLY_TOOLS. */
    private static final int[] KUBECTL_SWITCH_SINCE = {2, 5};
    /** The image Flux159 publishes: its program is the image's CMD, so any word after the image runs another. */
    private static final Pattern KUBECTL_IMAGE =
            Pattern.compile("(?:(?:index\\.)?docker\\.io/)?flux159/mcp-server-kubernetes(?::([^@]+))?(?:@sha256:[0-9a-f]+)?");
    /** A version, range or tag as written after a package or image: its major and minor in groups 1 and 2. */
    private static final Pattern VERSION = Pattern.compile("[\\^~=v]*(\\d+)(?:\\.(\\d+))?.*");
    /** The npm package, unscoped, with any version or tag. */
    private static final Pattern KUBECTL_PACKAGE = Pattern.compile("mcp-server-kubernetes(?:@(.+))?");

    /** How a server reads its command line. */
    private enum Parser { GO, YARGS, ARGPARSE, PARSE_ARGS, NONE }

    /** The last switch found for one setting: its limit, or null where it turns the limit off; where it is written. */
    record Setting(ServerLimit limit, Position at) {
    }

    private final Parser parser;
    /** The server's Go flags that take no value: any other option without '=' takes the next word. */
    private final Set<String> booleans;
    private final List<String> names;

    KnownServer(Parser parser, Set<String> booleans, String... names) {
        this.parser = parser;
        this.booleans = booleans;
        this.names = List.of(names);
    }

    /** The server {@code word} names (a program, npm or PyPI package, or container image, with any folder, version or tag), or null. */
    static KnownServer named(String word) {
        String name = bareName(word);
        for (KnownServer server : values()) {
            if (server.names.contains(name)) {
                return server;
            }
        }
        return null;
    }

    /** The program, package or image {@code word} names, without its folder, version or tag, lower-cased. */
    static String bareName(String word) {
        String name = McpServerFields.program(word);
        int version = name.indexOf('@', 1);
        name = version > 0 ? name.substring(0, version) : name;
        int tag = name.indexOf(':');
        return (tag > 0 ? name.substring(0, tag) : name).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the command line surely starts this server's own release, one that has its switches:
     * {@code server} is the word naming it, at {@code index} of {@code line}, whose first word is
     * {@code launcher} (a program, runner or {@code docker}). A namesake limits nothing: PyPI's
     * mcp-server-kubernetes (what {@code uvx} runs) is another project, and so is a scoped npm package
     * or another owner's image of that name; Flux159's releases before 2.5.0 have no switch, and its
     * image runs whatever words follow it in place of the server.
     */
    boolean surelyStarted(String launcher, List<String> line, int index) {
        if (this != KUBECTL) {
            return true;
        }
        String server = line.get(index);
        String runner = McpServerFields.program(launcher);
        Matcher release;
        if (McpServerFields.CONTAINER_RUNNERS.contains(runner)) {
            release = KUBECTL_IMAGE.matcher(server.toLowerCase(Locale.ROOT));
            if (index + 1 < line.size()) {
                return false;
            }
        } else if (index == 0) {
            return McpServerFields.program(server).equals("mcp-server-kubernetes");
        } else if (runner.equals("uvx")) {
            return false;
        } else {
            release = KUBECTL_PACKAGE.matcher(server);
        }
        return release.matches() && (release.group(1) == null || !before(release.group(1), KUBECTL_SWITCH_SINCE));
    }

    /**
     * Whether the version or tag {@code written} (2.4.7, v2.4, ^2.4.0, latest) may name a release
     * before {@code since} (major, minor): a range is taken at its lowest, a name (latest) as new.
     */
    private static boolean before(String written, int[] since) {
        Matcher version = VERSION.matcher(written);
        if (!version.matches()) {
            return false;
        }
        int major = Integer.parseInt(version.group(1).length() > 6 ? "999999" : version.group(1));
        int minor = version.group(2) == null ? 0 : Integer.parseInt(version.group(2).length() > 6 ? "999999" : version.group(2));
        return major < since[0] || major == since[0] && minor < since[1];
    }

    /**
     * What the server's read-only switch leaves: the Kubernetes servers' reads and the AWS API
     * server's return secrets (a Secret's data, GetSecretValue), so they still hand out credentials.
     */
    private ServerLimit readOnly() {
        return this == KUBERNETES || this == KUBECTL || this == AWS_API ? ServerLimit.READ_ONLY_WITH_SECRETS : ServerLimit.READ_ONLY;
    }

    /** The setting a variable of the server's environment is, or null when it is none of its switches. */
    String settingOf(String variable) {
        return switch (this) {
            case GITHUB -> variable.equals("GITHUB_READ_ONLY") ? "read-only" : null;
            case AWS_API -> variable.equals("READ_OPERATIONS_ONLY") ? "read-only" : null;
            case MONGODB -> variable.equals("MDB_MCP_READ_ONLY") ? "readOnly" : null;
            case KUBECTL -> variable.equals("ALLOW_ONLY_READONLY_TOOLS") ? "readonly" : null;
            case KUBERNETES, POSTGRES, SUPABASE -> null;
        };
    }

    /** The limit {@code setting} (one {@link #settingOf} names) turns on with {@code value}, as the server reads it (no trimming), or null. */
    ServerLimit variable(String setting, String value) {
        boolean on = switch (this) {
            case GITHUB -> goTrue(value);
            case AWS_API -> Set.of("true", "yes", "1").contains(value.toLowerCase(Locale.ROOT));
            case MONGODB, KUBECTL -> value.equals("true");
            case KUBERNETES, POSTGRES, SUPABASE -> false;
        };
        return on ? readOnly() : null;
    }

    /**
     * Whether the server's environment may name its tools one by one, which then decides what it
     * offers in place of its switches: mcp-server-kubernetes reads a non-empty {@code ALLOWED_TOOLS}
     * before them. Oversight does not read such a list, so the server counts whole; so it does when
     * the list may come from where the file does not show: {@code unseen} holds the variables passed
     * on from the operator's environment, and "*" for a file of variables.
     */
    boolean toolsListedIn(Map<String, String> variables, Set<String> unseen) {
        // The server splits the list at commas and drops what is blank: a list of none offers no tool, which its switch bounds too.
        boolean names = Arrays.stream(variables.getOrDefault("ALLOWED_TOOLS", "").split(",")).anyMatch(tool -> !tool.isBlank());
        return this == KUBECTL && (names || unseen.contains("ALLOWED_TOOLS") || unseen.contains(ServerSwitches.ANY));
    }

    /** The settings the server's arguments (after the word that names it) leave, each the last that sets it, read as its parser reads them. */
    Map<String, Setting> flags(List<ServerSwitches.Word> args) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i).text();
            Position at = args.get(i).at();
            if (word.equals("--")) {
                break; // what follows is positional, for every parser here
            }
            if (!word.startsWith("-")) {
                continue;
            }
            int equals = word.indexOf('=');
            String name = equals < 0 ? word : word.substring(0, equals);
            String value = equals < 0 ? null : word.substring(equals + 1);
            String next = i + 1 < args.size() ? args.get(i + 1).text() : null;
            switch (parser) {
                case GO -> {
                    if (value == null && !booleans.contains(name)) {
                        i++; // a flag of another kind takes the next word as its value, whatever it looks like
                    } else if (name.equals("--read-only")) {
                        settings.put("read-only", new Setting(value == null || goTrue(value) ? readOnly() : null, at));
                    } else if (this == KUBERNETES && name.equals("--disable-destructive")) {
                        settings.put("disable-destructive", new Setting(value == null || goTrue(value) ? ServerLimit.NON_DESTRUCTIVE : null, at));
                    }
                }
                case YARGS -> {
                    String bare = name.startsWith("--no-") ? "--" + name.substring("--no-".length()) : name;
                    if (bare.equals("--readOnly") || bare.equals("--read-only")) {
                        boolean on;
                        if (name.startsWith("--no-")) {
                            on = false;
                        } else if (value != null) {
                            on = value.equals("true");
                        } else if ("true".equals(next) || "false".equals(next)) {
                            on = next.equals("true");
                            i++;
                        } else {
                            on = true;
                        }
                        settings.put("readOnly", new Setting(on ? ServerLimit.READ_ONLY : null, at));
                    }
                }
                case ARGPARSE -> {
                    // argparse takes any unambiguous start of an option's name: --access, --access-m ...
                    if (name.length() >= 3 && "--access-mode".startsWith(name)) {
                        String mode = value != null ? value : next;
                        if (value == null) {
                            i++;
                        }
                        settings.put("access-mode", new Setting("restricted".equals(mode) ? ServerLimit.READ_ONLY : null, at));
                    }
                }
                case PARSE_ARGS -> {
                    if (name.equals("--read-only")) {
                        // parseArgs refuses a value for a flag that takes none: the server does not start as written.
                        settings.put("read-only", new Setting(value == null ? ServerLimit.READ_ONLY : null, at));
                    }
                }
                case NONE -> {
                }
            }
        }
        return settings;
    }

    /** Whether Go's strconv.ParseBool reads {@code value} as true (it trims nothing). */
    private static boolean goTrue(String value) {
        return List.of("1", "t", "T", "TRUE", "true", "True").contains(value);
    }
}
