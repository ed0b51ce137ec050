package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.model.ServerLimit;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The switch an MCP server is started with that keeps tools from it ({@link KnownServer}), read
 * only where it surely reaches the server, and as the server's own parser reads it. A switch counts
 * when the server is the program the client starts: directly, through a package runner ({@code npx},
 * {@code uvx}, {@code pnpm dlx}) or as the image of {@code docker run}; a shell, {@code env},
 * {@code sudo}, {@code ssh}, a script or any other launcher may change what reaches the server, so a
 * switch behind one limits nothing. Flags are read in order (the last wins, none after {@code --},
 * none taken as another option's value) and decide over variables; a variable counts from the
 * client's {@code env} for a server it starts, from {@code docker run -e} for a container (the
 * client's {@code env} reaches only the docker command); a remote server only by its address or
 * headers, written in the client's configuration or given to the mcp-remote proxy the client starts.
 */
final class ServerSwitches {

    private ServerSwitches() {
    }

    /** A word of the command line, or a variable's value, where it is written. */
    record Word(String text, Position at) {
    }

    /**
     * The limit {@code server} is started with, or null: read from its command line and the
     * variables under {@code variableKeys}, or, for a remote server, from its address and the headers
     * under {@code headerKeys}. Under {@code forwardedKeys} are variables the file does not show: the
     * names of those passed on from the operator's environment (a list), or a file of them.
     */
    static Located<ServerLimit> of(YMap server, List<String> variableKeys, List<String> headerKeys, List<String> forwardedKeys) {
        List<YScalar> urls = McpServerFields.urls(server);
        if (!urls.isEmpty()) {
            List<Header> headers = new ArrayList<>();
            for (String key : headerKeys) {
                entries(server, key).forEach(e -> headers.add(new Header(e.key(), new Word(((YScalar) e.value()).text(), e.value().position()))));
            }
            return remote(urls.stream().map(u -> new Word(u.text(), u.position())).toList(), headers);
        }
        List<Word> line = McpServerFields.commandLine(server).stream().map(s -> new Word(s.text(), s.position())).toList();
        if (line.isEmpty() || line.get(0).text().strip().indexOf(' ') >= 0) {
            return null; // a command line in one string is a shell's to split
        }
        Map<String, Word> given = new LinkedHashMap<>();
        for (String key : variableKeys) {
            entries(server, key).forEach(e -> given.put(e.key(), new Word(((YScalar) e.value()).text(), e.value().position())));
        }
        Set<String> unseen = new HashSet<>();
        for (String key : forwardedKeys) {
            YNode forwarded = server.get(key);
            if (forwarded instanceof YList names) {
                names.items().forEach(n -> unseen.add(n instanceof YScalar s ? s.text() : ANY));
            } else if (forwarded != null && !(forwarded instanceof YScalar s && s.isNull())) {
                unseen.add(ANY);
            }
        }
        Map<String, Word> variables = new LinkedHashMap<>();
        int named = serverAt(line, given, variables, unseen);
        if (named < 0) {
            return null;
        }
        if (KnownServer.bareName(line.get(named).text()).equals(PROXY)) {
            return throughProxy(line.subList(named + 1, line.size()));
        }
        if (!McpServerFields.CONTAINER_RUNNERS.contains(McpServerFields.program(line.get(0).text()))) {
            variables = given; // the client starts the program with its env
        }
        KnownServer known = KnownServer.named(line.get(named).text());
        if (!known.surelyStarted(line.get(0).text(), line.stream().map(Word::text).toList(), named)) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        variables.forEach((name, value) -> texts.put(name, value.text()));
        if (known.toolsListedIn(texts, unseen)) {
            return null;
        }
        Map<String, KnownServer.Setting> settings = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            String setting = known.settingOf(name);
            if (setting != null) {
                settings.put(setting, new KnownServer.Setting(known.variable(setting, value.text()), value.at()));
            }
        });
        // A flag decides over the variable for the same setting, as each server's parser lets it.
        settings.putAll(known.flags(line.subList(named + 1, line.size())));
        Located<ServerLimit> found = null;
        for (KnownServer.Setting setting : settings.values()) {
            if (setting.limit() != null && (found == null || setting.limit().compareTo(found.value()) < 0)) {
                found = new Located<>(setting.limit(), setting.at());
            }
        }
        return found;
    }

    /** An HTTP header a remote server is called with. */
    private record Header(String name, Word value) {
    }

    /** GitHub's remote server's read-only address, exactly: a dot segment or another path is the whole server. */
    private static final Pattern GITHUB_READ_ONLY = Pattern.compile("https://api\\.githubcopilot\\.com/mcp(/x/[A-Za-z0-9_,-]+)?/readonly/?([?#].*)?");

    /**
     * GitHub's remote server, read-only at its read-only address or with {@code X-MCP-Readonly: true};
     * headers of that name in two spellings may both reach it, so each must say true.
     */
    private static Located<ServerLimit> remote(List<Word> urls, List<Header> headers) {
        if (!urls.stream().allMatch(u -> u.text().startsWith("https://api.githubcopilot.com/mcp"))) {
            return null;
        }
        for (Word url : urls) {
            if (GITHUB_READ_ONLY.matcher(url.text()).matches()) {
                return new Located<>(ServerLimit.READ_ONLY, url.at());
            }
        }
        List<Word> readOnly = headers.stream().filter(h -> h.name().equalsIgnoreCase("X-MCP-Readonly")).map(Header::value).toList();
        return !readOnly.isEmpty() && readOnly.stream().allMatch(v -> v.text().equals("true"))
                ? new Located<>(ServerLimit.READ_ONLY, readOnly.get(0).at()) : null;
    }

    /** geelen/mcp-remote, the local proxy a client that starts only local servers runs to reach a remote one. */
    private static final String PROXY = "mcp-remote";

    /** mcp-remote's {@code --header} value, as its parser matches it. */
    private static final Pattern PROXY_HEADER = Pattern.compile("([A-Za-z0-9_-]+):\\s*(.*)");

    /**
     * The remote server's limit, as mcp-remote reads its arguments: it takes every {@code --header}
     * and the word after it out first (a header it cannot parse is dropped), and the address is the
     * first word left.
     */
    private static Located<ServerLimit> throughProxy(List<Word> args) {
        List<Word> rest = new ArrayList<>();
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).text().equals("--header") && i + 1 < args.size()) {
                Word value = args.get(++i);
                Matcher header = PROXY_HEADER.matcher(value.text());
                if (header.matches()) {
                    headers.add(new Header(header.group(1), new Word(header.group(2), value.at())));
                }
            } else {
                rest.add(args.get(i));
            }
        }
        return rest.isEmpty() ? null : remote(List.of(rest.get(0)), headers);
    }

    /** In the variables the file does not show: any name at all (a file of variables). */
    static final String ANY = "*";

    /** Package runners, which start the package named first. */
    private static final Set<String> RUNNERS = Set.of("npx", "bunx", "pnpx", "uvx");

    /** A runner's options that take no value, and those that take one; any other (npx -p, -c, uvx --from) may run another program. */
    private static final Set<String> RUNNER_FLAGS = Set.of("-y", "--yes", "-q", "--quiet", "--isolated", "--refresh", "--offline", "--no-cache");
    private static final Set<String> RUNNER_OPTIONS = Set.of("--python", "--with");

    /** {@code docker run} options that take no value; any other option without '=' is taken to take the next word. */
    private static final Set<String> CONTAINER_FLAGS = Set.of("-i", "-t", "-it", "-ti", "-d", "--rm", "--init", "--interactive", "--tty",
            "--detach", "--privileged", "--read-only", "-q", "--quiet", "--no-healthcheck", "--oom-kill-disable", "--publish-all", "-P");

    /**
     * Where in {@code line} the word naming the server the client starts is, or -1: the program
     * itself, the package a runner runs, or the image {@code docker run} starts, whose {@code -e}
     * variables (the last of a name wins; {@code -e NAME} passes on the client's, from
     * {@code given}) are put in {@code variables}, and those it passes on unseen in {@code unseen}.
     */
    private static int serverAt(List<Word> line, Map<String, Word> given, Map<String, Word> variables, Set<String> unseen) {
        String program = McpServerFields.program(line.get(0).text());
        if (KnownServer.named(line.get(0).text()) != null || KnownServer.bareName(program).equals(PROXY)) {
            return 0;
        }
        if (McpServerFields.CONTAINER_RUNNERS.contains(program)) {
            return image(line, given, variables, unseen);
        }
        int at = 1;
        if ((program.equals("pnpm") || program.equals("yarn")) && line.size() > 1 && line.get(1).text().equals("dlx")) {
            at = 2;
        } else if (!RUNNERS.contains(program)) {
            return -1;
        }
        for (; at < line.size(); at++) {
            String word = line.get(at).text();
            if (RUNNER_OPTIONS.contains(word)) {
                at++;
            } else if (!RUNNER_FLAGS.contains(word)) {
                return word.startsWith("-") || KnownServer.named(word) == null && !KnownServer.bareName(word).equals(PROXY) ? -1 : at;
            }
        }
        return -1;
    }

    private static int image(List<Word> line, Map<String, Word> given, Map<String, Word> variables, Set<String> unseen) {
        if (line.size() < 2 || !line.get(1).text().equals("run")) {
            return -1; // docker exec and the like run what the container already holds
        }
        for (int at = 2; at < line.size(); at++) {
            Word word = line.get(at);
            String text = word.text();
            String variable;
            if ((text.equals("-e") || text.equals("--env")) && at + 1 < line.size()) {
                word = line.get(++at);
                variable = word.text();
            } else if (text.startsWith("--env=")) {
                variable = text.substring("--env=".length());
            } else if (text.startsWith("-e") && text.length() > 2 && !text.startsWith("--")) {
                variable = text.substring(2);
            } else if (text.equals("--entrypoint") || text.startsWith("--entrypoint=")) {
                return -1; // the image runs another program
            } else if (text.equals("--env-file") || text.startsWith("--env-file=")) {
                unseen.add(ANY);
                at += text.indexOf('=') < 0 ? 1 : 0;
                continue;
            } else if (text.startsWith("-")) {
                if (!CONTAINER_FLAGS.contains(text) && text.indexOf('=') < 0) {
                    at++;
                }
                continue;
            } else {
                return KnownServer.named(text) == null ? -1 : at;
            }
            int equals = variable.indexOf('=');
            String name = equals < 0 ? variable : variable.substring(0, equals);
            Word value = equals >= 0 ? new Word(variable.substring(equals + 1), word.at()) : given.get(name);
            if (value == null) {
                variables.remove(name); // passed on from the operator's environment, whatever it holds
                unseen.add(name);
            } else {
                variables.put(name, value);
            }
        }
        return -1;
    }

    private static List<YEntry> entries(YMap server, String key) {
        if (!(server.get(key) instanceof YMap map)) {
            return List.of();
        }
        return map.entries().values().stream().filter(e -> e.value() instanceof YScalar s && !s.isNull()).toList();
    }
}
