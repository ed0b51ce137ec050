package io.oversight.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.deployment.SourceMap;
import io.oversight.engine.Evidence;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The lines of the input file that show a finding, quoted with their numbers and a little context
 * so a reader who never opened the YAML sees what it says; the evidence lines are marked. Windows
 * around nearby evidence lines merge, and a gap between windows is shown as an ellipsis.
 */
final class EvidenceQuote {

    static final int CONTEXT = 2;
    static final int MAX_LINES = 30;

    private final Styles styles;

    EvidenceQuote(Styles styles) {
        this.styles = styles;
    }

    /**
     * Quotes the lines around each piece of evidence from the file it is in: the deployment, or a
     * policy or manifest it imports. Each file other than the first is introduced by its name.
     */
    PdfPTable quote(SourceMap sources, List<Evidence> evidence) {
        PdfPTable table = new PdfPTable(new float[] {7, 93});
        table.setWidthPercentage(100);
        Font number = styles.font(7, Font.NORMAL, Palette.MUTED);
        Font text = styles.font(7.5f, Font.NORMAL, Palette.INK);
        Font hit = styles.font(7.5f, Font.BOLD, Palette.INK);
        java.util.Map<String, List<Evidence>> byFile = new java.util.LinkedHashMap<>();
        evidence.forEach(e -> byFile.computeIfAbsent(e.file(), f -> new java.util.ArrayList<>()).add(e));
        boolean first = true;
        for (java.util.Map.Entry<String, List<Evidence>> entry : byFile.entrySet()) {
            if (!first) {
                table.addCell(cell(new Phrase("", number), false, Element.ALIGN_RIGHT));
                table.addCell(cell(new Phrase(entry.getKey(), styles.font(7, Font.BOLD, Palette.MUTED)), false, Element.ALIGN_LEFT));
            }
            first = false;
            quoteFile(table, sources.forFile(entry.getKey()), entry.getValue(), number, text, hit);
        }
        return table;
    }

    private void quoteFile(PdfPTable table, SourceMap sources, List<Evidence> evidence, Font number, Font text, Font hit) {
        Set<Integer> marked = evidence.stream().map(Evidence::line).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<Integer> shown = new TreeSet<>();
        for (int line : marked) {
            for (int n = Math.max(1, line - CONTEXT); n <= Math.min(sources.lineCount(), line + CONTEXT); n++) {
                if (shown.size() < MAX_LINES || shown.contains(n)) {
                    shown.add(n);
                }
            }
        }
        int previous = -1;
        for (int n : shown) {
            if (previous > 0 && n > previous + 1) {
                table.addCell(cell(new Phrase("\u2026", number), false, Element.ALIGN_RIGHT));
                table.addCell(cell(new Phrase("", text), false, Element.ALIGN_LEFT));
            }
            boolean isHit = marked.contains(n);
            table.addCell(cell(new Phrase((isHit ? "\u2192 " : "") + n, isHit ? styles.font(7, Font.BOLD, Palette.INK) : number), isHit,
                    Element.ALIGN_RIGHT));
            table.addCell(cell(new Phrase(keepIndent(sources.line(n)), isHit ? hit : text), isHit, Element.ALIGN_LEFT));
            previous = n;
        }
    }

    /** Leading spaces carry YAML's structure; non-breaking ones survive line layout. */
    static String keepIndent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return "\u00a0".repeat(i) + line.substring(i);
    }

    private static PdfPCell cell(Phrase phrase, boolean marked, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(marked ? Palette.QUOTE_MARK : Palette.QUOTE_FILL);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(0.8f);
        cell.setPaddingBottom(2f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setLeading(0, 1.15f);
        return cell;
    }
}
