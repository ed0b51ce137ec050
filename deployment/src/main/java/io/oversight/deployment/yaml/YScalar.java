package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;
import io.oversight.deployment.SecretMasker;

/**
 * A YAML scalar as the parser typed it; {@code text} is what was written. The position is kept as
 * two ints: a large file has millions of scalars.
 */
public record YScalar(int line, int column, Type type, String text) implements YNode {

    /** How YAML's core schema resolved the scalar; quoted scalars are always strings. */
    public enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    public YScalar(Position position, Type type, String text) {
        this(position.line(), position.column(), type, text);
    }

    @Override
    public Position position() {
        return new Position(line, column);
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    @Override
    public String describe() {
        return switch (type) {
            // A value put where another kind belongs may be a key in the wrong place: quoted as a report quotes text.
            case STRING -> text.isEmpty() ? "an empty value" : "the string '" + SecretMasker.maskQuoted(text) + "'";
            case INTEGER -> "the number " + text;
            case FLOAT -> "the number " + text;
            // yes, no, on, off: booleans to YAML 1.1 readers, texts to YAML 1.2 ones; only quotes say which is meant.
            case BOOLEAN -> text.equals("true") || text.equals("false") ? "the boolean " + text
                    : "`" + text + "`, which YAML 1.1 reads as a boolean and YAML 1.2 as a text; quote it (\"" + text + "\") to mean the text";
            case NULL -> "an empty value";
        };
    }

    @Override
    public String kind() {
        return switch (type) {
            case STRING -> "a text";
            case INTEGER, FLOAT -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "empty";
        };
    }
}
