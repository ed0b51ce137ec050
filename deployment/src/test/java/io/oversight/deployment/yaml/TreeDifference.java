package io.oversight.deployment.yaml;

import java.util.List;
import java.util.Map;

/** Where two YAML trees differ: keys and their order, positions, scalar types and text. */
final class TreeDifference {

    private TreeDifference() {
    }

    /** The first place where the trees differ, or null when they are the same. */
    static String between(YNode expected, YNode actual) {
        return difference("", expected, actual);
    }

    private static String difference(String path, YNode slow, YNode fast) {
        if (!slow.getClass().equals(fast.getClass()) || !slow.position().equals(fast.position())) {
            return path + ": " + slow + " vs " + fast;
        }
        if (slow instanceof YScalar) {
            return slow.equals(fast) ? null : path + ": " + slow + " vs " + fast;
        }
        if (slow instanceof YList list) {
            List<YNode> other = ((YList) fast).items();
            if (list.items().size() != other.size()) {
                return path + ": " + list.items().size() + " items vs " + other.size();
            }
            for (int i = 0; i < other.size(); i++) {
                String d = difference(path + "/" + i, list.items().get(i), other.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        Map<String, YEntry> a = ((YMap) slow).entries();
        Map<String, YEntry> b = ((YMap) fast).entries();
        if (!List.copyOf(a.keySet()).equals(List.copyOf(b.keySet()))) {
            return path + ": keys " + a.keySet() + " vs " + b.keySet();
        }
        for (String key : a.keySet()) {
            if (!a.get(key).keyPosition().equals(b.get(key).keyPosition())) {
                return path + "/" + key + ": key at " + a.get(key).keyPosition() + " vs " + b.get(key).keyPosition();
            }
            String d = difference(path + "/" + key, a.get(key).value(), b.get(key).value());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

}
