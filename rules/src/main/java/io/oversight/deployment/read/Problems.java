package io.oversight.deployment.read;

import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a file so that the user sees them all in one run. */
final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Position position, String message) {
        list.add(new Problem(file, position, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
