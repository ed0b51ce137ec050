package io.oversight.report.formats.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void charactersXmlForbidsBecomeReplacementCharacters() {
        assertThat(XmlText.clean("a\u0000b\u001Fc\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(XmlText.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    }

    @Test
    void allowedTextIsUnchanged() {
        String text = "tab\tline\ncr\r <&> \u00e9 \uD83D\uDE00";
        assertThat(XmlText.clean(text)).isSameAs(text);
        assertThat(XmlText.clean(null)).isEmpty();
    }
}
