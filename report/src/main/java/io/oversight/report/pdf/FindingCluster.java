package io.oversight.report.pdf;

import io.oversight.deployment.SourceMap;
import io.oversight.engine.Evidence;
import io.oversight.engine.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings of one control that say the same thing about different subjects (the same message once
 * each subject's own id is taken out, the same severity, all waived or all open): one card shows
 * the first in full and names the others, so that a fleet of alike agents does not repeat a card.
 */
record FindingCluster(Finding first, List<Finding> others) {

    FindingCluster {
        others = List.copyOf(others);
    }

    int size() {
        return 1 + others.size();
    }

    /**
     * The clusters of a control's findings, in the order of their first findings, each shown by the
     * first of its findings whose evidence line shows what is wrong ({@link #showsItsField}): the line
     * of a key the finding is about rather than that of the agent that lacks the key.
     */
    static List<FindingCluster> of(List<Finding> findings, SourceMap sources) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            // The same words twice about one subject (two permissions, say) are two cards: a card names other subjects only.
            String key = key(f);
            int occurrence = seen.merge(key + "\u0001" + f.subject().id(), 1, Integer::sum);
            byKey.computeIfAbsent(key + "\u0001" + occurrence, k -> new ArrayList<>()).add(f);
        }
        List<FindingCluster> clusters = new ArrayList<>();
        for (List<Finding> list : byKey.values()) {
            Finding shown = list.stream().filter(f -> showsItsField(f, sources)).findFirst().orElse(list.get(0));
            List<Finding> others = new ArrayList<>(list);
            others.remove(shown);
            clusters.add(new FindingCluster(shown, others));
        }
        return List.copyOf(clusters);
    }

    /**
     * Whether the line a finding's evidence starts at names the key its path ends in
     * ({@code dryRunFirst: false} for {@code .../guardrails/dryRunFirst}), rather than the nearest
     * line written, where a missing key resolves. A path that ends in a list's item or a position in
     * a runtime file names no key, and counts as shown.
     */
    static boolean showsItsField(Finding f, SourceMap sources) {
        Evidence evidence = f.primaryEvidence();
        String path = evidence.path();
        String key = path.substring(path.lastIndexOf('/') + 1);
        if (key.isEmpty() || key.chars().allMatch(Character::isDigit) || path.indexOf('@') >= 0) {
            return true;
        }
        return sources.forFile(evidence.file()).line(evidence.line()).contains(key);
    }

    /** The subjects the card stands for besides its first: agent ids where the findings are about agents. */
    List<String> otherSubjects() {
        return others.stream().map(f -> f.subject().agentId() != null ? f.subject().agentId() : Words.subject(f.subject())).toList();
    }

    private static String key(Finding f) {
        String message = f.message();
        // A checkpoint's id contains its agent's id, so the longer id goes first.
        message = message.replace(f.subject().id(), "\u0000subject\u0000");
        if (f.subject().agentId() != null) {
            message = message.replace(f.subject().agentId(), "\u0000agent\u0000");
        }
        return f.waived() + "\u0001" + f.severity() + "\u0001" + message;
    }
}
