package io.oversight.deployment.runtime;

/**
 * JSON with comments and trailing commas, as VS Code writes its configuration, turned into JSON
 * by blanking them: each comment and trailing comma becomes spaces, line breaks are kept, so that
 * every position the JSON parser reports is the position in the file.
 */
final class JsoncText {

    private JsoncText() {
    }

    static String toJson(String text) {
        char[] out = text.toCharArray();
        int lastComma = -1;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '"') {
                i = stringEnd(out, i);
                lastComma = -1;
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                while (i < out.length && out[i] != '\n' && out[i] != '\r') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                int start = i;
                i += 2;
                while (i + 1 < out.length && !(out[i] == '*' && out[i + 1] == '/')) {
                    i++;
                }
                int end = Math.min(out.length, i + 2);
                for (int j = start; j < end; j++) {
                    if (out[j] != '\n' && out[j] != '\r') {
                        out[j] = ' ';
                    }
                }
                i = end - 1;
            } else if (c == ',') {
                lastComma = i;
            } else if ((c == '}' || c == ']') && lastComma >= 0) {
                out[lastComma] = ' ';
                lastComma = -1;
            } else if (!Character.isWhitespace(c)) {
                lastComma = -1;
            }
        }
        return new String(out);
    }

    /** The index of the quote that closes the string opening at {@code open}, or the last index when it is unclosed. */
    private static int stringEnd(char[] text, int open) {
        for (int i = open + 1; i < text.length; i++) {
            if (text[i] == '\\') {
                i++;
            } else if (text[i] == '"' || text[i] == '\n') {
                return i;
            }
        }
        return text.length - 1;
    }
}
