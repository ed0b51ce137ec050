package io.oversight.deployment.yaml;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the items of the array under one key of a JSON document's top-level object begin and end,
 * found by one pass over the text that follows only strings and brackets. Each item can then be
 * parsed on its own, and the rest of the document with the array's inside read as blanks, so that
 * every position stays what a parse of the whole document gives.
 *
 * <p>Anything unusual (no such key, the key twice or written with escapes, a value that is not an
 * array, a line break inside a string, a lone carriage return, unbalanced brackets) gives no scan:
 * the document is then parsed whole, and the parser words whatever is wrong with it.
 */
final class JsonItemScan {

    /** The array's brackets. */
    int open = -1;
    int close = -1;
    int count;
    /** Item {@code i} is {@code text[start[i], end[i])}, and begins at {@code line[i]}, {@code column[i]}. */
    int[] start = new int[16];
    int[] end = new int[16];
    int[] line = new int[16];
    int[] column = new int[16];

    private JsonItemScan() {
    }

    static Optional<JsonItemScan> of(String text, String key) {
        int n = text.length();
        int i = 0;
        while (i < n && isBlank(text.charAt(i))) {
            i++;
        }
        if (i >= n || text.charAt(i) != '{') {
            return Optional.empty();
        }
        i = 0; // the blanks before the object count lines too
        JsonItemScan scan = new JsonItemScan();
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        boolean keyNext = false; // at depth 1: the next string is a key
        String lastKey = null;
        boolean valueIsItems = false; // the key was ours: its value must be the array
        boolean inItems = false;
        boolean itemNext = false; // in the array, after its bracket or a comma
        int itemStart = -1;
        int itemEnd = -1;
        int itemLine = 0;
        int itemColumn = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    continue;
                }
                return Optional.empty(); // a lone CR breaks lines for the parser: positions would differ
            }
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (valueIsItems) {
                if (c != '[') {
                    return Optional.empty();
                }
                valueIsItems = false;
                inItems = true;
                itemNext = true;
                scan.open = i;
                depth++;
                itemEnd = i + 1;
                continue;
            }
            if (inItems && depth == 2 && itemStart < 0 && c != ',' && c != ']') {
                itemStart = i;
                itemLine = line;
                itemColumn = i - lineStart + 1;
                itemNext = false;
            }
            if (c == '"') {
                int from = i + 1;
                boolean escaped = false;
                for (i = from; i < n; i++) {
                    char d = text.charAt(i);
                    if (d == '\\') {
                        escaped = true;
                        i++;
                    } else if (d == '"') {
                        break;
                    } else if (d == '\n' || d == '\r') {
                        return Optional.empty();
                    }
                }
                if (i >= n) {
                    return Optional.empty();
                }
                if (depth == 1 && keyNext) {
                    if (escaped) {
                        return Optional.empty(); // a key written with escapes might be ours
                    }
                    lastKey = text.substring(from, i);
                    keyNext = false;
                }
                itemEnd = i + 1;
                continue;
            }
            switch (c) {
                case '{', '[' -> {
                    depth++;
                    keyNext = depth == 1;
                }
                case '}', ']' -> {
                    if (inItems && depth == 2) {
                        if (c != ']' || itemNext && scan.count > 0) {
                            return Optional.empty(); // a trailing comma, or a brace for a bracket
                        }
                        if (itemStart >= 0) {
                            scan.add(itemStart, itemEnd, itemLine, itemColumn);
                        }
                        scan.close = i;
                        inItems = false;
                        itemStart = -1;
                    }
                    if (--depth < 0) {
                        return Optional.empty();
                    }
                }
                case ',' -> {
                    if (depth == 1) {
                        keyNext = true;
                    } else if (inItems && depth == 2) {
                        if (itemStart < 0) {
                            return Optional.empty();
                        }
                        scan.add(itemStart, itemEnd, itemLine, itemColumn);
                        itemStart = -1;
                        itemNext = true;
                    }
                }
                case ':' -> {
                    if (depth == 1 && key.equals(lastKey)) {
                        if (scan.open >= 0) {
                            return Optional.empty(); // the key twice: the parser reports it
                        }
                        valueIsItems = true;
                    }
                    lastKey = null;
                }
                default -> {
                }
            }
            itemEnd = i + 1;
        }
        return depth == 0 && scan.close >= 0 ? Optional.of(scan) : Optional.empty();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void add(int from, int to, int atLine, int atColumn) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            line = Arrays.copyOf(line, count * 2);
            column = Arrays.copyOf(column, count * 2);
        }
        start[count] = from;
        end[count] = to;
        line[count] = atLine;
        column[count] = atColumn;
        count++;
    }
}
