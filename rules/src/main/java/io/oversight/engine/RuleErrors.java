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
    private static final String UNKNOWN_CLASS = "Unable to find class: ";
    /** Where the facts and the classes a rule reports with live: where a class a rule names but does not import is looked for. */
    private static final List<String> FACT_PACKAGES = List.of("io.oversight.deployment.model", "io.oversight.engine.facts",
            "io.oversight.engine");
    /** The javaparser's list of every token it would have taken: hundreds of characters that say nothing of the rule. */
    private static final String EXPECTED_TOKENS = ", expected one of";

    /**
     * The executable model compiles each consequence as a Java class of its own, and javac's errors
     * name that class's line: no place in a rule file.
     */
    private static final String GENERATED_SOURCE = "src/main/java/";
    /** The line javac adds after a generated class's errors, which says nothing more. */
    private static final String SOURCE_IN_ERROR = "Java source of ";

    List<Problem> of(List<Message> messages) {
        return messages.stream().filter(m -> !(generated(m) && m.getText().strip().startsWith(SOURCE_IN_ERROR))).map(this::problem).toList();
    }

    private static boolean generated(Message message) {
        return message.getPath() != null && message.getPath().startsWith(GENERATED_SOURCE) && message.getPath().endsWith(".java");
    }

    private Problem problem(Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        String text = message.getText().strip().lines().findFirst().orElse("");
        if (generated(message)) {
            // Its line and column were the generated class's (dir:22:851): cited at the folder, said where to look.
            return Problem.ofFile(dir.toString(), "rule error in the Java of a rule's consequence (between then and end): " + text);
        }
        Path file = files.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
        Position at = message.getLine() > 0 ? new Position(message.getLine(), Math.max(1, message.getColumn()))
                : file == null ? null : text.startsWith(UNKNOWN_CLASS) ? named(text.substring(UNKNOWN_CLASS.length()).strip(),
                        withoutComments(texts.get(file)))
                : quoted(text, texts.get(file));
        int tokens = text.indexOf(EXPECTED_TOKENS);
        String said = tokens < 0 ? text : text.substring(0, tokens);
        return new Problem(file != null ? file.toString() : dir.toString(), at, "rule error: " + said + importHint(text));
    }

    /** For a class the rule names without importing it, the import that finds it, when it is one of the facts. */
    private static String importHint(String text) {
        if (!text.startsWith(UNKNOWN_CLASS)) {
            return "";
        }
        String name = text.substring(UNKNOWN_CLASS.length()).strip();
        for (String pkg : FACT_PACKAGES) {
            try {
                Class.forName(pkg + "." + name, false, RuleErrors.class.getClassLoader());
                return "; import it: import " + pkg + "." + name + ";";
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package: try the next
            }
        }
        return "; a rule file imports the classes it names (import io.oversight.deployment.model.Agent;)";
    }

    /** Where the file first names {@code name} as a word after its imports; null when it does not. */
    private static Position named(String name, String drl) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("(?<![\\w.$])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])")
                .matcher(drl);
        while (word.find()) {
            int lineStart = drl.lastIndexOf('\n', word.start() - 1) + 1;
            if (!drl.substring(lineStart, word.start()).strip().startsWith("import")) {
                return position(drl, word.start());
            }
        }
        return null;
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
        return position(drl, offset);
    }

    /**
     * {@code drl} with its comments blanked, each character but a line break made a space, so that
     * offsets stay where they were: a rule's name or a class quoted in a comment is not its place.
     */
    static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl);
        int i = 0;
        char quote = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (quote != 0) {
                quote = c == '\\' ? quote : c == quote ? 0 : quote;
                i += c == '\\' ? 2 : 1;
            } else if (c == '"' || c == '\'') {
                quote = c;
                i++;
            } else if (drl.startsWith("//", i)) {
                int end = drl.indexOf('\n', i);
                i = blank(out, i, end < 0 ? drl.length() : end);
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? drl.length() : end + 2);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, int from, int to) {
        for (int j = from; j < to; j++) {
            if (out.charAt(j) != '\n') {
                out.setCharAt(j, ' ');
            }
        }
        return to;
    }

    /** The line and column of {@code offset} in {@code drl}. */
    static Position position(String drl, int offset) {
        int lineStart = drl.lastIndexOf('\n', offset - 1) + 1;
        return new Position((int) drl.substring(0, offset).chars().filter(c -> c == '\n').count() + 1, offset - lineStart + 1);
    }
}
