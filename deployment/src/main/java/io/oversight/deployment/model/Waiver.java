package io.oversight.deployment.model;

import java.time.LocalDate;

/** An accepted risk: a named human accepts a control's findings until a date. */
public record Waiver(String path, int index, String control, String agent, String justification, String approvedBy, LocalDate expires) {

    /**
     * The waiver as its own file numbers it ({@code waivers[2]}), and for one of a waivers file
     * ({@code --waivers}) that file's name too ({@code waivers[2] of kiro-governance.yaml}): the index
     * counts the deployment's waivers and the file's together, and had named another entry of the
     * file, or none (report review).
     */
    public String subjectId() {
        String place = "waivers[" + path.substring(path.lastIndexOf('/') + 1) + "]";
        String file = file();
        if (file == null) {
            return place;
        }
        String name = file.replace('\\', '/');
        return place + " of " + name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * The waivers file ({@code --waivers}) this waiver was read from, as the check names it; null for
     * one of the deployment's own. Its path is then {@code FILE#/waivers/N}, as SourceMap.pathIn
     * writes it (the model reads no class of the reader, so the separator is written here too).
     */
    public String file() {
        int separator = path.lastIndexOf('#');
        return separator < 0 ? null : path.substring(0, separator);
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
