package io.oversight.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The report's type: one embedded font, LiberationSans, in a few sizes. The base-14 Helvetica
 * cannot be embedded and so cannot be archived; LiberationSans ships inside the OpenPDF jar and has
 * Helvetica's metrics. Only the regular face ships, so bold is OpenPDF's stroked simulation.
 * A new font object per report keeps each report's subset (and its seeded tag) its own.
 */
final class Styles {

    private static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = load();

    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final float TINY = 7f;

    final BaseFont base;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallBold;
    final Font smallMuted;
    final Font tableHeader;
    final Font h1;
    final Font h2;
    final Font h3;

    private Styles(BaseFont base) {
        this.base = base;
        this.body = font(BODY, Font.NORMAL, Palette.INK);
        this.bodyBold = font(BODY, Font.BOLD, Palette.INK);
        this.small = font(SMALL, Font.NORMAL, Palette.INK);
        this.smallBold = font(SMALL, Font.BOLD, Palette.INK);
        this.smallMuted = font(SMALL, Font.NORMAL, Palette.MUTED);
        this.tableHeader = font(SMALL, Font.BOLD, Palette.INK);
        this.h1 = font(18, Font.BOLD, Palette.ACCENT);
        this.h2 = font(12.5f, Font.BOLD, Palette.ACCENT);
        this.h3 = font(10.5f, Font.BOLD, Palette.INK);
    }

    /** Fonts whose subset tags come from {@code random}, so that the same report gets the same tags. */
    static Styles create(SecureRandom random) {
        try {
            BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, FONT_BYTES, null);
            base.setSecureRandom(random);
            return new Styles(base);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the report font " + FONT_RESOURCE, e);
        }
    }

    Font font(float size, int style, Color color) {
        return new Font(base, size, style, color);
    }

    /** Width of {@code text} in points at {@code size}. */
    float width(String text, float size) {
        return base.getWidthPoint(text, size);
    }

    /** {@code text} shortened with an ellipsis to fit {@code maxWidth} points at {@code size}. */
    String fit(String text, float size, float maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && width(text.substring(0, end) + ellipsis, size) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ellipsis;
    }

    private static byte[] load() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is missing from the OpenPDF jar on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
