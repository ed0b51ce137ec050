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

    /**
     * Whether {@code literal}, every character taken as itself, matches this pattern. Read in place,
     * going back only to the last star: classifying every action AWS lists asks this millions of
     * times, and the general walk's arrays made the first expansion of {@code *} take seconds.
     */
    public boolean matches(String literal) {
        int p = 0;
        int s = 0;
        int star = -1;
        int resume = 0;
        while (s < literal.length()) {
            int c = fold(literal.charAt(s), ignoreCase);
            if (p < tokens.length && tokens[p] == STAR) {
                star = p++;
                resume = s;
            } else if (p < tokens.length && (tokens[p] == ONE || tokens[p] == c)) {
                p++;
                s++;
            } else if (star >= 0) {
                p = star + 1;
                s = ++resume;
            } else {
                return false;
            }
        }
        while (p < tokens.length && tokens[p] == STAR) {
            p++;
        }
        return p == tokens.length;
    }

    /** Whether some text matches both this pattern and {@code other}. */
    public boolean intersects(Glob other) {
        return new Walk(tokens, other.tokens, true).matches();
    }

    /**
     * Whether every text that matches {@code other} matches this pattern too. The check is sound
     * (it never claims coverage that does not hold) and exact for the patterns policies use, where
     * wildcards stand at the ends of names ({@code Delete*}, {@code *Policy}, {@code Put*Policy}).
     */
    public boolean covers(Glob other) {
        return new Walk(tokens, other.tokens, false).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Matching of a pattern against a subject that may itself hold wildcards. With {@code meet}
     * false the subject's wildcards are symbols that only a pattern star may absorb (coverage);
     * with {@code meet} true both sides may expand theirs (intersection). The subject is read one
     * symbol at a time, keeping the set of pattern positions that can have read as much: the cost
     * is at most the product of the lengths, the memory that of the pattern, and no pattern,
     * however many stars it holds, deepens the thread's stack.
     */
    private static final class Walk {
        private final int[] pattern;
        private final int[] subject;
        private final boolean meet;
        private final int[] closed;

        Walk(int[] pattern, int[] subject, boolean meet) {
            this.pattern = pattern;
            this.subject = subject;
            this.meet = meet;
            this.closed = new int[pattern.length + 1];
        }

        boolean matches() {
            int[] positions = new int[pattern.length + 1];
            int[] next = new int[pattern.length + 1];
            int count = 1;
            for (int j = 0; ; j++) {
                count = closure(positions, count, j);
                if (j == subject.length) {
                    return positions[count - 1] == pattern.length;
                }
                count = step(positions, count, j, next);
                if (count == 0) {
                    return false;
                }
                int[] swap = positions;
                positions = next;
                next = swap;
            }
        }

        /**
         * Adds, in place, the positions reached without reading the subject's symbol {@code j}: past a
         * pattern star, which may stand for nothing, and (when meeting) anywhere past the first
         * position, if that symbol is a star that may stand for the pattern's next symbols.
         */
        private int closure(int[] positions, int count, int j) {
            if (meet && j < subject.length && subject[j] == STAR) {
                int first = positions[0];
                for (int i = first; i <= pattern.length; i++) {
                    positions[i - first] = i;
                }
                return pattern.length - first + 1;
            }
            int size = 0;
            int last = -1;
            for (int c = 0; c < count; c++) {
                int i = positions[c];
                if (i <= last) {
                    continue;
                }
                closed[size++] = i;
                while (i < pattern.length && pattern[i] == STAR) {
                    closed[size++] = ++i;
                }
                last = i;
            }
            System.arraycopy(closed, 0, positions, 0, size);
            return size;
        }

        /** The positions after reading the subject's symbol {@code j}, ascending, into {@code next}; returns how many. */
        private int step(int[] positions, int count, int j, int[] next) {
            int s = subject[j];
            int size = 0;
            int last = -1;
            for (int c = 0; c < count; c++) {
                int i = positions[c];
                boolean star = i < pattern.length && pattern[i] == STAR;
                if ((star || meet && s == STAR) && i > last) {
                    next[size++] = i;
                    last = i;
                }
                if (i < pattern.length && !star && s != STAR) {
                    int p = pattern[i];
                    if ((p == ONE || p == s || meet && s == ONE) && i + 1 > last) {
                        next[size++] = i + 1;
                        last = i + 1;
                    }
                }
            }
            return size;
        }
    }
}
