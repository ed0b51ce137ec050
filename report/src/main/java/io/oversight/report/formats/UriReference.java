package io.oversight.report.formats;

import java.nio.charset.StandardCharsets;

/**
 * A file name as the user gave it, written as a relative or absolute URI reference (RFC 3986), as
 * SARIF's {@code artifactLocation.uri} and OSCAL's {@code href} require. Names that are already
 * valid references ({@code samples/kiro-incident.yaml}) come out unchanged, so code-scanning tools
 * match them to the repository's files; anything else is percent-encoded.
 */
public final class UriReference {

    private UriReference() {
    }

    public static String of(String file) {
        // Windows separators are path separators, not characters of the name.
        String path = file.replace('\\', '/');
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
