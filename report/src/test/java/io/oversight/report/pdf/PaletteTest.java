package io.oversight.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.catalog.Severity;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Verdict;
import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The palette against WCAG 2.1's contrast ratio: marks on white paper at least 3:1 (non-text
 * contrast, 1.4.11), text at least 4.5:1 on what it is printed on (1.4.3).
 */
class PaletteTest {

    private static final double GRAPHICS = 3.0;
    private static final double TEXT = 4.5;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Severity.class)
    void aSeverityTileStandsOutFromThePaperAndItsWordFromTheTile(Severity severity) {
        assertThat(contrast(Palette.severity(severity), Palette.WHITE)).as("tile on white").isGreaterThanOrEqualTo(GRAPHICS);
        assertThat(contrast(Palette.onSeverity(severity), Palette.severity(severity))).as("word on tile").isGreaterThanOrEqualTo(TEXT);
    }

    @Test
    void aGreyscalePrintStillOrdersTheSeverities() {
        Severity[] mostSevereFirst = {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW};
        for (int i = 1; i < mostSevereFirst.length; i++) {
            assertThat(luminance(Palette.severity(mostSevereFirst[i])))
                    .as(mostSevereFirst[i] + " is lighter than " + mostSevereFirst[i - 1])
                    .isGreaterThan(luminance(Palette.severity(mostSevereFirst[i - 1])) * 1.4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Verdict.class)
    void theVerdictChipStandsOutAndCarriesWhiteText(Verdict verdict) {
        assertThat(contrast(Palette.verdict(verdict), Palette.WHITE)).isGreaterThanOrEqualTo(TEXT);
    }

    /** The share of clauses met is filled in one colour, no severity's, that stands out from the track and from the assessed part. */
    @Test
    void theCoverageBarStandsOutFromItsTrack() {
        assertThat(contrast(Palette.ACCENT, Palette.WHITE)).isGreaterThanOrEqualTo(GRAPHICS);
        assertThat(contrast(Palette.ACCENT, Palette.TRACK)).isGreaterThanOrEqualTo(GRAPHICS);
        assertThat(contrast(Palette.ACCENT, Palette.RULE)).isGreaterThanOrEqualTo(GRAPHICS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ClauseStatus.class)
    void aStatusWordReadsOnItsTint(ClauseStatus status) {
        assertThat(contrast(Palette.INK, Palette.clauseStatus(status))).isGreaterThanOrEqualTo(TEXT);
    }

    @Test
    void textColoursReadOnPaperAndOnTheTintsTheyArePrintedOn() {
        for (Color paper : new Color[] {Palette.WHITE, Palette.HEADER_FILL, Palette.QUOTE_FILL, Palette.QUOTE_MARK, Palette.EMPTY_CELL}) {
            assertThat(contrast(Palette.INK, paper)).isGreaterThanOrEqualTo(TEXT);
            assertThat(contrast(Palette.MUTED, paper)).isGreaterThanOrEqualTo(TEXT);
        }
        assertThat(contrast(Palette.ACCENT, Palette.WHITE)).isGreaterThanOrEqualTo(TEXT);
    }

    @Test
    void theFormulaGivesWcagsOwnFigures() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
        assertThat(contrast(new Color(0x76, 0x76, 0x76), Color.WHITE)).isBetween(4.54, 4.55);
        // The light-blue LOW tile of the earlier palette, which this test exists to keep out.
        assertThat(contrast(new Color(0xCF, 0xDE, 0xEE), Color.WHITE)).isLessThan(GRAPHICS);
    }

    /** WCAG 2.1: (L1 + 0.05) / (L2 + 0.05), L1 the lighter colour's relative luminance. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
