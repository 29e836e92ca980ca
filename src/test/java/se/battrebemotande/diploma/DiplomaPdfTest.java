package se.battrebemotande.diploma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.platform.LocalizedText;

class DiplomaPdfTest {
    static final Path OUT = Path.of("target", "diplomas");
    static final LocalizedText COURSE = new LocalizedText("Bättre bemötande", "Better Encounters");
    static final LocalizedText ISSUER = new LocalizedText("Länsstyrelsen", "The County Administrative Board");
    static final Instant DAY = Instant.parse("2026-11-24T10:15:00Z");

    static Diploma courseDiploma(String name) {
        return new Diploma(
                "7KQ2M-9XAT3-RDF0C",
                1,
                DiplomaKind.COURSE,
                null,
                name,
                COURSE,
                ISSUER,
                List.of(
                        new CompletedPart(
                                1, new LocalizedText("Introduktion", "Introduction"), DAY.minusSeconds(86400 * 9)),
                        new CompletedPart(
                                2,
                                new LocalizedText("Asylprocessen", "The asylum process"),
                                DAY.minusSeconds(86400 * 3)),
                        new CompletedPart(3, new LocalizedText("Kulturkunskap", "Cultural knowledge"), DAY)),
                DAY);
    }

    static Diploma partCertificate(String name) {
        return new Diploma(
                "7KQ2M-9XAT3-RDF0C",
                1,
                DiplomaKind.PART,
                2L,
                name,
                COURSE,
                ISSUER,
                List.of(new CompletedPart(2, new LocalizedText("Asylprocessen", "The asylum process"), DAY)),
                DAY);
    }

    private static String render(Diploma diploma, String file) throws IOException {
        byte[] pdf = DiplomaPdf.render(diploma, "https://battrebemotande.example.se/verify/" + diploma.getCode());
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(file), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        assertEquals(842f, reader.getPageSize(1).getWidth(), 0.5f, "A4 landscape width");
        assertEquals(595f, reader.getPageSize(1).getHeight(), 0.5f, "A4 landscape height");
        assertEquals(0, reader.getPageRotation(1), "landscape by size, not by /Rotate");
        assertTrue(pdf.length < 150 * 1024, "a diploma stays under 150 KB, was " + pdf.length);
        return new PdfTextExtractor(reader).getTextFromPage(1);
    }

    @Test
    void courseDiplomaNamesHolderCoursePartsDatesAndCode() throws IOException {
        String text = render(courseDiploma("Åsa Öberg-Ähman"), "diploma.pdf");
        assertTrue(text.contains("Åsa Öberg-Ähman"), text);
        assertTrue(text.contains("Utbildningsdiplom"), text);
        assertTrue(text.contains("Bättre bemötande"), text);
        assertTrue(text.contains("Asylprocessen") && text.contains("Kulturkunskap"), text);
        assertTrue(text.contains("24 november 2026"), text);
        assertTrue(text.contains("7KQ2M-9XAT3-RDF0C"), text);
    }

    @Test
    void partCertificateNamesThePart() throws IOException {
        String text = render(partCertificate("Mohammed Al-Rashid"), "certificate.pdf");
        assertTrue(text.contains("Intyg"), text);
        assertTrue(text.contains("Asylprocessen"), text);
        assertTrue(text.contains("Mohammed Al-Rashid"), text);
    }

    @Test
    void markupInANameIsPrintedAsText() throws IOException {
        String text = render(courseDiploma("<b>Robert</b> & \"Bobby\" ); DROP"), "diploma-markup.pdf");
        assertTrue(text.contains("<b>Robert</b> & \"Bobby\""), text);
    }

    @Test
    void aVeryLongNameWrapsInsteadOfOverflowing() throws IOException {
        String name = "Maria Fernanda de los Ángeles Gutiérrez-Østergaard von Hohenzollern-Sigmaringen "
                + "Bergström Lindqvist Åkesson Nordström Karlsson";
        String text = render(courseDiploma(name + " " + name), "diploma-long-name.pdf");
        assertTrue(text.contains("Gutiérrez-Østergaard"), text);
    }

    @Test
    void aRevokedDocumentSaysOnItsFaceAndTitleThatItIsNotValid() throws IOException {
        Diploma diploma = courseDiploma("Åsa Öberg");
        diploma.revoke(RevocationKind.ADMINISTRATOR, "private reason", DAY.plusSeconds(86400 * 6));
        byte[] pdf = DiplomaPdf.render(diploma, "https://battrebemotande.example.se/verify/" + diploma.getCode());
        String text = render(diploma, "diploma-revoked.pdf");
        assertTrue(text.contains("ÅTERKALLAT – GÄLLER INTE") && text.contains("REVOKED – NOT VALID"), text);
        assertTrue(text.contains("30 november 2026"), "since when: " + text);
        assertTrue(!text.contains("private reason"), "never the reason");
        assertTrue(new PdfReader(pdf).getInfo().get("Title").startsWith("ÅTERKALLAT"));
    }

    @Test
    void aValidDocumentHasNoBand() throws IOException {
        String text = render(courseDiploma("Åsa Öberg"), "diploma-valid.pdf");
        assertTrue(!text.contains("GÄLLER INTE") && !text.contains("NOT VALID"), text);
    }
}
