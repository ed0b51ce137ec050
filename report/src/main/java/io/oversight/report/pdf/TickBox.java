package io.oversight.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfAppearance;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes to tick, on paper and on screen. Each is a square drawn as a vector (the embedded font has
 * no ballot-box glyph, and a drawn box prints the same everywhere) with a form field laid over it
 * where it lands: a check box, or one of a group of radio buttons of which a reader can tick one.
 * A PDF reader ticks it, and a digital signature then covers the choice. The field's appearances
 * are drawn too: OpenPDF's own check boxes draw their tick with ZapfDingbats, a font no file
 * embeds, which PDF/A forbids.
 */
final class TickBox extends PdfPageEventHelper {

    private static final String TAG = "tick-box:";
    private static final String OFF = "Off";
    private static final float SIZE = 9f;
    /** How far the box sits below the baseline, so that it lines up with the text beside it. */
    private static final float DROP = 1.5f;

    private final PdfWriter writer;
    private final Font font;
    private final Map<String, Group> groups = new HashMap<>();
    private Image box;
    private PdfAppearance ticked;
    private PdfAppearance empty;

    /** A group of radio buttons, made a field when its last button has landed. */
    private static final class Group {
        final int size;
        final List<PdfFormField> buttons = new ArrayList<>();

        Group(int size) {
            this.size = size;
        }
    }

    /** {@code font} is the embedded font of the line a box stands in, so no unembedded default creeps in. */
    TickBox(PdfWriter writer, Font font) {
        this.writer = writer;
        this.font = font;
    }

    /** A box that is a check box named {@code field} (unique in the document), inline with text. */
    Chunk checkBox(String field) {
        return tagged(field);
    }

    /**
     * A box that is the button {@code value} of the radio group {@code group}, which has {@code size}
     * buttons: ticking one clears the others.
     */
    Chunk radioButton(String group, String value, int size) {
        groups.computeIfAbsent(group, g -> new Group(size));
        return tagged(group + "=" + value);
    }

    private Chunk tagged(String tag) {
        if (box == null) {
            PdfTemplate square = writer.getDirectContent().createTemplate(SIZE, SIZE);
            square.setColorStroke(Palette.INK);
            square.setLineWidth(0.8f);
            square.rectangle(0.5f, 0.5f, SIZE - 1, SIZE - 1);
            square.stroke();
            box = Drawing.image(square);
        }
        Chunk chunk = new Chunk(box, 0, -DROP, false);
        chunk.setFont(font);
        chunk.setGenericTag(TAG + tag);
        return chunk;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (!tag.startsWith(TAG)) {
            return;
        }
        // The tag's rectangle starts at the box's left edge on the baseline.
        Rectangle area = new Rectangle(rect.getLeft(), rect.getBottom() - DROP, rect.getLeft() + SIZE, rect.getBottom() - DROP + SIZE);
        String name = tag.substring(TAG.length());
        int equals = name.indexOf('=');
        if (equals < 0) {
            PdfFormField check = PdfFormField.createCheckBox(writer);
            check.setFieldName(name);
            check.setValueAsName(OFF);
            widget(check, area, "Yes");
            writer.addAnnotation(check);
            return;
        }
        Group group = groups.get(name.substring(0, equals));
        PdfFormField button = PdfFormField.createEmpty(writer);
        widget(button, area, name.substring(equals + 1));
        group.buttons.add(button);
        if (group.buttons.size() == group.size) {
            PdfFormField radio = PdfFormField.createRadioButton(writer, true);
            radio.setFieldName(name.substring(0, equals));
            radio.setValueAsName(OFF);
            group.buttons.forEach(radio::addKid);
            writer.addAnnotation(radio);
        }
    }

    /** Makes {@code field} the printable widget at {@code area}, unticked, ticked in the state {@code on}. */
    private void widget(PdfFormField field, Rectangle area, String on) {
        field.setWidget(area, PdfAnnotation.HIGHLIGHT_NONE);
        field.setFlags(PdfAnnotation.FLAGS_PRINT);
        field.setPage();
        field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, on, ticked());
        field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, OFF, empty());
        field.setAppearanceState(OFF);
    }

    /** A tick drawn inside the printed square. */
    private PdfAppearance ticked() {
        if (ticked == null) {
            ticked = PdfAppearance.createAppearance(writer, SIZE, SIZE);
            ticked.setColorStroke(Palette.INK);
            ticked.setLineWidth(1.2f);
            ticked.setLineCap(PdfAppearance.LINE_CAP_ROUND);
            ticked.setLineJoin(PdfAppearance.LINE_JOIN_ROUND);
            ticked.moveTo(2f, 4.6f);
            ticked.lineTo(3.8f, 2.4f);
            ticked.lineTo(7.2f, 7f);
            ticked.stroke();
        }
        return ticked;
    }

    /** Nothing over the printed square. */
    private PdfAppearance empty() {
        if (empty == null) {
            empty = PdfAppearance.createAppearance(writer, SIZE, SIZE);
        }
        return empty;
    }
}
