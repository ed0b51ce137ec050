package io.oversight.report.pdf;

import io.oversight.catalog.Severity;
import io.oversight.engine.ClauseStatus;
import io.oversight.engine.Verdict;
import java.awt.Color;

/**
 * The report's colours. Severity colours step up in lightness from critical to low, so that a
 * greyscale print still orders them; every coloured mark also carries its word, so that nothing
 * depends on colour alone. Every colour that marks something on white paper (a severity tile, a
 * bar, the verdict) has a contrast of at least 3:1 against white, and every text colour at least
 * 4.5:1 against what it is printed on, the WCAG 2.1 thresholds for graphics and for text
 * ({@code PaletteTest} computes them).
 */
final class Palette {

    static final Color INK = new Color(0x1F, 0x29, 0x33);
    static final Color MUTED = new Color(0x59, 0x64, 0x6F);
    static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
    static final Color HEADER_FILL = new Color(0xE4, 0xE9, 0xEF);
    static final Color ACCENT = new Color(0x1D, 0x3C, 0x6E);
    static final Color WHITE = Color.WHITE;
    static final Color QUOTE_FILL = new Color(0xF3, 0xF4, 0xF6);
    static final Color QUOTE_MARK = new Color(0xFF, 0xE8, 0xA3);
    static final Color TRACK = new Color(0xE6, 0xE9, 0xED);
    static final Color EMPTY_CELL = new Color(0xF4, 0xF6, 0xF8);

    private static final Color CRITICAL = new Color(0x7A, 0x0C, 0x2E);
    private static final Color HIGH = new Color(0xA8, 0x20, 0x1A);
    private static final Color MEDIUM = new Color(0x9A, 0x67, 0x00);
    private static final Color LOW = new Color(0x6F, 0x95, 0xC0);

    private static final Color FAIL = new Color(0xB0, 0x1E, 0x23);
    private static final Color PASS = new Color(0x23, 0x6B, 0x36);

    private Palette() {
    }

    static Color severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> CRITICAL;
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
        };
    }

    /** Text that stays legible on {@link #severity}: white on the dark three, ink on low, the lightest. */
    static Color onSeverity(Severity severity) {
        return severity == Severity.LOW ? INK : WHITE;
    }

    static Color verdict(Verdict verdict) {
        return verdict == Verdict.FAIL ? FAIL : PASS;
    }

    /** Fill for a clause status; the status word is always printed on it. */
    static Color clauseStatus(ClauseStatus status) {
        return switch (status) {
            case MET -> new Color(0xD8, 0xEE, 0xDC);
            case GAP -> new Color(0xF8, 0xD4, 0xD0);
            case RISK_ACCEPTED -> new Color(0xF3, 0xDD, 0xC8);
            case UPCOMING -> new Color(0xDD, 0xE6, 0xF3);
            case NEEDS_ATTESTATION -> new Color(0xFC, 0xEE, 0xC8);
            case UNDETERMINED -> new Color(0xF6, 0xE3, 0xD0);
            case NOT_ASSESSED -> new Color(0xE2, 0xDE, 0xEC);
            case NOT_EVALUATED, NOT_APPLICABLE -> new Color(0xEE, 0xEF, 0xF1);
        };
    }
}
