package io.oversight.deployment.runtime;

import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/** What every MCP client writes alike about a server: how to reach it, and the variables and headers it is given. */
final class McpServerFields {

    private McpServerFields() {
    }

    /** The server's URL, or its command line, masked: an argument may carry a token. */
    static String transport(Reading reading, YMap server, String what) {
        Located<String> url = reading.text(server, "url");
        Located<String> command = reading.text(server, "command");
        if (url == null && command == null) {
            reading.problem(server.position(), what + " has neither 'command' nor 'url'");
            return "";
        }
        if (url != null) {
            return SecretMasker.mask(url.value());
        }
        List<String> line = new ArrayList<>();
        line.add(command.value());
        reading.texts(server, "args").forEach(a -> line.add(a.value()));
        return SecretMasker.mask(String.join(" ", line));
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
}
