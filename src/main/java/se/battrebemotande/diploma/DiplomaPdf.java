package se.battrebemotande.diploma;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.battrebemotande.web.Format;

/**
 * Draws a certificate or diploma as a one-page A4 landscape PDF with embedded fonts (EB Garamond
 * and Lato, subset), a verification code and a QR code that opens the verification page. Swedish
 * first, English beneath. All text is set as text, never interpreted, and the holder's name
 * wraps and shrinks to stay inside its box however long it is.
 *
 * <p>A revoked or replaced document is still drawn for its holder, so they can see what they had,
 * but a red band across the page says it is not valid (revoked or replaced, and since when), and
 * its title says so too: such a PDF cannot pass as a valid one, and its QR code leads to the
 * verification page, which says the same.
 */
public final class DiplomaPdf {
    static final float WIDTH = 842;
    static final float HEIGHT = 595;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Color NAVY = new Color(0x12, 0x35, 0x5b);
    private static final Color GOLD = new Color(0xa8, 0x84, 0x3a);
    private static final Color INK = new Color(0x1b, 0x1f, 0x24);
    private static final Color GREY = new Color(0x4a, 0x55, 0x63);
    private static final Color PAPER = new Color(0xfc, 0xfa, 0xf5);
    private static final Color VOID_RED = new Color(0xb0, 0x1c, 0x1c);

    private static final Fonts FONTS = new Fonts();

    private DiplomaPdf() {}

    /** The fonts, read once: every PDF embeds its own subset of them. */
    private static final class Fonts {
        final byte[] serif = read("EBGaramond12-Regular.otf");
        final byte[] serifItalic = read("EBGaramond12-Italic.otf");
        final byte[] sans = read("Lato-Regular.ttf");
        final byte[] sansBold = read("Lato-Bold.ttf");

        private static byte[] read(String name) {
            try (InputStream in = DiplomaPdf.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static BaseFont create(String name, byte[] bytes) {
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("Cannot load font " + name, e);
            }
        }
    }

    /** Renders the document; {@code verifyUrl} is the public address its QR code opens. */
    public static byte[] render(Diploma diploma, String verifyUrl) {
        BaseFont serif = Fonts.create("EBGaramond12-Regular.otf", FONTS.serif);
        BaseFont serifItalic = Fonts.create("EBGaramond12-Italic.otf", FONTS.serifItalic);
        BaseFont sans = Fonts.create("Lato-Regular.ttf", FONTS.sans);
        BaseFont sansBold = Fonts.create("Lato-Bold.ttf", FONTS.sansBold);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(new Rectangle(WIDTH, HEIGHT), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setFullCompression();
            document.addTitle(notValidPrefix(diploma) + (diploma.isCourseDiploma() ? "Utbildningsdiplom" : "Intyg")
                    + " – " + diploma.getCourseTitle().sv() + " – " + diploma.getHolderName());
            document.addAuthor(diploma.getIssuer().sv());
            document.addCreator("Bättre bemötande");
            writer.getExtraCatalog()
                    .put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("sv-SE"));
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas);
            boolean course = diploma.isCourseDiploma();

            centered(canvas, diploma.getIssuer().sv().toUpperCase(SWEDISH), sansBold, 11, NAVY, 530, 3.2f);
            centered(canvas, course ? "Utbildningsdiplom" : "Intyg", serif, 48, NAVY, 468, 0);
            centered(canvas, course ? "Diploma" : "Certificate of completion", sans, 10.5f, GREY, 438, 1.5f);
            centered(canvas, "Härmed intygas att", sans, 12.5f, INK, 406, 0);
            centered(canvas, "This is to certify that", sans, 9.5f, GREY, 392, 0);

            float nameBottom = name(canvas, diploma.getHolderName(), serifItalic, 384, 312);
            canvas.setColorStroke(GOLD);
            canvas.setLineWidth(0.8f);
            canvas.moveTo(WIDTH / 2 - 170, nameBottom - 4);
            canvas.lineTo(WIDTH / 2 + 170, nameBottom - 4);
            canvas.stroke();

            if (course) {
                centered(canvas, "har genomfört webbutbildningen", sans, 12.5f, INK, 276, 0);
                centered(canvas, "has completed the online course", sans, 9.5f, GREY, 262, 0);
                centered(canvas, diploma.getCourseTitle().sv(), serif, 26, NAVY, 230, 0);
                parts(canvas, diploma.getParts(), serif, sans, 194);
            } else {
                CompletedPart part = diploma.getParts().get(0);
                centered(canvas, "har genomfört delen", sans, 12.5f, INK, 276, 0);
                centered(canvas, "has completed the part", sans, 9.5f, GREY, 262, 0);
                centered(canvas, part.getTitle().sv(), serif, 28, NAVY, 228, 0);
                centered(
                        canvas,
                        "i webbutbildningen " + diploma.getCourseTitle().sv() + ", den "
                                + Format.date(part.getCompletedAt(), SWEDISH),
                        sans,
                        12,
                        INK,
                        202,
                        0);
                centered(
                        canvas,
                        "of the online course " + diploma.getCourseTitle().in(Locale.ENGLISH) + ", on "
                                + Format.date(part.getCompletedAt(), Locale.ENGLISH),
                        sans,
                        9.5f,
                        GREY,
                        188,
                        0);
            }
            footer(canvas, diploma, verifyUrl, serif, sans, sansBold);
            if (!diploma.isValid()) {
                notValid(canvas, diploma, sans, sansBold);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render diploma " + diploma.getCode(), e);
        }
        return out.toByteArray();
    }

    private static String notValidPrefix(Diploma diploma) {
        return switch (diploma.getState()) {
            case VALID -> "";
            case REVOKED -> "ÅTERKALLAT, GÄLLER INTE – ";
            case REPLACED -> "ERSATT, GÄLLER INTE – ";
        };
    }

    /** The red band across a revoked or replaced document: what happened, when, in both languages. */
    private static void notValid(PdfContentByte canvas, Diploma diploma, BaseFont sans, BaseFont sansBold) {
        boolean replaced = diploma.getState() == DiplomaState.REPLACED;
        String sv = replaced ? "ERSATT – GÄLLER INTE" : "ÅTERKALLAT – GÄLLER INTE";
        String en = replaced ? "REPLACED – NOT VALID" : "REVOKED – NOT VALID";
        String when = (replaced ? "Ersatt av ett nytt dokument " : "Återkallat ")
                + Format.date(diploma.getRevokedAt(), SWEDISH) + " / " + (replaced ? "Replaced on " : "Revoked on ")
                + Format.date(diploma.getRevokedAt(), Locale.ENGLISH);
        double angle = Math.toRadians(8);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        canvas.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.86f);
        canvas.setGState(translucent);
        canvas.concatCTM(cos, sin, -sin, cos, WIDTH / 2, HEIGHT / 2 - 70);
        canvas.setColorFill(VOID_RED);
        canvas.rectangle(-WIDTH, -52, 2 * WIDTH, 104);
        canvas.fill();
        for (Object[] line :
                new Object[][] {{sv, sansBold, 34f, 6f}, {en, sansBold, 16f, -20f}, {when, sans, 10.5f, -40f}}) {
            String text = (String) line[0];
            BaseFont font = (BaseFont) line[1];
            float size = (Float) line[2];
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(Color.WHITE);
            canvas.setTextMatrix(-font.getWidthPoint(text, size) / 2, (Float) line[3]);
            canvas.showText(text);
            canvas.endText();
        }
        canvas.restoreState();
    }

    private static void frame(PdfContentByte canvas) {
        canvas.setColorFill(PAPER);
        canvas.rectangle(0, 0, WIDTH, HEIGHT);
        canvas.fill();
        canvas.setColorStroke(NAVY);
        canvas.setLineWidth(2.4f);
        canvas.rectangle(22, 22, WIDTH - 44, HEIGHT - 44);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(30, 30, WIDTH - 60, HEIGHT - 60);
        canvas.stroke();
        canvas.setColorFill(GOLD);
        for (float[] corner :
                new float[][] {{30, 30}, {WIDTH - 30, 30}, {30, HEIGHT - 30}, {WIDTH - 30, HEIGHT - 30}}) {
            diamond(canvas, corner[0], corner[1], 5);
        }
        diamond(canvas, WIDTH / 2, HEIGHT - 30, 4);
        diamond(canvas, WIDTH / 2, 30, 4);
    }

    private static void diamond(PdfContentByte canvas, float x, float y, float r) {
        canvas.moveTo(x, y + r);
        canvas.lineTo(x + r, y);
        canvas.lineTo(x, y - r);
        canvas.lineTo(x - r, y);
        canvas.closePath();
        canvas.fill();
    }

    private static void centered(
            PdfContentByte canvas, String text, BaseFont font, float size, Color color, float y, float spacing) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.setCharacterSpacing(spacing);
        float width = font.getWidthPoint(text, size) + spacing * Math.max(0, text.length() - 1);
        canvas.setTextMatrix((WIDTH - width) / 2, y);
        canvas.showText(text);
        canvas.setCharacterSpacing(0);
        canvas.endText();
    }

    /**
     * The holder's name between {@code top} and {@code bottom}: as large as fits, from 38 pt down to
     * 14 pt, wrapping onto more lines as needed. Returns the lowest point of the text (below the
     * last line's descenders).
     */
    static float name(PdfContentByte canvas, String name, BaseFont font, float top, float bottom) {
        float left = 110;
        float right = WIDTH - 110;
        for (float size = 38; size >= 14; size -= 2) {
            ColumnText probe = column(canvas, name, font, size, left, right, top, bottom);
            try {
                if (!ColumnText.hasMoreText(probe.go(true))) {
                    float used = top - probe.getYLine();
                    float offset = (top - bottom - used) / 2;
                    ColumnText real = column(canvas, name, font, size, left, right, top - offset, bottom);
                    real.go();
                    return real.getYLine() - size * 0.3f;
                }
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        ColumnText clipped = column(canvas, name, font, 14, left, right, top, bottom);
        try {
            clipped.go();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return bottom;
    }

    private static ColumnText column(
            PdfContentByte canvas,
            String text,
            BaseFont font,
            float size,
            float left,
            float right,
            float top,
            float bottom) {
        ColumnText column = new ColumnText(canvas);
        Paragraph paragraph = new Paragraph(new Phrase(size * 1.15f, text, new Font(font, size, Font.NORMAL, INK)));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        column.setSimpleColumn(left, bottom, right, top);
        column.addElement(paragraph);
        return column;
    }

    private static void parts(
            PdfContentByte canvas, List<CompletedPart> parts, BaseFont serif, BaseFont sans, float y) {
        float columnWidth = 200;
        float start = (WIDTH - columnWidth * parts.size()) / 2;
        for (int i = 0; i < parts.size(); i++) {
            CompletedPart part = parts.get(i);
            float centre = start + columnWidth * i + columnWidth / 2;
            String title = part.getTitle().sv();
            float size = 15;
            while (serif.getWidthPoint(title, size) > columnWidth - 16 && size > 9) {
                size -= 0.5f;
            }
            text(canvas, title, serif, size, NAVY, centre - serif.getWidthPoint(title, size) / 2, y);
            String date = Format.date(part.getCompletedAt(), SWEDISH);
            text(canvas, date, sans, 10, GREY, centre - sans.getWidthPoint(date, 10) / 2, y - 16);
        }
    }

    private static void footer(
            PdfContentByte canvas,
            Diploma diploma,
            String verifyUrl,
            BaseFont serif,
            BaseFont sans,
            BaseFont sansBold) {
        float left = 70;
        text(canvas, "Utfärdat " + Format.date(diploma.getIssuedAt(), SWEDISH), sans, 11, INK, left, 120);
        text(canvas, "Issued " + Format.date(diploma.getIssuedAt(), Locale.ENGLISH), sans, 9, GREY, left, 107);
        text(canvas, "Verifieringskod / Verification code", sans, 9, GREY, left, 84);
        text(canvas, diploma.getCode(), sansBold, 13, NAVY, left, 68);
        text(canvas, "Kontrollera äktheten / Verify: " + verifyUrl, sans, 8.5f, GREY, left, 52);

        float signatureCentre = WIDTH / 2 + 40;
        canvas.setColorStroke(GREY);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(signatureCentre - 90, 100);
        canvas.lineTo(signatureCentre + 90, 100);
        canvas.stroke();
        String issuer = diploma.getIssuer().sv();
        text(canvas, issuer, serif, 14, NAVY, signatureCentre - serif.getWidthPoint(issuer, 14) / 2, 84);
        String course = diploma.getCourseTitle().sv();
        text(canvas, course, sans, 9, GREY, signatureCentre - sans.getWidthPoint(course, 9) / 2, 70);

        qr(canvas, verifyUrl, WIDTH - 70 - 84, 50, 84);
    }

    private static void text(
            PdfContentByte canvas, String text, BaseFont font, float size, Color color, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** The QR code as vector squares, so it stays sharp at any print size. */
    static void qr(PdfContentByte canvas, String content, float x, float y, float size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            content,
                            com.google.zxing.BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode QR code", e);
        }
        float module = size / matrix.getWidth();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x - 6, y - 6, size + 12, size + 12);
        canvas.fill();
        canvas.setColorFill(INK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }
}
