package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A YAML mapping with string keys, in document order. The entries are kept in an array: a large
 * file has over a million mappings of a few keys each, for which a hash map costs several times
 * the memory and a scan is as fast.
 */
public final class YMap implements YNode {

    private final int line;
    private final int column;
    private final YEntry[] entries;

    public YMap(Position position, Map<String, YEntry> entries) {
        this.line = position.line();
        this.column = position.column();
        this.entries = entries.values().toArray(new YEntry[0]);
    }

    private YMap(int line, int column, YEntry[] entries) {
        this.line = line;
        this.column = column;
        this.entries = entries;
    }

    /** This mapping with the value under {@code key} (which it must have) replaced by {@code value}. */
    YMap with(String key, YNode value) {
        YEntry[] copy = entries.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i].key().equals(key)) {
                copy[i] = new YEntry(key, copy[i].keyLine(), copy[i].keyColumn(), value);
            }
        }
        return new YMap(line, column, copy);
    }

    /** The number of entries. */
    public int size() {
        return entries.length;
    }

    /** Entry {@code i}, in document order: for loops that should not allocate an iterator. */
    public YEntry entry(int i) {
        return entries[i];
    }

    @Override
    public Position position() {
        return new Position(line, column);
    }

    /** The entries by key, in document order; read-only. */
    public Map<String, YEntry> entries() {
        return new Entries(entries);
    }

    public YEntry entry(String key) {
        for (YEntry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** The value under {@code key}, or null when the key is absent. */
    public YNode get(String key) {
        YEntry e = entry(key);
        return e == null ? null : e.value();
    }

    @Override
    public String describe() {
        return "a mapping";
    }


    @Override
    public boolean equals(Object other) {
        return other instanceof YMap m && m.line == line && m.column == column && Arrays.equals(m.entries, entries);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entries) * 31 + line;
    }

    @Override
    public String toString() {
        return "YMap[position=" + line + ":" + column + ", entries=" + Arrays.toString(entries) + "]";
    }

    /** A read-only map over the entries' array. */
    private static final class Entries extends AbstractMap<String, YEntry> {
        private final YEntry[] entries;
        private Set<Map.Entry<String, YEntry>> view;

        Entries(YEntry[] entries) {
            this.entries = entries;
        }

        @Override
        public YEntry get(Object key) {
            for (YEntry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public Collection<YEntry> values() {
            return Collections.unmodifiableList(Arrays.asList(entries));
        }

        @Override
        public Set<Map.Entry<String, YEntry>> entrySet() {
            if (view == null) {
                view = new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<String, YEntry>> iterator() {
                        return new Iterator<>() {
                            private int next;

                            @Override
                            public boolean hasNext() {
                                return next < entries.length;
                            }

                            @Override
                            public Map.Entry<String, YEntry> next() {
                                if (next >= entries.length) {
                                    throw new NoSuchElementException();
                                }
                                YEntry e = entries[next++];
                                return new AbstractMap.SimpleImmutableEntry<>(e.key(), e);
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return entries.length;
                    }
                };
            }
            return view;
        }
    }
}
