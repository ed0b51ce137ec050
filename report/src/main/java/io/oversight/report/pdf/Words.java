package io.oversight.report.pdf;

import io.oversight.catalog.Severity;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Subject;
import java.util.Comparator;
import java.util.List;

/** Small pieces of plain English the sections share. */
final class Words {

    private static final String[] SMALL_NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    /**
     * Ids as a person counts them: runs of digits compare by value, so agent-9 comes before
     * agent-10; ids equal that way fall back to plain order.
     */
    static final Comparator<String> NATURAL = Words::compareNatural;

    private Words() {
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                String da = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String db = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int byValue = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (byValue != 0) {
                    return byValue;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    /** "one agent", "3 agents": numbers up to ten in words, as prose writes them. */
    static String count(long n, String singular, String plural) {
        String number = n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[(int) n] : String.valueOf(n);
        return number + " " + (n == 1 ? singular : plural);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The severity as printed beside its colour: CRITICAL, HIGH, MEDIUM, LOW. */
    static String severity(Severity severity) {
        return severity.name();
    }

    /** "agent infra-assistant", "checkpoint infra-assistant/ask-first", "the deployment". */
    static String subject(Subject subject) {
        return subject.kind().equals("deployment") ? "deployment " + subject.id() : subject.kind() + " " + subject.id();
    }

    /** "a, b and c"; after {@code max} items, "a, b and 12 more". */
    static String list(List<String> items, int max) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() > max) {
            return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A clause status as a reader says it. */
    static String clauseStatus(ClauseStatus status) {
        return status.label().replace('-', ' ');
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
