package io.oversight.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.XmpWriter;
import io.oversight.report.RenderOptions;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Opens a document that is a PDF/A-3b archival record, carries the machine-readable results it
 * was rendered from as associated files, and comes out byte for byte the same for the same content.
 *
 * <p>OpenPDF knows PDF/A-1 only, and its PDF/A-1 mode writes a {@code /CIDSet} for every font
 * that does not list the glyphs a composite glyph pulls into the subset (veraPDF rejects that under
 * PDF/A-3 rule 6.2.11.4.2, which makes the set optional but exact). So the mode stays off, and this
 * class writes what PDF/A-3b asks itself: the PDF/A output intent, the XMP identification (part 3,
 * conformance B), the document language, and for each embedded file an entry in the catalog's
 * {@code /AF} array with an {@code /AFRelationship}, a MIME type and a modification date. Fonts are
 * embedded by {@link Styles}; annotations set their print flag where they are made. veraPDF
 * checks the result in the tests.
 *
 * <p>The file is not tagged (no structure tree, no {@code /MarkInfo}). OpenPDF 2.0.5 can write a
 * structure tree ({@code PdfWriter.setTagged}, {@code PdfStructureElement}) and mark content drawn
 * by hand on a {@code PdfContentByte}, but its layout of {@code Paragraph} and {@code PdfPTable}
 * writes no marked content and offers no hook to add it, so headings, paragraphs and tables could
 * only be tagged by laying the report out by hand. A structure that claimed what it does not
 * mark would mislead a screen reader more than none; what a reader gets is the language, the
 * open outline, text with Unicode mappings, and links.
 *
 * <p>For determinism OpenPDF needs help on three points: it stamps the clock into the info
 * dictionary when the document opens (so the dates are overwritten after {@code open()}), it draws
 * a random trailer {@code /ID} unless the info dictionary carries a {@code /FileID} (so one is put
 * there), and it draws font-subset tags at random (see {@link SeededRandom}).
 */
final class ArchivalPdf {

    /** The language the report is written in, for screen readers and hyphenation ({@code /Lang}). */
    static final String LANGUAGE = "en";

    /** Info dictionary entries; XMP metadata repeats them, as PDF/A requires. */
    record Metadata(String title, String author, String subject, String keywords, String creator) {
    }

    /** How an associated file relates to the report, in PDF/A-3's words. */
    enum Relationship {
        /** The material the report was rendered from. */
        SOURCE("Source"),
        /** The same content in another representation. */
        ALTERNATIVE("Alternative");

        private final PdfName name;

        Relationship(String name) {
            this.name = new PdfName(name);
        }
    }

    /** A file carried inside the report. */
    record AssociatedFile(String fileName, String description, String mimeType, Relationship relationship, byte[] bytes) {
    }

    private ArchivalPdf() {
    }

    static PdfWriter open(Document document, OutputStream out, Metadata metadata, DocumentIdentity identity,
                          List<AssociatedFile> files, PdfPageEvent... events) throws DocumentException, IOException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
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
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        associate(writer, files, date);
        // After the dates: the XMP packet copies them from the info dictionary.
        writer.setXmpMetadata(xmp(writer));
        return writer;
    }

    static Rectangle pageSize(RenderOptions.Paper paper) {
        return switch (paper) {
            case A4 -> PageSize.A4;
            case LETTER -> PageSize.LETTER;
        };
    }

    /** Embeds each file, lists it among the document's attachments and in the catalog's {@code /AF}. */
    private static void associate(PdfWriter writer, List<AssociatedFile> files, PdfDate date) throws IOException {
        PdfArray af = new PdfArray();
        for (AssociatedFile file : files) {
            PdfDictionary params = new PdfDictionary();
            params.put(PdfName.MODDATE, date);
            params.put(PdfName.CHECKSUM, new PdfString(md5(file.bytes())).setHexWriting(true));
            PdfFileSpecification spec = PdfFileSpecification.fileEmbedded(writer, null, file.fileName(), file.bytes(), file.mimeType(),
                    params, PdfStream.BEST_COMPRESSION);
            spec.put(new PdfName("AFRelationship"), file.relationship().name);
            writer.addFileAttachment(file.description(), spec);
            af.add(spec.getReference());
        }
        if (!af.isEmpty()) {
            writer.getExtraCatalog().put(PdfName.AF, af);
        }
    }

    /** The info dictionary as XMP, with the PDF/A identification: part 3, conformance B. */
    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE);
        PdfA1Schema id = new PdfA1Schema();
        id.addPart("3");
        id.addConformance("B");
        xmp.addRdfDescription(id);
        xmp.close();
        return bytes.toByteArray();
    }

    /** PDF's {@code /CheckSum} of an embedded file is its MD5, a check of integrity, not of authenticity. */
    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * The colours mean sRGB: the JDK's own profile (ICC v2), so no profile file has to ship with
     * the tool, under the subtype every part of PDF/A names its intent by.
     */
    private static PdfDictionary outputIntent(PdfWriter writer) throws IOException {
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("Custom"));
        intent.put(PdfName.OUTPUTCONDITION, new PdfString(""));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(new PdfICCBased(srgb, PdfStream.BEST_COMPRESSION)).getIndirectReference());
        return intent;
    }
}
