package io.oversight.deployment.model;

import java.time.LocalDate;

/** An accepted risk: a named human accepts a control's findings until a date. */
public record Waiver(String path, int index, String control, String agent, String justification, String approvedBy, LocalDate expires) {

    public String subjectId() {
        return "waivers[" + index + "]";
    }

    /** What the waiver is, whatever its place: the control, the agent, who approved it and until when. */
    public String key() {
        return key(control, agent, approvedBy, expires);
    }

    /** {@link #key()} of a waiver as a report lists it ({@code agent} null for one of the whole deployment). */
    public static String key(String control, String agent, String approvedBy, LocalDate expires) {
        return control + "\u0000" + agent + "\u0000" + approvedBy + "\u0000" + expires;
    }
}
