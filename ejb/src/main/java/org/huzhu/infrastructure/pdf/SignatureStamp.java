package org.huzhu.infrastructure.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * The visible signature: a red round seal (公章) with the union's name along the upper rim, a
 * star in the middle and 电子签章 below it, drawn in Noto Sans SC.
 * <p>
 * The glyphs are drawn as outlines, so the appearance needs no font: it is built once per
 * signer and each signature only copies these few kilobytes into its letter, which keeps
 * signing fast and leaves the letter's extractable text unchanged. It is printed with the
 * multiply blend mode, so the issuer's name and date show through the red like ink on paper.
 */
final class SignatureStamp {

    private static final float SIZE = LetterRenderer.STAMP_AREA.width();
    private static final float CENTRE = SIZE / 2;
    private static final float RIM_RADIUS = SIZE / 2 - 3;
    private static final float RIM_WIDTH = 3.2f;
    private static final float NAME_BASELINE_RADIUS = RIM_RADIUS - 19;
    private static final float NAME_GLYPH_SIZE = 16;
    private static final double LARGEST_NAME_ARC = Math.toRadians(250);
    private static final double ARC_PER_NAME_CHARACTER = Math.toRadians(28);
    private static final String CAPTION = "电子签章";
    private static final float CAPTION_SIZE = 9.5f;
    private static final String INK_STATE = "Ink";
    /** Cubic Bézier control distance that approximates a quarter circle. */
    private static final double QUARTER_CIRCLE_KAPPA = 0.5522847498;

    private final byte[] content;

    SignatureStamp(String unionName) {
        this.content = draw(unionName).getBytes(StandardCharsets.US_ASCII);
    }

    /** A fresh appearance for one document; the drawing itself is shared. */
    PDAppearanceDictionary appearanceIn(PDDocument document) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(SIZE, SIZE));
        PDResources resources = new PDResources();
        PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
        ink.setBlendMode(BlendMode.MULTIPLY);
        resources.put(COSName.getPDFName(INK_STATE), ink);
        stream.setResources(resources);
        try (OutputStream out = stream.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content);
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    private static String draw(String unionName) {
        PathWriter pdf = new PathWriter();
        pdf.operator("q /" + INK_STATE + " gs 0.82 0.08 0.08 rg 0.82 0.08 0.08 RG");
        pdf.operator(RIM_WIDTH + " w");
        pdf.circle(CENTRE, CENTRE, RIM_RADIUS);
        pdf.operator("S");
        pdf.star(CENTRE, CENTRE + 6, 17, 6.8);
        pdf.operator("f");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(NotoSansSc.trueTypeBytes()))) {
            Glyphs glyphs = new Glyphs(font);
            drawAlongRim(glyphs, unionName, pdf);
            drawCaption(glyphs, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stamp font", e);
        }
        pdf.operator("f Q");
        return pdf.toString();
    }

    /** Characters upright towards the rim, spread evenly over an arc centred on the top. */
    private static void drawAlongRim(Glyphs glyphs, String text, PathWriter pdf) throws IOException {
        int[] characters = text.codePoints().toArray();
        double arc = Math.min(LARGEST_NAME_ARC, ARC_PER_NAME_CHARACTER * characters.length);
        double step = characters.length > 1 ? arc / (characters.length - 1) : 0;
        double spacing = characters.length > 1 ? step * NAME_BASELINE_RADIUS * 0.95 : NAME_GLYPH_SIZE;
        float glyphSize = (float) Math.min(NAME_GLYPH_SIZE, spacing);
        for (int i = 0; i < characters.length; i++) {
            double angle = Math.PI / 2 + arc / 2 - i * step;
            AffineTransform place = new AffineTransform();
            place.translate(CENTRE + NAME_BASELINE_RADIUS * Math.cos(angle),
                    CENTRE + NAME_BASELINE_RADIUS * Math.sin(angle));
            place.rotate(angle - Math.PI / 2);
            glyphs.drawCentred(characters[i], glyphSize, place, pdf);
        }
    }

    private static void drawCaption(Glyphs glyphs, PathWriter pdf) throws IOException {
        int[] characters = CAPTION.codePoints().toArray();
        float advance = CAPTION_SIZE * 1.05f;
        float left = CENTRE - advance * (characters.length - 1) / 2;
        for (int i = 0; i < characters.length; i++) {
            glyphs.drawCentred(characters[i], CAPTION_SIZE,
                    AffineTransform.getTranslateInstance(left + i * advance, CENTRE - 30), pdf);
        }
    }

    /** Glyph outlines from the TrueType font, in font units turned into points. */
    private record Glyphs(TrueTypeFont font) {

        void drawCentred(int codePoint, float size, AffineTransform placement, PathWriter pdf) throws IOException {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int glyphId = cmap.getGlyphId(codePoint);
            GlyphData glyph = font.getGlyph().getGlyph(glyphId);
            if (glyphId == 0 || glyph == null) {
                throw new IllegalArgumentException("the stamp font has no glyph for " + Character.toString(codePoint));
            }
            float scale = size / font.getUnitsPerEm();
            AffineTransform transform = new AffineTransform(placement);
            transform.scale(scale, scale);
            transform.translate(-font.getAdvanceWidth(glyphId) / 2.0, 0);
            GeneralPath outline = glyph.getPath();
            pdf.path(outline.getPathIterator(transform));
        }
    }

    /** Writes PDF path operators with two decimals, plenty at this size. */
    private static final class PathWriter {
        private final StringBuilder out = new StringBuilder(16 * 1024);

        void operator(String text) {
            out.append(text).append('\n');
        }

        void path(PathIterator path) {
            double[] c = new double[6];
            double lastX = 0;
            double lastY = 0;
            for (; !path.isDone(); path.next()) {
                switch (path.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> {
                        points(c, 1, "m");
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_LINETO -> {
                        points(c, 1, "l");
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_QUADTO -> {
                        // PDF has only cubic curves; a quadratic is the cubic with controls 2/3 of the way.
                        double[] cubic = {
                                lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY),
                                c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]),
                                c[2], c[3]};
                        points(cubic, 3, "c");
                        lastX = c[2];
                        lastY = c[3];
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        points(c, 3, "c");
                        lastX = c[4];
                        lastY = c[5];
                    }
                    case PathIterator.SEG_CLOSE -> operator("h");
                    default -> throw new IllegalStateException("unknown path segment");
                }
            }
        }

        void circle(double x, double y, double r) {
            double k = r * QUARTER_CIRCLE_KAPPA;
            points(new double[] {x + r, y}, 1, "m");
            points(new double[] {x + r, y + k, x + k, y + r, x, y + r}, 3, "c");
            points(new double[] {x - k, y + r, x - r, y + k, x - r, y}, 3, "c");
            points(new double[] {x - r, y - k, x - k, y - r, x, y - r}, 3, "c");
            points(new double[] {x + k, y - r, x + r, y - k, x + r, y}, 3, "c");
            operator("h");
        }

        /** A five-pointed star, one point straight up. */
        void star(double x, double y, double outer, double inner) {
            for (int corner = 0; corner < 10; corner++) {
                double radius = corner % 2 == 0 ? outer : inner;
                double angle = Math.PI / 2 + corner * Math.PI / 5;
                points(new double[] {x + radius * Math.cos(angle), y + radius * Math.sin(angle)}, 1,
                        corner == 0 ? "m" : "l");
            }
            operator("h");
        }

        private void points(double[] coordinates, int count, String operator) {
            for (int i = 0; i < count * 2; i++) {
                out.append(String.format(Locale.ROOT, "%.2f ", coordinates[i]));
            }
            operator(operator);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
