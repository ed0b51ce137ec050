package io.oversight.report.formats.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OscalTextTest {

    @Test
    void aLineHasNoBreaksAndNoSurroundingBlanks() {
        assertThat(OscalText.line("  one\r\ntwo\u2028three\n")).isEqualTo("one two three");
        assertThat(OscalText.line(null)).isEmpty();
        assertThat(OscalText.line(" \n ")).isEmpty();
    }
}
