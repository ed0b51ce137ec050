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
 * The report's type: Liberation Sans for text, in a real bold face for emphasis, and Liberation
 * Mono for quoted YAML, all embedded as subsets (a PDF/A file may use embedded fonts only; the
 * files and their licence are in {@code oversight/fonts}). Sans has Helvetica's metrics, Mono
 * Courier's. Body text is never below 9 pt and table text never below 8 pt, the sizes a printed
 * page stays readable at. A new font object per report keeps each report's subsets (and their
 * seeded tags) its own.
 */
final class Styles {

    private static final String FONTS = "oversight/fonts/";
    private static final Face SANS = Face.load("LiberationSans-Regular.ttf");
    private static final Face SANS_BOLD = Face.load("LiberationSans-Bold.ttf");
    private static final Face MONO = Face.load("LiberationMono-Regular.ttf");
    private static final Face MONO_BOLD = Face.load("LiberationMono-Bold.ttf");

    /** Running text. */
    static final float BODY = 9.5f;
    /** Table cells, captions and notes: the smallest size any text of the report is set in. */
    static final float SMALL = 8f;
    /** Quoted YAML: Mono sets wider than Sans, so the same 8 pt fits about 95 columns on A4. */
    static final float CODE = 8f;

    final BaseFont base;
    final BaseFont bold;
    final BaseFont mono;
    final BaseFont monoBold;
    final Font body;
    final Font bodyBold;
    final Font bodyMuted;
    final Font small;
    final Font smallBold;
    final Font smallMuted;
    final Font tableHeader;
    final Font code;
    final Font codeBold;
    final Font codeMuted;
    final Font h1;
    final Font h2;
    final Font h3;

    private Styles(SecureRandom random) {
        this.base = SANS.create(random);
        this.bold = SANS_BOLD.create(random);
        this.mono = MONO.create(random);
        this.monoBold = MONO_BOLD.create(random);
        this.body = font(BODY, Font.NORMAL, Palette.INK);
        this.bodyBold = font(BODY, Font.BOLD, Palette.INK);
        this.bodyMuted = font(BODY, Font.NORMAL, Palette.MUTED);
        this.small = font(SMALL, Font.NORMAL, Palette.INK);
        this.smallBold = font(SMALL, Font.BOLD, Palette.INK);
        this.smallMuted = font(SMALL, Font.NORMAL, Palette.MUTED);
        this.tableHeader = font(SMALL, Font.BOLD, Palette.INK);
        this.code = new Font(mono, CODE, Font.NORMAL, Palette.INK);
        this.codeBold = new Font(monoBold, CODE, Font.NORMAL, Palette.INK);
        this.codeMuted = new Font(mono, CODE, Font.NORMAL, Palette.MUTED);
        this.h1 = font(18, Font.BOLD, Palette.ACCENT);
        this.h2 = font(12.5f, Font.BOLD, Palette.ACCENT);
        this.h3 = font(10.5f, Font.BOLD, Palette.INK);
    }

    /** Fonts whose subset tags come from {@code random}, so that the same report gets the same tags. */
    static Styles create(SecureRandom random) {
        return new Styles(random);
    }

    /**
     * Liberation Sans at {@code size}. {@link Font#BOLD} selects the bold face instead of letting
     * OpenPDF imitate one by stroking the outlines, so every section that asks for bold gets it.
     */
    Font font(float size, int style, Color color) {
        boolean isBold = (style & Font.BOLD) != 0;
        return new Font(isBold ? bold : base, size, style & ~Font.BOLD, color);
    }

    /** Width of {@code text} in points at {@code size}, in the regular face. */
    float width(String text, float size) {
        return base.getWidthPoint(text, size);
    }

    /** Width of {@code text} in points at {@code size}, in the bold face. */
    float boldWidth(String text, float size) {
        return bold.getWidthPoint(text, size);
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
        // Cut between words where the line has one, so that no word is left half-read.
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > end / 2 ? space : end).stripTrailing() + ellipsis;
    }

    /** Whether the report's fonts have a glyph for {@code codePoint}; a character without one is left out of the page. */
    static boolean shows(int codePoint) {
        return Coverage.SANS_FONT.charExists(codePoint);
    }

    /** The regular face, made once for questions of coverage; the mono and bold faces cover the same characters. */
    private static final class Coverage {
        static final BaseFont SANS_FONT = SANS.create(new SecureRandom());
    }

    /** A font file read once per process; each report makes its own embedded subset of it. */
    private record Face(String file, byte[] bytes) {

        static Face load(String file) {
            try (InputStream in = Styles.class.getClassLoader().getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IllegalStateException(FONTS + file + " is missing from the report module's resources");
                }
                return new Face(file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        BaseFont create(SecureRandom random) {
            try {
                BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
                font.setSecureRandom(random);
                // PDF/A-3 leaves CIDSet out or wants it exact; OpenPDF's omits composite glyphs' parts (see ArchivalPdf).
                font.setIncludeCidSet(false);
                return font;
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("cannot load the report font " + FONTS + file, e);
            }
        }
    }
}
