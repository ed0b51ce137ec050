package io.oversight.deployment.yaml;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;

/**
 * A {@code %YAML} directive must ask for 1.2, the version whose core schema the values are read
 * by: a file that asks for 1.1 expects {@code 017} to be 15 and {@code yes} to be true, which
 * Oversight refuses, so the file is refused at the directive rather than read otherwise than its
 * author asked.
 */
final class YamlDirectives {

    private static final String DIRECTIVE = "%YAML";

    private YamlDirectives() {
    }

    /**
     * Checks the directives before the first document; with {@code everyDocument}, those after each
     * {@code ...} of a stream too (a line can begin with {@code %} nowhere else in a document).
     */
    static void check(String file, String text, boolean everyDocument) throws InvalidInputException {
        int lineStart = 0;
        int line = 1;
        boolean prologue = true;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? text.length() : end;
            String content = text.substring(lineStart, lineEnd).stripTrailing();
            if (prologue && content.startsWith(DIRECTIVE) && (content.length() == DIRECTIVE.length() || content.charAt(DIRECTIVE.length()) == ' ')) {
                String version = content.substring(DIRECTIVE.length()).strip();
                int comment = version.indexOf(" #");
                version = comment < 0 ? version : version.substring(0, comment).strip();
                if (!version.equals("1.2")) {
                    throw new InvalidInputException(Problem.syntax(file, new Position(line, 1), "the file asks for YAML "
                            + (version.isEmpty() ? "of no version" : version) + " (" + DIRECTIVE + (version.isEmpty() ? "" : " " + version)
                            + "); Oversight reads YAML 1.2, where 017 is 17 and yes is no boolean: write %YAML 1.2 or remove the line"));
                }
            } else if (prologue && !content.isBlank() && !content.startsWith("#") && !content.startsWith("%")) {
                prologue = false;
                if (!everyDocument) {
                    return;
                }
            } else if (content.equals("...")) {
                prologue = true;
            }
            if (end < 0) {
                return;
            }
            lineStart = end + 1;
            line++;
        }
    }
}
