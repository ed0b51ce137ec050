package io.oversight.check;

import io.oversight.deployment.read.Suggestions;
import java.util.Collection;

/** "Did you mean" for callers naming something that does not exist (a control, an agent), worded as the reader words it. */
public final class Spelling {

    private Spelling() {
    }

    /** The " (did you mean 'x'?)" suffix for the closest of {@code candidates}, or nothing. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return Suggestions.didYouMean(word, candidates);
    }
}
