package io.oversight.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.oversight.catalog.Severity;
import io.oversight.engine.ClauseStatus;
import java.awt.Color;

/**
 * Table building blocks in the report's one style: a tinted header row repeated on every page a
 * table runs onto, hairlines between rows, and severity and status cells that print their word
 * on their colour. Cell text is never below {@link Styles#SMALL} and never breaks inside an id
 * ({@link IdBreaks}).
 */
final class Tables {

    private static final float PADDING = 3.5f;

    private final Styles styles;

    Tables(Styles styles) {
        this.styles = styles;
    }

    /** A full-width table whose first row is a header repeated on each page it breaks onto. */
    PdfPTable table(float[] relativeWidths, String... headers) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            table.addCell(header(header));
        }
        table.setHeaderRows(headers.length == 0 ? 0 : 1);
        return table;
    }

    PdfPCell header(String text) {
        PdfPCell cell = base(new Phrase(text, styles.tableHeader));
        cell.setBackgroundColor(Palette.HEADER_FILL);
        cell.setBorderColor(Palette.RULE);
        return cell;
    }

    PdfPCell cell(String text) {
        return base(new Phrase(text, styles.small));
    }

    PdfPCell cell(String text, Font font) {
        return base(new Phrase(text, font));
    }

    PdfPCell cell(Phrase phrase) {
        return base(phrase);
    }

    PdfPCell number(long value) {
        PdfPCell cell = base(new Phrase(value == 0 ? "\u2013" : String.valueOf(value), value == 0 ? styles.smallMuted : styles.smallBold));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    /** The severity word on its colour: legible in greyscale, and never colour alone. */
    PdfPCell severity(Severity severity) {
        return chip(Words.severity(severity), Palette.severity(severity), Palette.onSeverity(severity));
    }

    PdfPCell chip(String word, Color fill, Color ink) {
        PdfPCell cell = base(new Phrase(word, styles.font(Styles.SMALL, Font.BOLD, ink)));
        cell.setBackgroundColor(fill);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(Palette.WHITE);
        cell.setBorderWidthBottom(1.5f);
        return cell;
    }

    /** A clause status: its word (and date, for upcoming) on a tint. */
    PdfPCell status(ClauseStatus status, String text) {
        PdfPCell cell = base(new Phrase(text, status == ClauseStatus.GAP || status == ClauseStatus.RISK_ACCEPTED ? styles.smallBold : styles.small));
        cell.setBackgroundColor(Palette.clauseStatus(status));
        cell.setBorderColor(Palette.WHITE);
        cell.setBorderWidthBottom(1.5f);
        return cell;
    }

    /** A cell that spans the whole row, for notes such as "and 40 more". */
    PdfPCell span(String text, int columns) {
        PdfPCell cell = base(new Phrase(text, styles.smallMuted));
        cell.setColspan(columns);
        return cell;
    }

    private static PdfPCell base(Phrase phrase) {
        PdfPCell cell = new PdfPCell(IdBreaks.keep(phrase));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(PADDING);
        cell.setPaddingBottom(PADDING + 1);
        cell.setPaddingLeft(PADDING);
        cell.setPaddingRight(PADDING);
        cell.setLeading(0, 1.25f);
        return cell;
    }
}
