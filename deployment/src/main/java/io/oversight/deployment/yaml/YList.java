package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;
import java.util.List;

/** A YAML sequence. */
public record YList(int line, int column, List<YNode> items) implements YNode {

    public YList {
        items = List.copyOf(items);
    }

    public YList(Position position, List<YNode> items) {
        this(position.line(), position.column(), items);
    }

    @Override
    public Position position() {
        return new Position(line, column);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
