package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;
import java.util.List;

/** A YAML sequence. */
public record YList(Position position, List<YNode> items) implements YNode {

    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
