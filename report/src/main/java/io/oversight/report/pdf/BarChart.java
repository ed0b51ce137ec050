package io.oversight.report.pdf;

import static io.oversight.report.pdf.Drawing.fill;
import static io.oversight.report.pdf.Drawing.text;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;

/**
 * A horizontal bar chart of shares (0 to 1), drawn as vectors into a template that flows with the
 * text like an image. Each bar carries its percentage and a note in words, so that the chart reads
 * the same in greyscale; a bar without a share ("nothing assessed") shows the note alone. A bar whose
 * share is of a part ({@code of}: the part's share of the whole) is drawn to scale of the whole: the
 * part shaded, the share filled within it, so that 100% of a fifth never looks like the whole. The
 * share is filled in one colour, not a severity's: a red share of clauses met had read as a gap.
 */
final class BarChart {

    /** One bar: its label, its share or null when there is nothing to measure, the part of the whole it is a share of, and a note. */
    record Bar(String label, Double share, double of, String note) {
    }

    private static final float ROW = 19f;
    private static final float BAR = 10f;
    /** The rows of a chart closed up, where the page has no room for the usual ones. */
    private static final float COMPACT_ROW = 13f;
    private static final float COMPACT_BAR = 8f;
    private static final float AXIS = 16f;
    private static final float LABEL_SIZE = Styles.SMALL;

    private BarChart() {
    }

    /** The height of a chart of {@code bars} bars. */
    static float height(int bars, boolean compact) {
        return bars * (compact ? COMPACT_ROW : ROW) + AXIS + 4;
    }

    /** The chart of {@code bars}, its axis named by {@code axis} ("axis: of the clauses due") beside the quarter lines. */
    static Image draw(PdfContentByte cb, Styles styles, float width, List<Bar> bars, boolean compact, String axis) {
        float row = compact ? COMPACT_ROW : ROW;
        float barHeight = compact ? COMPACT_BAR : BAR;
        float height = height(bars.size(), compact);
        PdfTemplate t = cb.createTemplate(width, height);
        float labelWidth = Math.min(190, width * 0.36f);
        float noteWidth = 150;
        float x0 = labelWidth + 8;
        float x1 = width - noteWidth - 8;
        float trackWidth = x1 - x0;
        gridlines(t, styles, x0, trackWidth, height);
        // The axis measures the whole a bar is a part of, not the percentage beside it: said, so that a bar is not read off as it.
        float afterTick = styles.width("100%", LABEL_SIZE) / 2 + 6;
        text(t, styles, styles.fit(axis, LABEL_SIZE, noteWidth - afterTick), x1 + afterTick, 4, LABEL_SIZE, Palette.MUTED);
        float y = height - row;
        for (Bar bar : bars) {
            float barY = y + (row - barHeight) / 2;
            text(t, styles, styles.fit(bar.label(), LABEL_SIZE, labelWidth), 0, barY + barHeight / 2 - 3, LABEL_SIZE, Palette.INK);
            fill(t, Palette.TRACK, x0, barY, trackWidth, barHeight);
            if (bar.share() != null) {
                float part = (float) (trackWidth * Math.max(0, Math.min(1, bar.of())));
                fill(t, Palette.RULE, x0, barY, part, barHeight);
                float w = (float) (part * Math.max(0, Math.min(1, bar.share())));
                if (w > 0) {
                    fill(t, Palette.ACCENT, x0, barY, w, barHeight);
                }
                String pct = Words.percent(bar.share());
                text(t, styles, pct, x1 + 6, barY + barHeight / 2 - 3, LABEL_SIZE, Palette.INK);
                float pctWidth = styles.width("100% ", LABEL_SIZE);
                text(t, styles, styles.fit(bar.note(), LABEL_SIZE, noteWidth - pctWidth), x1 + 6 + pctWidth, barY + barHeight / 2 - 3, LABEL_SIZE,
                        Palette.MUTED);
            } else {
                text(t, styles, styles.fit(bar.note(), LABEL_SIZE, trackWidth - 8), x0 + 4, barY + barHeight / 2 - 2.5f, LABEL_SIZE, Palette.MUTED);
            }
            y -= row;
        }
        return Drawing.image(t);
    }

    /** Quarter lines with their percentages under the chart, so the bars can be read off. */
    private static void gridlines(PdfTemplate t, Styles styles, float x0, float trackWidth, float height) {
        t.saveState();
        t.setColorStroke(Palette.RULE);
        t.setLineWidth(0.4f);
        for (int q = 0; q <= 4; q++) {
            float x = x0 + trackWidth * q / 4;
            t.moveTo(x, AXIS - 2);
            t.lineTo(x, height);
            t.stroke();
            String label = (q * 25) + "%";
            text(t, styles, label, x - styles.width(label, LABEL_SIZE) / 2, 4, LABEL_SIZE, Palette.MUTED);
        }
        t.restoreState();
    }
}
