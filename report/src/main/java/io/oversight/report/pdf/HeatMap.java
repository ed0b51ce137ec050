package io.oversight.report.pdf;

import static io.oversight.report.pdf.Drawing.fill;
import static io.oversight.report.pdf.Drawing.text;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import io.oversight.catalog.Family;
import io.oversight.catalog.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agents by control family, each cell coloured by the worst open severity and marked with its
 * initial (C, H, M, L) so that it survives greyscale printing. Drawn as vectors; long inventories
 * are cut into blocks that each fit a page and repeat the column heads.
 */
final class HeatMap {

    static final int ROWS_PER_BLOCK = 48;
    private static final float ROW = 12f;
    /** The family's id and up to three lines of its title: "Incidents, monitoring and recovery" needs three in a column. */
    private static final float HEAD = 44f;
    private static final int TITLE_LINES = 3;
    private static final float LABEL_SIZE = Styles.SMALL;

    private HeatMap() {
    }

    static List<Image> draw(PdfContentByte cb, Styles styles, float width, List<Family> families, List<AgentProfile> agents) {
        List<Image> blocks = new ArrayList<>();
        for (int from = 0; from < agents.size(); from += ROWS_PER_BLOCK) {
            blocks.add(block(cb, styles, width, families, agents.subList(from, Math.min(agents.size(), from + ROWS_PER_BLOCK))));
        }
        return blocks;
    }

    private static Image block(PdfContentByte cb, Styles styles, float width, List<Family> families, List<AgentProfile> rows) {
        float height = HEAD + rows.size() * ROW;
        PdfTemplate t = cb.createTemplate(width, height);
        float labelWidth = Math.min(170, width * 0.3f);
        float cellWidth = (width - labelWidth) / families.size();
        for (int c = 0; c < families.size(); c++) {
            Family family = families.get(c);
            float x = labelWidth + c * cellWidth;
            text(t, styles, family.id(), x + (cellWidth - styles.width(family.id(), 8)) / 2, height - 11, 8, Palette.INK);
            List<String> title = lines(styles, family.title(), LABEL_SIZE, cellWidth - 4);
            for (int l = 0; l < title.size(); l++) {
                String line = title.get(l);
                text(t, styles, line, x + (cellWidth - styles.width(line, LABEL_SIZE)) / 2, height - 20 - l * 8.5f, LABEL_SIZE, Palette.MUTED);
            }
        }
        float y = height - HEAD - ROW;
        for (AgentProfile row : rows) {
            text(t, styles, styles.fit(row.agent().id(), LABEL_SIZE, labelWidth - 6), 0, y + 3.5f, LABEL_SIZE, Palette.INK);
            for (int c = 0; c < families.size(); c++) {
                float x = labelWidth + c * cellWidth;
                Severity worst = row.worstByFamily().get(families.get(c).id());
                fill(t, worst == null ? Palette.EMPTY_CELL : Palette.severity(worst), x + 1, y + 1, cellWidth - 2, ROW - 2);
                if (worst != null) {
                    String letter = worst.name().substring(0, 1);
                    text(t, styles, letter, x + (cellWidth - styles.width(letter, LABEL_SIZE)) / 2, y + 3.5f, LABEL_SIZE, Palette.onSeverity(worst));
                }
            }
            y -= ROW;
        }
        return Drawing.image(t);
    }

    /** A family title in at most three centred lines, the last shortened if it must be. */
    static List<String> lines(Styles styles, String title, float size, float width) {
        String[] words = title.split(" ");
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < words.length && lines.size() < TITLE_LINES - 1) {
            StringBuilder line = new StringBuilder(words[i++]);
            while (i < words.length && styles.width(line + " " + words[i], size) <= width) {
                line.append(' ').append(words[i++]);
            }
            lines.add(styles.fit(line.toString(), size, width));
        }
        if (i < words.length) {
            lines.add(styles.fit(String.join(" ", Arrays.asList(words).subList(i, words.length)), size, width));
        }
        return lines;
    }

    /** The height a block of {@code rows} agents needs on the page. */
    static float height(int rows) {
        return HEAD + rows * ROW;
    }
}
