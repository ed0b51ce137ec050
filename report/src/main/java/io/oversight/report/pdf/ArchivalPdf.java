package io.oversight.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfWriter;
import io.oversight.report.RenderOptions;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Opens a document that is a PDF/A-1b archival record and comes out byte for byte the same for
 * the same content. OpenPDF needs help on three points: it stamps the clock into the info
 * dictionary when the document opens (so the dates are overwritten after {@code open()}), it draws
 * a random trailer {@code /ID} unless the info dictionary carries a {@code /FileID} (so one is put
 * there), and it draws font-subset tags at random (see {@link SeededRandom}).
 */
final class ArchivalPdf {

    /** Info dictionary entries; XMP metadata repeats them, as PDF/A requires. */
    record Metadata(String title, String author, String subject, String keywords, String creator) {
    }

    private ArchivalPdf() {
    }

    static PdfWriter open(Document document, OutputStream out, Metadata metadata, DocumentIdentity identity,
                          PdfPageEvent... events) throws DocumentException, IOException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        document.addTitle(metadata.title());
        document.addAuthor(metadata.author());
        document.addSubject(metadata.subject());
        document.addKeywords(metadata.keywords());
        document.addCreator(metadata.creator());
        for (PdfPageEvent event : events) {
            writer.setPageEvent(event);
        }
        document.open();
        PdfDate date = new PdfDate(identity.calendar());
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = identity.fileId();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", srgb());
        // After the dates: the XMP packet copies them from the info dictionary.
        writer.createXmpMetadata();
        return writer;
    }

    static Rectangle pageSize(RenderOptions.Paper paper) {
        return switch (paper) {
            case A4 -> PageSize.A4;
            case LETTER -> PageSize.LETTER;
        };
    }

    /** The JDK's own sRGB profile (ICC v2), so no profile file has to ship with the tool. */
    private static ICC_Profile srgb() {
        return ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    }
}
