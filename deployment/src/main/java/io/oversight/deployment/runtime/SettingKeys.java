package io.oversight.deployment.runtime;

import io.oversight.deployment.yaml.YMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top-level keys a runtime reads from its own configuration file, as its published schema
 * lists them (the resource of each names its source). Any syntax can hold keys: a file that holds
 * keys but none of these is another file (a project's .mcp.json, a package.json), and read as this
 * runtime's it would say nothing and judge the agent on nothing. Most of these keys bear on no
 * verdict and are skipped by the readers; they are listed so that a file holding only them (a
 * model, a status line) stays a valid configuration.
 */
enum SettingKeys {
    CLAUDE_CODE("claude-code-settings.keys"),
    CODEX("codex-config.keys");

    /** JSON Schema's own key, which any JSON file may hold to name its schema: it says nothing of what the file configures. */
    private static final String SCHEMA = "$schema";

    private final Set<String> keys;

    SettingKeys(String resource) {
        try (InputStream in = SettingKeys.class.getResourceAsStream("/oversight/deployment/runtime/" + resource)) {
            keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code key} is one of the runtime's own keys. */
    boolean lists(String key) {
        return keys.contains(key);
    }

    /** Whether {@code root} holds keys (other than {@code $schema}) and none of them is the runtime's. */
    boolean foreign(YMap root) {
        return root.entries().keySet().stream().anyMatch(key -> !key.equals(SCHEMA)) && root.entries().keySet().stream().noneMatch(keys::contains);
    }
}
