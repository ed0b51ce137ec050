package io.oversight.access;

import io.oversight.catalog.action.ActionClassifier;
import io.oversight.catalog.action.Verb;
import io.oversight.deployment.DeploymentFile;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An action of the deployment that no rule of the action table classifies (or a pattern some of
 * whose actions none does), and the first place it is written. The controls count such an action
 * as high-impact, and as destructive in a critical environment; reports list them so that a
 * verdict never rests on a guess nobody was told about.
 */
public record UnclassifiedAction(String action, SourceMap.Location firstWritten) {

    /** Every unclassified action of the agents' and people's permissions, written or imported, by action. */
    public static List<UnclassifiedAction> in(DeploymentFile input) {
        Map<String, SourceMap.Location> first = new TreeMap<>();
        Stream.concat(input.deployment().agents().stream().flatMap(a -> a.permissions().stream()),
                input.deployment().people().stream().flatMap(p -> p.permissions().stream())).forEach(permission -> {
                    for (Written written : written(permission)) {
                        if (ActionClassifier.verbs(written.action(), written.except()).contains(Verb.UNKNOWN)) {
                            SourceMap.Location at = input.sources().resolve(written.evidencePath());
                            first.merge(written.action(), at, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                });
        List<UnclassifiedAction> all = new ArrayList<>(first.size());
        first.forEach((action, at) -> all.add(new UnclassifiedAction(action, at)));
        return all;
    }

    private record Written(String action, List<String> except, String evidencePath) {
    }

    private static List<Written> written(Permission permission) {
        if (permission.isImported()) {
            return permission.source().rights().stream().map((ImportedRight r) -> new Written(r.action(), r.except(), r.evidencePath())).toList();
        }
        List<Written> written = new ArrayList<>(permission.actions().size());
        for (int i = 0; i < permission.actions().size(); i++) {
            written.add(new Written(permission.actions().get(i), List.of(), permission.path() + "/actions/" + i));
        }
        return written;
    }
}
