package io.oversight.deployment.runtime;

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
     * The credentials a server's command line ({@code args}) or {@code url} carries, cited at the
     * argument or the URL and never quoted: a written token ({@code ghp_…}, a secret the masker
     * knows), the value after a flag named like one ({@code --token VALUE}, {@code --api-key=VALUE}),
     * and, when the client replaces {@code ${VAR}} references there ({@code expands}: Claude Code,
     * VS Code and Cursor do, in args and url as in env), a reference to the operator's credential
     * ({@code ${GITHUB_TOKEN}}). Codex passes arguments as written, so a reference there is text.
     * Values of the wrong shape are reported where {@link #transport} reads them.
     */
    static List<Credential> inCommandLine(YMap server, boolean expands) {
        List<Credential> credentials = new ArrayList<>();
        String flag = null;
        for (YScalar argument : texts(server.get("args"))) {
            String value = argument.text();
            boolean isFlag = value.startsWith("-");
            int equals = value.indexOf('=');
            String name = flag != null && !isFlag ? flag : "args";
            if (isFlag && equals > 0) {
                name = value.substring(0, equals);
                value = value.substring(equals + 1);
            }
            Credentials.of(name, value, argument.position()).filter(c -> expands || c.source() != CredentialSource.ENVIRONMENT)
                    .ifPresent(credentials::add);
            // The next argument may be this flag's value: "--token ghp_…" hands the token under the flag's name.
            flag = isFlag && equals < 0 ? value : null;
        }
        for (YScalar url : URL_KEYS.stream().flatMap(key -> texts(server.get(key)).stream()).toList()) {
            Credentials.of("url", url.text(), url.position()).filter(c -> expands || c.source() != CredentialSource.ENVIRONMENT)
                    .ifPresent(credentials::add);
        }
        return credentials;
    }

    /** The texts {@code node} holds: itself, or the items of a list; nothing of another shape. */
    private static List<YScalar> texts(YNode node) {
        List<YNode> items = node instanceof YList list ? list.items() : node == null ? List.of() : List.of(node);
        return items.stream().filter(n -> n instanceof YScalar s && s.type() == YScalar.Type.STRING).map(n -> (YScalar) n).toList();
    }
}
