package io.oversight.report.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void markupCharactersAreEscapedAndLineBreaksFlattened() {
        assertThat(MarkdownText.escape("*a* _b_ [c](d) <e> | f # g ~h~ `i` \\ !"))
                .isEqualTo("\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\| f \\# g \\~h\\~ \\`i\\` \\\\ \\!");
        assertThat(MarkdownText.escape("one\ntwo\r\nthree")).isEqualTo("one two  three");
    }

    @Test
    void bidiControlsAreWrittenAsEscapesInTextAndCode() {
        assertThat(MarkdownText.escape("a\u202eb\u2066c")).as("renders as a\\u202eb\\u2066c").isEqualTo("a\\\\u202eb\\\\u2066c");
        assertThat(MarkdownText.code("bidi\u202e.yaml")).isEqualTo("`bidi\\u202e.yaml`");
        // A terminal's escape sequences too: one in a file name had retitled and cleared the screen of whoever printed the report.
        assertThat(MarkdownText.code("./evil\u001b]0;T\u0007.yaml")).isEqualTo("`./evil\\u001b]0;T\\u0007.yaml`");
    }

    @Test
    void mentionsDoNotNotify() {
        assertThat(MarkdownText.escape("ask @team")).isEqualTo("ask @\u200Bteam");
        // GitHub links a bare address of itself: the input cannot add links.
        assertThat(MarkdownText.escape("see https://evil.example and www.evil.example")).isEqualTo("see https:\u200B//evil.example and www\u200B.evil.example");
    }

    @Test
    void codeSpansSurviveBackticks() {
        assertThat(MarkdownText.code("samples/a.yaml:3")).isEqualTo("`samples/a.yaml:3`");
        assertThat(MarkdownText.code("a`b")).isEqualTo("`` a`b ``");
        assertThat(MarkdownText.code("a``b")).isEqualTo("``` a``b ```");
    }

    @Test
    void shortenedTextEndsInAnEllipsis() {
        assertThat(MarkdownText.shorten("abcdef", 10)).isEqualTo("abcdef");
        assertThat(MarkdownText.shorten("abcdef", 4)).isEqualTo("abc…").hasSize(4);
        assertThat(MarkdownText.shorten("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
    }
}
