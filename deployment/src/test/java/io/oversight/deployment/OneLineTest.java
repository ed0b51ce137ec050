package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void lineBreaksInsideAValueAreWrittenAsEscapes() {
        assertThat(OneLine.of("arn:aws:s3:::b\n::warning file=x,line=1::injected")).isEqualTo("arn:aws:s3:::b\\n::warning file=x,line=1::injected");
        assertThat(OneLine.of("a\r\nb\u2028c\u0085d")).isEqualTo("a\\r\\nb\\u2028c\\u0085d");
        assertThat(OneLine.of("plain, with a\ttab")).isEqualTo("plain, with a\ttab");
    }

    @Test
    void bidiControlsAreWrittenAsEscapesSoThatTheLineShowsAsItIs() {
        assertThat(OneLine.of("O\u2028x\u202Eevil\u2066z")).isEqualTo("O\\u2028x\\u202eevil\\u2066z");
        assertThat(OneLine.of("\u202a\u202b\u202c\u202d\u2067\u2068\u2069\u200e\u200f\u061c"))
                .isEqualTo("\\u202a\\u202b\\u202c\\u202d\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c");
        assertThat(OneLine.of("שלום \u200b zero-width")).isEqualTo("שלום \u200b zero-width");
    }

    /** A terminal acts on controls: a backspace or an escape sequence in a file name would change what the log shows. */
    @Test
    void controlCharactersAreWrittenAsEscapes() {
        assertThat(OneLine.of("k\u001b[2Jx\u0008y\u0007.yaml")).isEqualTo("k\\u001b[2Jx\\u0008y\\u0007.yaml");
        assertThat(OneLine.of("\u001b]0;title\u0007")).isEqualTo("\\u001b]0;title\\u0007");
        assertThat(OneLine.of("\u001b[31mred\tok\u0085\u009b")).isEqualTo("\\u001b[31mred\tok\\u0085\\u009b");
        assertThat(OneLine.of("plain")).isSameAs("plain");
    }

    /** The text report's own colours are kept where it asks; one that hides text is escaped whoever wrote it. */
    @Test
    void theReportsColoursAreKeptButNoneThatHides() {
        assertThat(OneLine.keepingColours("\u001b[1m\u001b[31mHIGH\u001b[0m x")).isEqualTo("\u001b[1m\u001b[31mHIGH\u001b[0m x");
        assertThat(OneLine.keepingColours("dep\u001b[8mHIDDEN\u001b[0m")).isEqualTo("dep\\u001b[8mHIDDEN\u001b[0m");
        assertThat(OneLine.keepingColours("\u001b[30m\u001b[1;31m")).isEqualTo("\\u001b[30m\\u001b[1;31m");
    }

    @Test
    void aLineThatWouldBeginWithTwoColonsGetsABackslashAfterItsIndentation() {
        assertThat(OneLine.guarded("           ::error file=x::pwned")).isEqualTo("           \\::error file=x::pwned");
        assertThat(OneLine.guarded("::add-mask::x")).isEqualTo("\\::add-mask::x");
        assertThat(OneLine.guarded("  arn:aws:s3:::bucket")).isEqualTo("  arn:aws:s3:::bucket");
        assertThat(OneLine.safe("x\n::stop-commands::t")).isEqualTo("x\\n::stop-commands::t");
        // The runner trims every Unicode blank before it looks for '::', and finds '##[' anywhere in a line.
        assertThat(OneLine.guarded("\u202F\u2007\u00A0::error file=x::pwned")).isEqualTo("\u202F\u2007\u00A0\\::error file=x::pwned");
        assertThat(OneLine.guarded("Northwind ##[error]Injected")).isEqualTo("Northwind ##\\[error]Injected");
        assertThat(OneLine.guarded("## heading [x] ##")).isEqualTo("## heading [x] ##");
    }
}
