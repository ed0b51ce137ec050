package io.oversight.deployment.runtime;

import io.oversight.deployment.Position;
import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/** What every MCP client writes alike about a server: how to reach it, and the variables and headers it is given. */
final class McpServerFields {

    private McpServerFields() {
    }

    /**
     * Where a client reads a remote server's address: {@code url}, Gemini CLI's {@code httpUrl}
     * (streamable HTTP, ahead of its {@code url}, which is SSE) and Windsurf's {@code serverUrl}.
     */
    private static final List<String> URL_KEYS = List.of("httpUrl", "url", "serverUrl");

    /** The keys that say how a server is reached: its address, or its command line. */
    static final List<String> TRANSPORT_KEYS = java.util.stream.Stream.concat(URL_KEYS.stream(), java.util.stream.Stream.of("command", "args")).toList();

    /** The server's URL, or its command line, masked: an argument may carry a token. */
    static String transport(Reading reading, YMap server, String what) {
        Located<String> url = null;
        for (String key : URL_KEYS) {
            Located<String> written = reading.text(server, key);
            url = url == null ? written : url;
        }
        Located<String> command = reading.text(server, "command");
        if (url == null && command == null) {
            reading.problem(server.position(), what + " has neither 'command' nor 'url' (nor Gemini CLI's 'httpUrl', Windsurf's 'serverUrl')");
            return "";
        }
        if (url != null) {
            return SecretMasker.maskQuoted(url.value());
        }
        List<String> line = new ArrayList<>();
        line.add(command.value());
        reading.texts(server, "args").forEach(a -> line.add(a.value()));
        return SecretMasker.maskQuoted(String.join(" ", line));
    }

    /**
     * The credentials a server's configuration hands it: those among its variables and headers
     * under {@code keys}, and those its command line or URL carries ({@link #inCommandLine}, where
     * the client {@code expands} references).
     */
    static List<Credential> handedTo(Reading reading, YMap server, List<String> keys, boolean expands) {
        List<Credential> credentials = new ArrayList<>(credentials(reading, server, keys));
        credentials.addAll(inCommandLine(server, expands));
        return credentials;
    }

    /** The credentials among the variables or headers under each of {@code keys}. */
    static List<Credential> credentials(Reading reading, YMap server, List<String> keys) {
        List<Credential> credentials = new ArrayList<>();
        for (String key : keys) {
            for (YEntry variable : reading.textEntries(server, key)) {
                Credentials.of(variable.key(), ((YScalar) variable.value()).text(), variable.keyPosition()).ifPresent(credentials::add);
            }
        }
        return credentials;
    }

    /**
     * The credentials a server's command line ({@code command} and {@code args}) or {@code url}
     * carries, cited at the argument or the URL and never quoted: a written token ({@code ghp_…}, a
     * secret the masker knows), the value after a flag named like one ({@code --token VALUE},
     * {@code --api-key=VALUE}), and, when the client replaces {@code ${VAR}} references there
     * ({@code expands}: Claude Code, VS Code and Cursor do, in args and url as in env), a reference to
     * the operator's credential ({@code ${GITHUB_TOKEN}}). Codex passes arguments as written, so a
     * reference there is text. Values of the wrong shape are reported where {@link #transport} reads
     * them. What a launcher hands the server is read too ({@link #launched}).
     */
    static List<Credential> inCommandLine(YMap server, boolean expands) {
        List<Credential> credentials = new ArrayList<>();
        List<YScalar> line = commandLine(server);
        List<Token> tokens = tokens(line);
        // A container's variable passed on by name (-e NAME) holds what the server's env gives it, when it gives one.
        java.util.Set<String> given = server.get("env") instanceof YMap env ? env.entries().keySet() : java.util.Set.of();
        // What kind of server the line starts, read once: an AWS server's --profile and a Kubernetes server's --context choose the operator's credentials.
        String kind = tokens.stream().map(Token::text).collect(java.util.stream.Collectors.joining(" ")).toLowerCase(java.util.Locale.ROOT);
        String flag = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (launched(tokens, i, given, kind, credentials)) {
                flag = null;
                continue;
            }
            String value = token.text();
            boolean isFlag = value.startsWith("-");
            int equals = value.indexOf('=');
            String name = flag != null && !isFlag ? flag : "args";
            if (isFlag && equals > 0) {
                name = value.substring(0, equals);
                value = value.substring(equals + 1);
            }
            Credentials.of(name, value, token.at()).filter(c -> expands || c.source() != CredentialSource.ENVIRONMENT)
                    .ifPresent(credentials::add);
            // The next argument may be this flag's value: "--token ghp_…" hands the token under the flag's name.
            flag = isFlag && equals < 0 ? value : null;
        }
        for (YScalar url : urls(server)) {
            Credentials.of("url", url.text(), url.position()).filter(c -> expands || c.source() != CredentialSource.ENVIRONMENT)
                    .ifPresent(credentials::add);
        }
        return credentials;
    }

    /** A server's {@code command} and {@code args}, the texts of its command line in order. */
    static List<YScalar> commandLine(YMap server) {
        List<YScalar> line = new ArrayList<>(texts(server.get("command")));
        line.addAll(texts(server.get("args")));
        return line;
    }

    /** A server's addresses, under each key a client reads one from. */
    static List<YScalar> urls(YMap server) {
        return URL_KEYS.stream().flatMap(key -> texts(server.get(key)).stream()).toList();
    }

    /** One word of a command line, at the value that writes it. */
    private record Token(String text, Position at) {
    }

    /**
     * The words of a command line: each argument, and each word of a command or a shell's
     * {@code -c} script (Windows' {@code cmd /c}) written as one string ({@code "KUBECONFIG=/etc/admin.conf npx server"}),
     * all cited at the value that holds them.
     */
    private static List<Token> tokens(List<YScalar> line) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            YScalar value = line.get(i);
            boolean script = i == 0 || i > 0 && List.of("-c", "/c", "/C").contains(line.get(i - 1).text());
            if (script && value.text().strip().indexOf(' ') > 0) {
                for (String word : value.text().strip().split("\\s+")) {
                    tokens.add(new Token(word, value.position()));
                }
            } else {
                tokens.add(new Token(value.text(), value.position()));
            }
        }
        return tokens;
    }

    /** A variable set on a command line ({@code KUBECONFIG=/etc/admin.conf}). */
    private static final java.util.regex.Pattern ASSIGNMENT = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

    /** Programs that start a server in a container, passing it the variables and folders named. */
    static final java.util.Set<String> CONTAINER_RUNNERS = java.util.Set.of("docker", "podman", "nerdctl", "finch");

    /** Where the operator's credentials live: a container that mounts one acts with them. */
    private static final java.util.regex.Pattern CREDENTIAL_FOLDER = java.util.regex.Pattern.compile(
            "(?i).*(\\.kube|\\.aws|\\.ssh|\\.azure|\\.docker|\\.config/gcloud|\\.config/gh|\\.gnupg|\\.netrc|\\.git-credentials"
                    + "|/var/run/secrets|/run/secrets|docker\\.sock)([/:].*)?");

    /**
     * Whether the word at {@code i} is one a launcher reads, its credential (if it hands one) added
     * to {@code credentials}: a variable set before the command or by {@code env}, or passed to a
     * container ({@code -e NAME=VALUE}, {@code -e NAME} from the operator's environment unless the
     * server's {@code env} gives it); a file of
     * variables ({@code --env-file}, dotenv's {@code -e}); a credential folder mounted into a
     * container ({@code -v ~/.kube:/root/.kube}); {@code aws-vault exec PROFILE}; secrets injected by
     * 1Password's {@code op run} or {@code sops exec-env}.
     */
    private static boolean launched(List<Token> tokens, int i, java.util.Set<String> given, String line, List<Credential> credentials) {
        String word = tokens.get(i).text();
        Position at = tokens.get(i).at();
        String program = program(tokens.get(0).text());
        String before = i == 0 ? "" : tokens.get(i - 1).text();
        boolean assignment = ASSIGNMENT.matcher(word).matches();
        if (assignment && (leadingAssignments(tokens, i) || program.equals("env") || before.equals("-e") || before.equals("--env"))) {
            int equals = word.indexOf('=');
            Credentials.of(word.substring(0, equals), word.substring(equals + 1), at).ifPresent(credentials::add);
            return true;
        }
        if ((before.equals("-e") || before.equals("--env")) && CONTAINER_RUNNERS.contains(program)) {
            if (Credentials.isCredentialVariable(word) && !given.contains(word)) {
                credentials.add(new Credential(word, CredentialSource.ENVIRONMENT, word, at));
            }
            return true;
        }
        if (before.equals("--env-file") || before.equals("-e") && runs(tokens, i, "dotenv", "dotenv-cli")) {
            credentials.add(new Credential(before, CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(word), at));
            return true;
        }
        String mounted = before.equals("-v") || before.equals("--volume") ? word.split(":", 2)[0]
                : before.equals("--mount") ? mountSource(word) : null;
        if (mounted != null) {
            if (CREDENTIAL_FOLDER.matcher(mounted).matches()) {
                credentials.add(new Credential(before, CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(mounted), at));
            }
            return true;
        }
        // A profile or a context is the operator's when the line is an AWS or a Kubernetes server's (awslabs' --profile, kubernetes-mcp-server's --context).
        Credential chosen = chosenBy(word, before, line, at);
        if (chosen != null) {
            credentials.add(chosen);
            return true;
        }
        if (program.equals("aws-vault") && i == 2 && before.equals("exec")) {
            credentials.add(new Credential("aws-vault exec", CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(word), at));
            return true;
        }
        if (i == 1 && (program.equals("op") && word.equals("run") || program.equals("sops") && word.startsWith("exec-"))) {
            credentials.add(new Credential(program + " " + word, CredentialSource.SECRET_STORE, null, at));
            return true;
        }
        return false;
    }

    /**
     * Whether the words from the start of the command up to {@code i} are all variable assignments
     * ({@code A=1 B=2 npx ...}, also at the start of a shell's {@code -c} script or after {@code --}).
     */
    private static boolean leadingAssignments(List<Token> tokens, int i) {
        for (int j = i; j >= 0; j--) {
            String word = tokens.get(j).text();
            if (j < i && (word.equals("-c") || word.equals("--"))) {
                return true;
            }
            if (!ASSIGNMENT.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word before {@code i} runs one of {@code programs} ({@code npx dotenv-cli -e FILE}). */
    private static boolean runs(List<Token> tokens, int i, String... programs) {
        for (int j = 0; j < i; j++) {
            if (List.of(programs).contains(program(tokens.get(j).text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The operator's profile or context {@code word} chooses ({@code --profile NAME},
     * {@code --context=NAME}), when the command {@code line} (lower-cased) is an AWS server's or a
     * Kubernetes server's; else null.
     */
    private static Credential chosenBy(String word, String before, String line, Position at) {
        int equals = word.indexOf('=');
        boolean inline = word.startsWith("--") && equals > 0;
        String flag = inline ? word.substring(0, equals) : before;
        String value = inline ? word.substring(equals + 1) : word;
        boolean chooses = flag.equals("--profile") && line.contains("aws") || flag.equals("--context") && (line.contains("kube") || line.contains("k8s"));
        return chooses && !value.isEmpty() && !value.startsWith("-") ? new Credential(flag, CredentialSource.OPERATOR_PROFILE, SecretMasker.mask(value), at) : null;
    }

    /** The program a command names, without its folder ({@code /usr/bin/docker} is {@code docker}). */
    static String program(String command) {
        return command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
    }

    /** The source of a {@code --mount} specification ({@code type=bind,source=~/.kube,target=/root/.kube}), or "" when none. */
    private static String mountSource(String mount) {
        for (String part : mount.split(",")) {
            if (part.startsWith("source=") || part.startsWith("src=")) {
                return part.substring(part.indexOf('=') + 1);
            }
        }
        return "";
    }

    /** The texts {@code node} holds: itself, or the items of a list; nothing of another shape. */
    static List<YScalar> texts(YNode node) {
        List<YNode> items = node instanceof YList list ? list.items() : node == null ? List.of() : List.of(node);
        return items.stream().filter(n -> n instanceof YScalar s && s.type() == YScalar.Type.STRING).map(n -> (YScalar) n).toList();
    }
}
