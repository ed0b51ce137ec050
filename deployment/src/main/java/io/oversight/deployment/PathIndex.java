package io.oversight.deployment;

import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;

/**
 * Where each value of a parsed document was written, in flat arrays of ints: the part of the
 * YAML tree that evidence needs once the deployment is bound. The tree itself (millions of
 * objects for a large file) can then be dropped before the rules run.
 *
 * <p>Nodes are the mappings and lists; an edge is one entry or item, with its key (null in a
 * list), the position a path ending there resolves to (a scalar's own position, else its key's or
 * item's) and the node it leads to (-1 for a scalar).
 */
public final class PathIndex {

    private final int rootLine;
    private final int rootColumn;
    private final int[] firstEdge;
    private final int[] edgeCount;
    private final boolean[] isList;
    private int nodes;
    private final String[] keys;
    private final int[] target;
    private final int[] lines;
    private final int[] columns;
    private int edges;

    public PathIndex(YNode root) {
        this.rootLine = root.position().line();
        this.rootColumn = root.position().column();
        // Counted first, so that each array is allocated once at its size: at 100,000 agents they
        // hold millions of entries, and growing them would briefly need twice that.
        long[] counts = new long[2];
        count(root, counts);
        int nodeCount = (int) counts[0];
        int edgeTotal = (int) counts[1];
        firstEdge = new int[nodeCount];
        edgeCount = new int[nodeCount];
        isList = new boolean[nodeCount];
        keys = new String[edgeTotal];
        target = new int[edgeTotal];
        lines = new int[edgeTotal];
        columns = new int[edgeTotal];
        add(root);
    }

    /** Adds the nodes (mappings and lists) and edges (entries and items) under {@code node} to {@code counts}. */
    private static void count(YNode node, long[] counts) {
        if (node instanceof YMap map) {
            counts[0]++;
            counts[1] += map.size();
            for (int i = 0; i < map.size(); i++) {
                count(map.entry(i).value(), counts);
            }
        } else if (node instanceof YList list) {
            counts[0]++;
            counts[1] += list.items().size();
            for (YNode item : list.items()) {
                count(item, counts);
            }
        }
    }

    Position root() {
        return new Position(rootLine, rootColumn);
    }

    /**
     * The position the segments of {@code path} after {@code at} and before {@code end} resolve
     * to: the deepest present segment's, as {@link SourceMap#locate} describes. {@code at} is
     * where the first segment's slash stands. Read in place: the evidence of 100,000 findings was
     * split into strings for every lookup.
     */
    Position locate(String path, int at, int end) {
        int node = nodes == 0 ? -1 : 0;
        int line = rootLine;
        int column = rootColumn;
        while (at < end) {
            int start = at + 1;
            int stop = segmentEnd(path, start, end);
            int edge = node < 0 ? -1 : edge(node, path, start, stop);
            if (edge < 0) {
                break;
            }
            line = lines[edge];
            column = columns[edge];
            node = target[edge];
            at = stop;
        }
        return new Position(line, column);
    }

    private int edge(int node, String path, int start, int stop) {
        int first = firstEdge[node];
        if (isList[node]) {
            int index = index(path, start, stop);
            return index >= 0 && index < edgeCount[node] ? first + index : -1;
        }
        int length = stop - start;
        for (int e = first; e < first + edgeCount[node]; e++) {
            if (keys[e].length() == length && path.startsWith(keys[e], start)) {
                return e;
            }
        }
        return -1;
    }

    /** Where the segment of {@code path} that starts at {@code start} ends: its closing slash, or {@code end}. */
    static int segmentEnd(String path, int start, int end) {
        int slash = path.indexOf('/', start);
        return slash < 0 || slash > end ? end : slash;
    }

    /** The list index the segment of {@code path} from {@code start} to {@code stop} names, or -1. */
    static int index(String path, int start, int stop) {
        if (stop == start || stop - start >= 10) {
            return -1;
        }
        for (int i = start; i < stop; i++) {
            if (path.charAt(i) < '0' || path.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(path, start, stop, 10);
    }

    /** Adds {@code node} (a mapping or list) and everything under it; returns its number, or -1 for a scalar. */
    private int add(YNode node) {
        if (node instanceof YScalar) {
            return -1;
        }
        // A node an alias shares is indexed again under each path; aliases are bounded by InputLimits.
        int id = nodes++;
        if (node instanceof YMap map) {
            int first = reserve(map.size());
            firstEdge[id] = first;
            edgeCount[id] = map.size();
            for (int i = 0; i < map.size(); i++) {
                YEntry entry = map.entry(i);
                keys[first + i] = entry.key();
                if (entry.value() instanceof YScalar scalar) {
                    lines[first + i] = scalar.line();
                    columns[first + i] = scalar.column();
                } else {
                    lines[first + i] = entry.keyLine();
                    columns[first + i] = entry.keyColumn();
                }
            }
            for (int i = 0; i < map.size(); i++) {
                target[first + i] = add(map.entry(i).value());
            }
        } else {
            YList list = (YList) node;
            isList[id] = true;
            int first = reserve(list.items().size());
            firstEdge[id] = first;
            edgeCount[id] = list.items().size();
            for (int i = 0; i < list.items().size(); i++) {
                Position at = list.items().get(i).position();
                lines[first + i] = at.line();
                columns[first + i] = at.column();
            }
            for (int i = 0; i < list.items().size(); i++) {
                target[first + i] = add(list.items().get(i));
            }
        }
        return id;
    }

    private int reserve(int count) {
        int first = edges;
        edges += count;
        return first;
    }
}
