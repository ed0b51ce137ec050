package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;

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
            case STRING -> "the string '" + text + "'";
            case INTEGER -> "the number " + text;
            case FLOAT -> "the number " + text;
            case BOOLEAN -> "the boolean " + text;
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
