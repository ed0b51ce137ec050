package io.oversight.deployment;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for keys, enum words, ids and use cases. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance, if there is one. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        // The word in another case is what was meant: 'Delete' is delete, not the longer deletecollection it begins.
        Optional<String> otherCase = candidates.stream().filter(c -> c.equalsIgnoreCase(word) && !c.equals(word)).findFirst();
        if (otherCase.isPresent()) {
            return otherCase;
        }
        if (word.length() >= 3) {
            // An abbreviation ("prod" for "production") is a likelier intent than a distant typo.
            Optional<String> completion = candidates.stream()
                    .filter(c -> c.length() > word.length() && c.regionMatches(true, 0, word, 0, word.length()))
                    .min(java.util.Comparator.comparingInt(String::length));
            if (completion.isPresent()) {
                return completion;
            }
        }
        return misspelt(word, candidates);
    }

    /** The closest candidate within a small edit distance, abbreviations aside: what a near miss of a word is. */
    public static Optional<String> misspelt(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            // An edit changes the length by one at most: a candidate further off in length is no near miss, and costs no matrix.
            if (Math.abs(candidate.length() - word.length()) > tolerance(candidate)) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance && d <= tolerance(candidate)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The " (did you mean 'x'?)" suffix, or nothing. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Whether {@code word} is within a misspelling of {@code candidate}, case aside. */
    public static boolean nearIgnoringCase(String word, String candidate) {
        return distance(candidate.toLowerCase(java.util.Locale.ROOT), word.toLowerCase(java.util.Locale.ROOT)) <= tolerance(candidate);
    }

    /**
     * The edits a misspelling of {@code candidate} may be: none for a short word, three from sixteen
     * letters, so that a long category's singular is still caught ({@code exploiting-vulnerability},
     * three edits from {@code exploiting-vulnerabilities}, had passed as an unknown use case).
     */
    static int tolerance(String candidate) {
        int length = candidate.length();
        return length <= 3 ? 0 : length <= 6 ? 1 : length <= 15 ? 2 : 3;
    }

    /** Optimal-string-alignment distance: a swapped pair of letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
