package io.oversight.engine;

import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kie.api.builder.Message;

/**
 * Drools' errors in an organization's rule files, as problems located in those files. Drools
 * gives no line for a constraint it cannot parse ({@code Unable to parse left part of expression:
 * nosuchfield == 1}); the expression it quotes is then looked up in the file, so that the user
 * is still led to the line.
 *
 * @param dir the rules directory, cited when a message names no file of it
 * @param files each rule file by the resource Drools compiled it as
 * @param texts each rule file's text
 */
record RuleErrors(Path dir, Map<String, Path> files, Map<Path, String> texts) {

    private static final String QUOTED_EXPRESSION = "expression: ";
    /** The javaparser's list of every token it would have taken: hundreds of characters that say nothing of the rule. */
    private static final String EXPECTED_TOKENS = ", expected one of";

    List<Problem> of(List<Message> messages) {
        return messages.stream().map(this::problem).toList();
    }

    private Problem problem(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        Path file = files.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        String text = message.getText().strip().lines().findFirst().orElse("");
        Position at = message.getLine() > 0 ? new Position(message.getLine(), Math.max(1, message.getColumn()))
                : file == null ? null : quoted(text, texts.get(file));
        int tokens = text.indexOf(EXPECTED_TOKENS);
        return new Problem(file != null ? file.toString() : dir.toString(), at, "rule error: " + (tokens < 0 ? text : text.substring(0, tokens)));
    }

    /** Where the file first holds the expression the message quotes; null when it quotes none, or one the file does not hold as written. */
    private static Position quoted(String text, String drl) {
        int start = text.indexOf(QUOTED_EXPRESSION);
        if (start < 0) {
            return null;
        }
        int offset = drl.indexOf(text.substring(start + QUOTED_EXPRESSION.length()).strip());
        if (offset < 0) {
            return null;
        }
        int lineStart = drl.lastIndexOf('\n', offset - 1) + 1;
        return new Position((int) drl.substring(0, offset).chars().filter(c -> c == '\n').count() + 1, offset - lineStart + 1);
    }
}
