package io.oversight.deployment.yaml;

import java.util.List;
import java.util.function.Supplier;

/**
 * A document whose list under one top-level key (a deployment's agents) is kept apart, so that its
 * items are read one at a time, each into a small tree that is used and dropped, and on several
 * threads at once. The whole document never exists as one tree: at 100,000 agents that tree
 * would be most of the heap, and building it most of the time spent reading.
 */
public final class SplitDocument {

    /** Reads the items; each thread needs one of its own. */
    @FunctionalInterface
    public interface Items {
        /** Item {@code index}; throws {@link NotSplittable} when the document must be read again whole. */
        YNode item(int index);
    }

    private final YNode root;
    private final String key;
    private final int count;
    private final Supplier<Items> readers;

    private SplitDocument(YNode root, String key, int count, Supplier<Items> readers) {
        this.root = root;
        this.key = key;
        this.count = count;
        this.readers = readers;
    }

    /** A document read apart from its items, which {@code readers} read from the text. */
    static SplitDocument ofItems(YNode root, String key, int count, Supplier<Items> readers) {
        return new SplitDocument(root, key, count, readers);
    }

    /**
     * A document already read whole: split when {@code key} holds a list, else left as it is (with
     * no items), for the binder to report whatever is wrong with it.
     */
    public static SplitDocument ofTree(YNode root, String key) {
        if (root instanceof YMap map && map.get(key) instanceof YList list) {
            List<YNode> items = list.items();
            return new SplitDocument(map.with(key, new YList(list.position(), List.of())), key, items.size(), () -> items::get);
        }
        return new SplitDocument(root, key, -1, () -> index -> {
            throw new IndexOutOfBoundsException(index);
        });
    }

    /** The document, with the list under {@link #key()} empty when the document is split. */
    public YNode root() {
        return root;
    }

    public String key() {
        return key;
    }

    /** Whether {@link #key()} holds a list whose items are kept apart. */
    public boolean isSplit() {
        return count >= 0;
    }

    public int itemCount() {
        return Math.max(count, 0);
    }

    /** A reader of the items, for one thread. */
    public Items items() {
        return readers.get();
    }
}
