package io.oversight.deployment;

import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each value of a deployment file was written, addressed by JSON-pointer-like paths
 * ({@code /agents/0/logging/attribution}). A path that names an absent value resolves to its
 * nearest present ancestor, which is exactly where a user would add the missing key.
 */
public final class SourceMap {

    private final String file;
    private final YNode root;
    private final String text;
    private int[] lineStarts;

    public SourceMap(String file, YNode root, String text) {
        this.file = file;
        this.root = root;
        this.text = text;
    }

    public String file() {
        return file;
    }

    public Position locate(String path) {
        YNode node = root;
        Position found = root.position();
        for (String segment : segments(path)) {
            if (node instanceof YMap map && map.entry(segment) != null) {
                YEntry entry = map.entry(segment);
                node = entry.value();
                found = node instanceof io.oversight.deployment.yaml.YScalar ? node.position() : entry.keyPosition();
            } else if (node instanceof YList list && isIndex(segment) && Integer.parseInt(segment) < list.items().size()) {
                node = list.items().get(Integer.parseInt(segment));
                found = node.position();
            } else {
                break;
            }
        }
        return found;
    }

    /**
     * The text of line {@code n} (1-based) as reports may quote it: without its line break, with
     * anything that looks like a secret masked; empty past the end.
     */
    public String line(int n) {
        int[] starts = lineStarts();
        if (n < 1 || n > starts.length) {
            return "";
        }
        int end = n < starts.length ? starts[n] : text.length();
        return SecretMasker.mask(text.substring(starts[n - 1], end).stripTrailing());
    }

    public int lineCount() {
        return lineStarts().length;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }

    private static String[] segments(String path) {
        return path.isEmpty() || path.equals("/") ? new String[0] : path.substring(1).split("/");
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }
}
