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

/** A YAML mapping with string keys, in document order. */
public record YMap(int line, int column, Map<String, YEntry> entries) implements YNode {

    public YMap {
        entries = entries instanceof Entries compact ? compact : new Entries(entries.values().toArray(new YEntry[0]));
    }

    public YMap(Position position, Map<String, YEntry> entries) {
        this(position.line(), position.column(), entries);
    }

    @Override
    public Position position() {
        return new Position(line, column);
    }

    public YEntry entry(String key) {
        return entries.get(key);
    }

    /** The value under {@code key}, or null when the key is absent. */
    public YNode get(String key) {
        YEntry e = entries.get(key);
        return e == null ? null : e.value();
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    /**
     * The entries in an array, read-only: a large file has over a million mappings of a few keys
     * each, for which a hash map costs several times the memory and a scan is as fast.
     */
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
