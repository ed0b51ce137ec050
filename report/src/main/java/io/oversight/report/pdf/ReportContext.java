package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What a section writes with: the open document, its fonts, the facts derived from the
 * assessment, and the few layout moves every section makes (a section starts on a new page, unless
 * the page holds only the tail of the one before; a heading never sits alone at the foot of a page).
 */
final class ReportContext {

    /** The height a short section needs to follow on the current page. */
    private static final float SHORT_SECTION = 110;

    final Document document;
    final PdfWriter writer;
    final Styles styles;
    final ReportFacts facts;
    final Tables tables;
    final DocumentIdentity identity;
    final TickBox tickBoxes;
    private final Bookmarks bookmarks;

    ReportContext(Document document, PdfWriter writer, Styles styles, ReportFacts facts, DocumentIdentity identity,
                  Bookmarks bookmarks, TickBox tickBoxes) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.facts = facts;
        this.identity = identity;
        this.bookmarks = bookmarks;
        this.tickBoxes = tickBoxes;
        this.tables = new Tables(styles);
    }

    /** Text that makes a top-level bookmark where it lands, for a section that starts without a title. */
    Chunk bookmark(String text, String bookmarkTitle, Font font) {
        return bookmarks.heading(text, bookmarkTitle, 1, font);
    }

    /** Adds {@code element} with its text as the PDF draws it ({@link DrawnText}). */
    void add(Element element) throws DocumentException {
        document.add(DrawnText.cleaned(element));
    }

    /**
     * A section: its title in large type and a top-level bookmark, on a new page, unless the current
     * page holds only the last lines of the section before (two fifths of the page or less), which
     * would otherwise stand alone on a page nearly empty.
     */
    void section(String title) throws DocumentException {
        float used = document.top() - writer.getVerticalPosition(true);
        boolean tail = used > 0 && used <= (document.top() - document.bottom()) * 0.4f;
        if (!tail) {
            document.newPage();
        }
        Paragraph p = new Paragraph("", styles.h1);
        p.add(bookmarks.heading(title, title, 1, styles.h1));
        if (tail) {
            p.setSpacingBefore(18);
        }
        p.setSpacingAfter(10);
        add(p);
    }

    /**
     * A section with a sentence or two to say, such as "no waiver is declared": it follows on the
     * current page when a few lines remain, rather than leaving a page nearly empty.
     */
    void shortSection(String title) throws DocumentException {
        keepSpace(SHORT_SECTION);
        Paragraph p = new Paragraph("", styles.h1);
        p.add(bookmarks.heading(title, title, 1, styles.h1));
        p.setSpacingBefore(18);
        p.setSpacingAfter(10);
        add(p);
    }

    /** A subsection heading with a bookmark below the current section's. */
    void subsection(String text, String bookmarkTitle, float keepWithNext) throws DocumentException {
        subsection(bookmarks.heading(text, bookmarkTitle, 2, styles.h2), keepWithNext);
    }

    /**
     * The heading of a control's findings: bookmarked, and the target of {@link #seeFindings}
     * links from elsewhere in the report.
     */
    void findingsSubsection(String controlId, String text, String bookmarkTitle, float keepWithNext) throws DocumentException {
        subsection(InternalLinks.target(bookmarks.heading(text, bookmarkTitle, 2, styles.h2), InternalLinks.findingsOf(controlId)),
                keepWithNext);
    }

    /**
     * {@code text} that jumps to the findings of {@code controlId}, for a "see Findings"
     * reference; plain text when the control has no findings, and so no heading to jump to.
     */
    Chunk seeFindings(String controlId, String text, Font font) {
        boolean hasFindings = facts.groups().stream().anyMatch(g -> g.control().id().equals(controlId));
        return hasFindings ? InternalLinks.link(text, InternalLinks.findingsOf(controlId), font) : new Chunk(text, font);
    }

    private void subsection(Chunk heading, float keepWithNext) throws DocumentException {
        keepSpace(keepWithNext + 30);
        Paragraph p = new Paragraph("", styles.h2);
        p.add(heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(5);
        add(p);
    }

    /** A heading without a bookmark. */
    void heading(String text, float keepWithNext) throws DocumentException {
        keepSpace(keepWithNext + 24);
        Paragraph p = IdBreaks.keep(new Paragraph(text, styles.h3));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        add(p);
    }

    /**
     * A drawn graphic, full width. It goes into a borderless one-cell table: added straight to the
     * document, OpenPDF would lay it out as a line in the unembedded default font.
     */
    void graphic(Image image, float spacingAfter) throws DocumentException {
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        frame.setKeepTogether(true);
        frame.setSpacingAfter(spacingAfter);
        PdfPCell cell = new PdfPCell(image, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        frame.addCell(cell);
        add(frame);
    }

    void paragraph(String text) throws DocumentException {
        Paragraph p = IdBreaks.keep(new Paragraph(text, styles.body));
        p.setLeading(Styles.BODY * 1.35f);
        p.setSpacingAfter(5);
        add(p);
    }

    void muted(String text) throws DocumentException {
        Paragraph p = IdBreaks.keep(new Paragraph(text, styles.bodyMuted));
        p.setLeading(Styles.BODY * 1.35f);
        p.setSpacingAfter(4);
        add(p);
    }

    /** Starts a new page unless {@code points} of height remain, so what follows stays together. */
    void keepSpace(float points) {
        if (spaceLeft() < points) {
            document.newPage();
        }
    }

    /** The height left on the current page. */
    float spaceLeft() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /** The height {@code table} will take at full width, for deciding what fits on a page. */
    float height(PdfPTable table) {
        table.setTotalWidth(width());
        return table.getTotalHeight();
    }

    float width() {
        return document.right() - document.left();
    }
}
