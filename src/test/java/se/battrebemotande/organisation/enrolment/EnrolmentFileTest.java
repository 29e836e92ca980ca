package se.battrebemotande.organisation.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files as spreadsheets and HR systems write them, and files that are not lists at all. */
class EnrolmentFileTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static EnrolmentList read(String text, Charset charset) {
        return EnrolmentFile.read(text.getBytes(charset));
    }

    private static EnrolmentList utf8(String text) {
        return read(text, StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    @Test
    void excelsSwedishExportWithSemicolonsAndBomIsReadWithItsHeader() {
        EnrolmentList list =
                EnrolmentFile.read(withBom("Namn;E-post\r\nÅsa Öberg;asa@exempel.se\r\nBo Ek;bo@exempel.se\r\n"));
        assertNull(list.problem());
        assertEquals(2, list.rows().size());
        EnrolmentRow first = list.rows().get(0);
        assertEquals("Åsa Öberg", first.name());
        assertEquals("asa@exempel.se", first.email());
        assertEquals(2, first.line(), "the header is line 1");
        assertEquals(RowStatus.NEW, first.status());
    }

    @Test
    void windows1252FromOlderExcelKeepsSwedishLetters() {
        EnrolmentList list = read("Namn;E-post\r\nÅsa Öberg;asa@exempel.se\r\n", Charset.forName("windows-1252"));
        assertEquals("Åsa Öberg", list.rows().get(0).name());
    }

    @Test
    void commasQuotedFieldsAndNoHeaderRow() {
        EnrolmentList list = utf8("\"Öberg, Åsa\",asa@exempel.se\n\"Ek, \"\"Bosse\"\" Bo\",bo@exempel.se\n");
        assertEquals(2, list.rows().size());
        assertEquals("Öberg, Åsa", list.rows().get(0).name());
        assertEquals("Ek, \"Bosse\" Bo", list.rows().get(1).name());
        assertEquals(1, list.rows().get(0).line(), "no header: the first line is a person");
    }

    @Test
    void theAddressColumnIsFoundWhereverItIs() {
        EnrolmentList list = utf8("asa@exempel.se;Åsa Öberg\nbo@exempel.se;Bo Ek\n");
        assertEquals("asa@exempel.se", list.rows().get(0).email());
        assertEquals("Åsa Öberg", list.rows().get(0).name());
    }

    @Test
    void firstAndLastNameColumnsMakeTheNameAndOtherColumnsAreSkipped() {
        EnrolmentList list = utf8("Förnamn;Efternamn;Avdelning;E-postadress\nÅsa;Öberg;Mottagning;asa@exempel.se\n");
        assertEquals("Åsa Öberg", list.rows().get(0).name());
        assertEquals("asa@exempel.se", list.rows().get(0).email());
    }

    @Test
    void aSingleColumnOfAddressesIsEnough() {
        EnrolmentList list = utf8("asa@exempel.se\nbo@exempel.se\n");
        assertEquals(2, list.count(RowStatus.NEW));
        assertNull(list.rows().get(0).name());
    }

    @Test
    void utf16FromExcelsUnicodeTextIsReadWithTabs() {
        byte[] body = "Namn\tE-post\r\nÅsa Öberg\tasa@exempel.se\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        EnrolmentList list = EnrolmentFile.read(all);
        assertEquals("Åsa Öberg", list.rows().get(0).name());
        assertEquals("asa@exempel.se", list.rows().get(0).email());
    }

    @Test
    void everyBadRowSaysWhy() {
        EnrolmentList list = utf8("Namn;E-post\n"
                + "Åsa Öberg;asa@exempel.se\n"
                + "Ingen Adress;\n"
                + "Fel Adress;inte-en-adress\n"
                + ";\n"
                + "Åsa igen;ASA@Exempel.se\n"
                + "Bo Ek;bo@exempel.se\n"
                + "\n\n;;\n");
        List<EnrolmentRow> rows = list.rows();
        assertEquals(6, rows.size(), "empty rows at the end are not rows");
        assertEquals(RowProblem.MISSING_EMAIL, rows.get(1).problem());
        assertEquals(RowProblem.BAD_EMAIL, rows.get(2).problem());
        assertEquals(RowProblem.EMPTY_ROW, rows.get(3).problem());
        assertEquals(RowStatus.DUPLICATE, rows.get(4).status());
        assertEquals(2, rows.get(4).sameAsLine(), "the same address in another case is a repeat of line 2");
        assertEquals(RowStatus.NEW, rows.get(5).status());
        assertEquals(2, list.count(RowStatus.NEW));
        assertEquals(3, list.count(RowStatus.INVALID));
    }

    @Test
    void controlCharactersInANameMakeTheRowInvalid() {
        EnrolmentList list = utf8("Åsa\u202EÖberg;asa@exempel.se\n");
        assertEquals(RowProblem.BAD_NAME, list.rows().get(0).problem());
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheRestOfTheFile() {
        EnrolmentList list = utf8("\"Åsa Öberg;asa@exempel.se\nBo Ek;bo@exempel.se\nCia;cia@exempel.se\n");
        assertEquals(3, list.rows().size());
        assertEquals(RowStatus.NEW, list.rows().get(2).status());
    }

    @Test
    void anExcelWorkbookIsRecognisedAndRefused() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Blad1").createRow(0).createCell(0).setCellValue("asa@exempel.se");
            workbook.write(xlsx);
        }
        assertEquals(
                FileProblem.SPREADSHEET, EnrolmentFile.read(xlsx.toByteArray()).problem());
    }

    @Test
    void anImageRenamedToCsvIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(FileProblem.NOT_TEXT, EnrolmentFile.read(png).problem());
    }

    @Test
    void anEmptyFileAndAFileOfEmptyLinesAreRefused() {
        assertEquals(FileProblem.EMPTY, EnrolmentFile.read(new byte[0]).problem());
        assertEquals(FileProblem.EMPTY, utf8("\n\n  \n").problem());
        assertEquals(FileProblem.EMPTY, utf8("Namn;E-post\n").problem());
    }

    @Test
    void aFileLargerThanFiveMegabytesIsRefused() {
        assertEquals(
                FileProblem.TOO_LARGE,
                EnrolmentFile.read(new byte[EnrolmentFile.MAX_BYTES + 1]).problem());
    }

    @Test
    void tenThousandRowsAreReadAndMoreThanTheLimitAreRefused() {
        StringBuilder ten = new StringBuilder("Namn;E-post\n");
        for (int i = 0; i < 10_000; i++) {
            ten.append("Person ").append(i).append(";person").append(i).append("@exempel.se\n");
        }
        EnrolmentList list = utf8(ten.toString());
        assertNull(list.problem());
        assertEquals(10_000, list.count(RowStatus.NEW));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= EnrolmentList.MAX_ROWS; i++) {
            many.append("p").append(i).append("@exempel.se\n");
        }
        assertEquals(FileProblem.TOO_MANY_ROWS, utf8(many.toString()).problem());
    }

    @Test
    void theSeparatorIsTheOneTheFirstLineUsesOutsideQuotes() {
        assertEquals(';', EnrolmentFile.delimiter("Namn;E-post\n"));
        assertEquals(',', EnrolmentFile.delimiter("\"Öberg; Åsa\",asa@x.se\n"));
        assertEquals('\t', EnrolmentFile.delimiter("Namn\tE-post\n"));
        assertTrue(EnrolmentFile.delimiter("asa@x.se\n") == ';', "one column: any separator will do");
    }
}
