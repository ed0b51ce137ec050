package io.oversight.report.formats.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OscalTextTest {

    @Test
    void aLineHasNoBreaksAndNoSurroundingBlanks() {
        assertThat(OscalText.line("  one\r\ntwo\u2028three\n")).isEqualTo("one two three");
        assertThat(OscalText.line(null)).isEmpty();
        assertThat(OscalText.line(" \n ")).isEmpty();
        // The schemas' \S refuses a no-break space at either end, which Java's strip() keeps.
        assertThat(OscalText.line("\u00A0Northwind\u202F\u2007\uFEFF")).isEqualTo("Northwind");
    }

    /** OSCAL's markup types are Markdown: a finding's "* on *" rendered as emphasis lost the wildcards it is about. */
    @Test
    void markupRendersAsWritten() {
        assertThat(OscalText.markupLine("'prod-eu': * on *, resources: \"*\" [a](b) <b> `c` a_b_c #1 & ~x~ !x | y"))
                .isEqualTo("'prod-eu': \\* on \\*, resources: \"\\*\" \\[a\\](b) \\<b\\> \\`c\\` a\\_b\\_c \\#1 \\& \\~x\\~ \\!x \\| y");
        assertThat(OscalText.markupLine("- not a list")).isEqualTo("\\- not a list");
        assertThat(OscalText.markupLine("12. not a list, 3. nor this")).isEqualTo("12\\. not a list, 3. nor this");
        assertThat(OscalText.markup("first * line\nsame paragraph\n\n+ second")).isEqualTo("first \\* line same paragraph\n\n\\+ second");
        assertThat(OscalText.markup(null)).isEmpty();
    }
}
