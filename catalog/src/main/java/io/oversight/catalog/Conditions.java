package io.oversight.catalog;

import java.util.List;

/**
 * The condition a rule reports a violation under, as escalations and clause exceptions read it. A
 * violation can hold two at once, joined by {@code +} ({@code unrated-production+one-approval}):
 * one that rates its severity and one that leaves a clause met.
 */
final class Conditions {

    private Conditions() {
    }

    /** The conditions {@code condition} joins, in the order written. */
    static List<String> parts(String condition) {
        return condition.indexOf('+') < 0 ? List.of(condition) : List.of(condition.split("\\+"));
    }
}
