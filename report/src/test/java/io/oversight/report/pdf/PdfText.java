package io.oversight.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered report as a reader meets it, read back with PDFBox: the text of each page, the
 * bookmarks, the metadata and the fonts.
 */
final class PdfText {

    /** A bookmark and the ones below it. */
    record Bookmark(String title, List<Bookmark> children) {
    }

    final List<String> pages = new ArrayList<>();
    final List<Bookmark> outline;
    final String title;
    final String author;
    final String subject;
    final String keywords;
    final String creator;
    final List<float[]> pageSizes = new ArrayList<>();
    final List<String> fonts = new ArrayList<>();
    final List<String> unembeddedFonts = new ArrayList<>();

    PdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            outline = children(doc.getDocumentCatalog().getDocumentOutline());
            var info = doc.getDocumentInformation();
            title = info.getTitle();
            author = info.getAuthor();
            subject = info.getSubject();
            keywords = info.getKeywords();
            creator = info.getCreator();
            for (PDPage page : doc.getPages()) {
                pageSizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
                collectFonts(page.getResources(), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String all() {
        return String.join("\n", pages);
    }

    /** The page's text (1-based). */
    String page(int n) {
        return pages.get(n - 1);
    }

    /**
     * Text without any whitespace: a line break can fall anywhere in a wrapped sentence, so
     * assertions compare squashed text with squashed expectations.
     */
    static String squash(String text) {
        return text.replaceAll("[\\s\u00a0]+", "");
    }

    List<String> topLevelTitles() {
        return outline.stream().map(Bookmark::title).toList();
    }

    Bookmark bookmark(String title) {
        return outline.stream().filter(b -> b.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + title + " in " + topLevelTitles()));
    }

    private static List<Bookmark> children(PDOutlineNode node) {
        List<Bookmark> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        for (PDOutlineItem item : node.children()) {
            list.add(new Bookmark(item.getTitle(), children(item)));
        }
        return list;
    }

    private void collectFonts(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!fonts.contains(font.getName())) {
                fonts.add(font.getName());
            }
            if (!font.isEmbedded()) {
                unembeddedFonts.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), depth + 1);
            }
        }
    }
}
