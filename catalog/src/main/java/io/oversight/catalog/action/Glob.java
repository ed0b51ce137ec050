package io.oversight.catalog.action;

import java.util.ArrayList;
import java.util.List;

/**
 * A wildcard pattern as IAM writes them: {@code *} stands for any run of characters, {@code ?}
 * for one, {@code \*} and {@code \?} for the characters themselves. Besides matching a text, two
 * patterns can be compared as sets of texts: whether some text matches both ({@link #intersects}),
 * and whether every text of one matches the other ({@link #covers}). That is what reasoning about
 * wildcard grants needs: {@code Delete*} is covered by {@code De*}, and {@code *}
 * meets a deny of {@code Terminate*} without being covered by it. Actions are compared part by
 * part ({@link ActionPattern}); resource ARNs as whole texts.
 */
public final class Glob {

    private static final int STAR = -1;
    private static final int ONE = -2;

    private final String text;
    private final boolean ignoreCase;
    /** Characters (lower-cased when case is ignored), or STAR and ONE. */
    private final int[] tokens;

    private Glob(String text, boolean ignoreCase) {
        this.text = text;
        this.ignoreCase = ignoreCase;
        this.tokens = tokens(text, ignoreCase);
    }

    /** A pattern compared without regard to case, as AWS compares action names. */
    public static Glob ignoringCase(String pattern) {
        return new Glob(pattern, true);
    }

    /** A pattern compared exactly, as AWS compares resource ARNs. */
    public static Glob exact(String pattern) {
        return new Glob(pattern, false);
    }

    private static int[] tokens(String pattern, boolean ignoreCase) {
        List<Integer> list = new ArrayList<>(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                list.add(fold(pattern.charAt(++i), ignoreCase));
            } else if (c == '*') {
                list.add(STAR);
            } else if (c == '?') {
                list.add(ONE);
            } else {
                list.add(fold(c, ignoreCase));
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int fold(char c, boolean ignoreCase) {
        return ignoreCase ? Character.toLowerCase(c) : c;
    }

    public String text() {
        return text;
    }

    /** Whether the pattern holds no wildcard: it stands for one text only. */
    public boolean isLiteral() {
        for (int token : tokens) {
            if (token == STAR || token == ONE) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code literal}, every character taken as itself, matches this pattern. */
    public boolean matches(String literal) {
        int[] subject = literal.chars().map(c -> ignoreCase ? Character.toLowerCase(c) : c).toArray();
        return new Walk(tokens, subject, false).from(0, 0);
    }

    /** Whether some text matches both this pattern and {@code other}. */
    public boolean intersects(Glob other) {
        return new Walk(tokens, other.tokens, true).from(0, 0);
    }

    /**
     * Whether every text that matches {@code other} matches this pattern too. The check is sound
     * (it never claims coverage that does not hold) and exact for the patterns policies use, where
     * wildcards stand at the ends of names ({@code Delete*}, {@code *Policy}, {@code Put*Policy}).
     */
    public boolean covers(Glob other) {
        return new Walk(tokens, other.tokens, false).from(0, 0);
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Matching of a pattern against a subject that may itself hold wildcards. With {@code meet}
     * false the subject's wildcards are symbols that only a pattern star may absorb (coverage);
     * with {@code meet} true both sides may expand theirs (intersection). Memoised, so the cost is
     * the product of the lengths.
     */
    private static final class Walk {
        private final int[] pattern;
        private final int[] subject;
        private final boolean meet;
        private final byte[] memo;

        Walk(int[] pattern, int[] subject, boolean meet) {
            this.pattern = pattern;
            this.subject = subject;
            this.meet = meet;
            this.memo = new byte[(pattern.length + 1) * (subject.length + 1)];
        }

        boolean from(int i, int j) {
            int slot = i * (subject.length + 1) + j;
            if (memo[slot] != 0) {
                return memo[slot] > 0;
            }
            boolean result = compute(i, j);
            memo[slot] = (byte) (result ? 1 : -1);
            return result;
        }

        private boolean compute(int i, int j) {
            boolean patternDone = i == pattern.length;
            boolean subjectDone = j == subject.length;
            if (patternDone && subjectDone) {
                return true;
            }
            if (!patternDone && pattern[i] == STAR) {
                // The star stands for nothing, or absorbs the subject's next symbol (wildcard or not).
                if (from(i + 1, j) || !subjectDone && from(i, j + 1)) {
                    return true;
                }
            }
            if (meet && !subjectDone && subject[j] == STAR) {
                if (from(i, j + 1) || !patternDone && from(i + 1, j)) {
                    return true;
                }
            }
            if (patternDone || subjectDone || pattern[i] == STAR || subject[j] == STAR) {
                return false;
            }
            int p = pattern[i];
            int s = subject[j];
            boolean step = p == ONE || p == s || (meet && s == ONE);
            return step && from(i + 1, j + 1);
        }
    }
}
