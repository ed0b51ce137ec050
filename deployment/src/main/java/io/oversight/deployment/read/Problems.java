package io.oversight.deployment.read;

import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a file so that the user sees them all in one run. Problems of the
 * files a deployment imports join those of the deployment; the deployment's come first, then each
 * imported file's in turn, each in file order.
 */
final class Problems {

    private final String file;
    private final List<Problem> list;

    Problems(String file) {
        this(file, Collections.synchronizedList(new ArrayList<>())); // agents are bound on several threads
    }

    private Problems(String file, List<Problem> list) {
        this.file = file;
        this.list = list;
    }

    /** The same collection, for problems located in {@code other}, a file the deployment imports. */
    Problems forFile(String other) {
        return new Problems(other, list);
    }

    String file() {
        return file;
    }

    void add(Position position, String message) {
        list.add(new Problem(file, position, message));
    }

    void add(Problem problem) {
        list.add(problem);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Problem> sorted() {
        List<Problem> copy;
        synchronized (list) {
            // A file imported by several permissions may show the same problem to each; say it once.
            copy = new ArrayList<>(list.stream().distinct().toList());
        }
        List<String> files = new ArrayList<>();
        files.add(file);
        copy.stream().map(Problem::file).filter(f -> !files.contains(f)).forEach(files::add);
        copy.sort(Comparator.comparingInt((Problem p) -> files.indexOf(p.file())).thenComparing(Comparator.naturalOrder()));
        return copy;
    }
}
