package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiControlsTest {

    @Test
    void onlyTheControlsAreEscapedAndLineBreaksAreLeftToTheOutput() {
        assertThat(BidiControls.escaped("delete on a\u202eb\u2028c")).isEqualTo("delete on a\\u202eb\u2028c");
        assertThat(BidiControls.escaped("عربي English")).isEqualTo("عربي English");
    }
}
