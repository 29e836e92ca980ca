package se.battrebemotande.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.platform.Spreadsheet;

class MemberExportTest {
    private static final PartOutline PART =
            new PartOutline(7, "del", 1, new LocalizedText("Introduktion", "Introduction"), null, List.of());
    private static final MemberRow ROW = new MemberRow(
            1,
            42L,
            "=Åsa; \"Öberg\"",
            "asa@exempel.se",
            MemberRole.MEMBER,
            MemberState.FINISHED,
            null,
            null,
            null,
            0,
            Instant.parse("2026-11-01T10:00:00Z"),
            Instant.parse("2026-11-20T23:30:00Z"),
            12,
            Map.of(7L, 3),
            Map.of(),
            Instant.parse("2026-11-20T23:30:00Z"),
            "7KQ2M-9XAT3-RDF0C");

    private static Spreadsheet<MemberRow> export() {
        return MemberExport.of(List.of(PART), key -> key, p -> "Introduktion", r -> "Klar");
    }

    private static Consumer<Consumer<MemberRow>> rows(int n) {
        return each -> {
            for (int i = 0; i < n; i++) {
                each.accept(ROW);
            }
        };
    }

    @Test
    void csvOpensInSwedishExcel() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export().csv(out, rows(1));
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("export.name;export.email;"), lines[0]);
        assertTrue(lines[1].startsWith("\"'=Åsa; \"\"Öberg\"\"\";asa@exempel.se;Klar;"), lines[1]);
        assertTrue(lines[1].contains(";2026-11-21;"), "dates in Swedish time: " + lines[1]);
        assertTrue(lines[1].endsWith(";7KQ2M-9XAT3-RDF0C"), lines[1]);
    }

    @Test
    void xlsxHasRealNumbersAndDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export().xlsx(out, "Medlemmar", rows(250));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Medlemmar");
            assertEquals(250, sheet.getLastRowNum());
            assertEquals("export.name", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("=Åsa; \"Öberg\"", sheet.getRow(1).getCell(0).getStringCellValue(), "text, never a formula");
            assertEquals(3.0, sheet.getRow(1).getCell(7).getNumericCellValue());
            assertEquals(
                    LocalDate.of(2026, 11, 21),
                    sheet.getRow(1).getCell(9).getLocalDateTimeCellValue().toLocalDate());
        }
    }
}
