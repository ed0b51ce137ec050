package io.oversight.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** The tool's name and version, as the build stamped them; every report names them. */
public final class Tool {

    private static final Properties PROPERTIES = load();

    private Tool() {
    }

    public static String name() {
        return PROPERTIES.getProperty("name", "oversight");
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /**
     * Where to read about the tool, for formats that link to it (SARIF's {@code informationUri}):
     * the {@code url} of tool.properties. Empty while the project publishes no such address, so no
     * report ever links to a page that does not exist.
     */
    public static Optional<String> informationUri() {
        String url = PROPERTIES.getProperty("url", "").strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Tool.class.getClassLoader().getResourceAsStream("oversight/tool.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
