package io.oversight.report.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfAppearance;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfWriter;

/**
 * An empty signature field (an AcroForm {@code /Sig} field) laid over a table cell, where the cell
 * lands: a PDF reader offers to sign there with a digital certificate, and the signature covers
 * the file as it stands, attachments included. Printed, the cell's frame is the place to sign by
 * hand. The widget is printable and has an (empty) appearance, as PDF/A requires of annotations.
 */
final class SignatureField implements PdfPCellEvent {

    private final PdfWriter writer;
    private final String name;

    /** {@code name} is the field's name, unique in the document: what a signing tool lists. */
    SignatureField(PdfWriter writer, String name) {
        this.writer = writer;
        this.name = name;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfFormField field = PdfFormField.createSignature(writer);
        field.setFieldName(name);
        field.setWidget(position, null);
        field.setFlags(PdfAnnotation.FLAGS_PRINT);
        field.setPage();
        PdfAppearance appearance = PdfAppearance.createAppearance(writer, position.getWidth(), position.getHeight());
        field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, appearance);
        writer.addAnnotation(field);
    }
}
