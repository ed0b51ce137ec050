package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a quoted line's trailing comment starts, so that its overflow continues under the comment, not under the YAML. */
class EvidenceQuoteTest {

    @Test
    void aTrailingCommentStartsAtAHashAfterASpaceOutsideQuotes() {
        assertThat(EvidenceQuote.trailingComment("      - ec2:TerminateInstances       # delete: the calls")).isEqualTo(37);
        assertThat(EvidenceQuote.trailingComment("      - \"a # b\"  # why")).isEqualTo(17);
        assertThat(EvidenceQuote.trailingComment("    url: https://example.com/#anchor")).isEqualTo(-1);
        assertThat(EvidenceQuote.trailingComment("    # a whole-line comment")).isEqualTo(-1);
        assertThat(EvidenceQuote.trailingComment("    key: value #")).isEqualTo(15);
    }
}
