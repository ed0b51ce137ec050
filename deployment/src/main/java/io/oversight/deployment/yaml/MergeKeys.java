package io.oversight.deployment.yaml;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Problem;

/**
 * Refuses the YAML 1.1 merge key ({@code <<}) in files whose readers do not apply it. Kept as an
 * ordinary key, it was skipped as one the reader does not know, so what it merged in (a kagent
 * agent's {@code type: BYO}) was never judged.
 */
public final class MergeKeys {

    private MergeKeys() {
    }

    /** {@code root} unchanged when no mapping under it has a merge key; otherwise the first is refused, located. */
    public static YNode refused(YNode root, String file, String what) throws InvalidInputException {
        YEntry merge = first(root);
        if (merge != null) {
            throw new InvalidInputException(new Problem(file, merge.keyPosition(),
                    "merge keys ('<<') are not read in " + what + "; write the keys out"));
        }
        return root;
    }

    private static YEntry first(YNode node) {
        if (node instanceof YMap map) {
            for (int i = 0; i < map.size(); i++) {
                YEntry entry = map.entry(i);
                YEntry found = entry.key().equals(YamlTreeReader.MERGE_KEY) ? entry : first(entry.value());
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof YList list) {
            for (YNode item : list.items()) {
                YEntry found = first(item);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
