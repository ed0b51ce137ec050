package io.oversight.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.deployment.SourceMap;
import io.oversight.engine.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The lines of the input file that show a finding, quoted with their numbers and a little context
 * so a reader who never opened the YAML sees what it says; the evidence lines are marked. Windows
 * around nearby evidence lines merge, and a gap between windows is shown as an ellipsis. The YAML
 * is set in Liberation Mono, so its indentation lines up as in an editor, and the number gutter is
 * as wide as the longest number it holds (a file of 100,000 lines still fits).
 */
final class EvidenceQuote {

    static final int CONTEXT = 2;
    static final int MAX_LINES = 30;

    /**
     * The narrowest column a quote is laid out in: the evidence column of a finding card on A4 is
     * about 414 pt. The gutter's share of the table is taken against it, so that on a wider column
     * the gutter only grows.
     */
    private static final float NARROWEST = 400;
    private static final float PADDING = 4;
    private static final String MARK = "\u2192 ";

    private final Styles styles;

    EvidenceQuote(Styles styles) {
        this.styles = styles;
    }

    /**
     * Quotes the lines around each piece of evidence from the file it is in: the deployment, or a
     * policy or manifest it imports. Each file other than the first is introduced by its name.
     */
    PdfPTable quote(SourceMap sources, List<Evidence> evidence) {
        Map<String, List<Evidence>> byFile = new LinkedHashMap<>();
        evidence.forEach(e -> byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(e));
        Map<String, SortedSet<Integer>> shownByFile = new LinkedHashMap<>();
        byFile.forEach((file, list) -> shownByFile.put(file, shown(sources.forFile(file), list)));
        int longest = shownByFile.values().stream().filter(s -> !s.isEmpty()).mapToInt(SortedSet::last).max().orElse(1);
        PdfPTable table = new PdfPTable(widths(longest));
        table.setWidthPercentage(100);
        boolean first = true;
        for (Map.Entry<String, List<Evidence>> entry : byFile.entrySet()) {
            if (!first) {
                table.addCell(cell(new Phrase("", styles.codeMuted), false, Element.ALIGN_RIGHT));
                table.addCell(cell(new Phrase(entry.getKey(), styles.font(Styles.SMALL, Font.BOLD, Palette.MUTED)), false, Element.ALIGN_LEFT));
            }
            first = false;
            quoteFile(table, sources.forFile(entry.getKey()), entry.getValue(), shownByFile.get(entry.getKey()));
        }
        return table;
    }

    /** The gutter wide enough for the marked form of the longest line number, the rest for the YAML. */
    private float[] widths(int longestLine) {
        float gutter = styles.monoBold.getWidthPoint(MARK + longestLine, Styles.CODE) + 2 * PADDING + 1;
        return new float[] {gutter, Math.max(NARROWEST - gutter, gutter)};
    }

    /** The line numbers to show: each evidence line with its context, at most {@link #MAX_LINES} beyond the evidence. */
    private static SortedSet<Integer> shown(SourceMap sources, List<Evidence> evidence) {
        TreeSet<Integer> shown = new TreeSet<>();
        for (int line : marked(evidence)) {
            for (int n = Math.max(1, line - CONTEXT); n <= Math.min(sources.lineCount(), line + CONTEXT); n++) {
                if (shown.size() < MAX_LINES || shown.contains(n)) {
                    shown.add(n);
                }
            }
        }
        return shown;
    }

    private static Set<Integer> marked(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::line).collect(Collectors.toCollection(TreeSet::new));
    }

    private void quoteFile(PdfPTable table, SourceMap sources, List<Evidence> evidence, SortedSet<Integer> shown) {
        Set<Integer> marked = marked(evidence);
        int previous = -1;
        for (int n : shown) {
            if (previous > 0 && n > previous + 1) {
                table.addCell(cell(new Phrase("\u2026", styles.codeMuted), false, Element.ALIGN_RIGHT));
                table.addCell(cell(new Phrase("", styles.code), false, Element.ALIGN_LEFT));
            }
            boolean isHit = marked.contains(n);
            table.addCell(cell(new Phrase((isHit ? MARK : "") + n, isHit ? styles.codeBold : styles.codeMuted), isHit, Element.ALIGN_RIGHT));
            String line = sources.line(n);
            PdfPCell text = cell(IdBreaks.keep(new Phrase(keepIndent(line), isHit ? styles.codeBold : styles.code)), isHit, Element.ALIGN_LEFT);
            // A line too long for the column continues under its own text, two columns in, so YAML's indentation still reads;
            // a trailing comment that overflows continues under the comment, where its words cannot be read as YAML.
            int comment = trailingComment(line);
            float beforeComment = comment < 0 ? Float.MAX_VALUE : styles.mono.getWidthPoint(line.substring(0, Math.min(comment + 2, line.length())), Styles.CODE);
            text.setFollowingIndent(beforeComment < (NARROWEST - 2 * PADDING) * 0.6f ? beforeComment
                    : styles.mono.getWidthPoint(" ".repeat(indent(line) + 2), Styles.CODE));
            table.addCell(text);
            previous = n;
        }
    }

    /**
     * Where a line's trailing comment starts: a {@code #} after a space, outside quotes, after some YAML;
     * -1 for none (a whole-line comment wraps under itself anyway).
     */
    static int trailingComment(String line) {
        char quote = 0;
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && line.charAt(i - 1) == ' ' && !line.substring(0, i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Leading spaces carry YAML's structure; non-breaking ones survive line layout. */
    static String keepIndent(String line) {
        int i = indent(line);
        return "\u00a0".repeat(i) + line.substring(i);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static PdfPCell cell(Phrase phrase, boolean marked, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(marked ? Palette.QUOTE_MARK : Palette.QUOTE_FILL);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(0.8f);
        cell.setPaddingBottom(2f);
        cell.setPaddingLeft(PADDING);
        cell.setPaddingRight(PADDING);
        cell.setLeading(0, 1.15f);
        return cell;
    }
}
