package io.oversight.report.formats;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A file name as the user gave it, written as a URI reference (RFC 3986), as SARIF's
 * {@code artifactLocation.uri} and OSCAL's {@code href} require. A relative name that is already a
 * valid reference ({@code samples/kiro-incident.yaml}) comes out unchanged, so code-scanning tools
 * match it to the repository's files; an absolute one is a {@code file:} URI
 * ({@code file:///home/ci/agents.yaml}, {@code file:///C:/deploy/agents.yaml}), which SARIF asks
 * for files on the local file system and which GitHub's upload makes relative to the checkout; a
 * bare {@code /home/ci/agents.yaml} would be read as relative to the repository. Anything else is
 * percent-encoded.
 */
public final class UriReference {

    /** A Windows drive at the start of an absolute name ({@code C:/}), once backslashes are separators. */
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:/.*");

    private UriReference() {
    }

    public static String of(String file) {
        // Windows separators are path separators, not characters of the name.
        String path = file.replace('\\', '/');
        if (DRIVE.matcher(path).matches()) {
            return "file:///" + path.substring(0, 2) + encoded(path.substring(2));
        }
        if (file.startsWith("\\\\") && path.length() > 2 && path.charAt(2) != '/') {
            return "file:" + encoded(path); // a UNC name (\\server\share\a.yaml): the server is the authority, RFC 8089
        }
        return path.startsWith("/") ? "file://" + encoded(path) : encoded(path);
    }

    /** {@code file}'s path, percent-encoded, without a scheme: a name to build other identifiers from. */
    public static String path(String file) {
        return encoded(file.replace('\\', '/'));
    }

    private static String encoded(String path) {
        StringBuilder uri = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (allowed(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    /** RFC 3986 unreserved characters and the delimiters a path may hold; '%', '?', '#' and ':' are encoded. */
    private static boolean allowed(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
    }
}
