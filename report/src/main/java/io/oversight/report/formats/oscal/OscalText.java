package io.oversight.report.formats.oscal;

/** Text in the shapes OSCAL's types allow. */
final class OscalText {

    private OscalText() {
    }

    /**
     * A markup-line or string value: one line with no blanks around it. Line breaks, including the
     * ones a regular expression's "." stops at (which the schemas' patterns use), become spaces;
     * an empty value stays empty, for the caller to leave out.
     */
    static String line(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
