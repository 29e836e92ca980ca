package se.battrebemotande.organisation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.platform.Formats;

/**
 * An organisation's member list as a file for a spreadsheet: CSV the way Swedish Excel opens it
 * ({@code ;}, UTF-8 with a byte order mark, CRLF), or an XLSX workbook written as it streams
 * (POI's SXSSF keeps only a window of rows in memory), with real dates and numbers, a bold frozen
 * header and a filter on it. Rows arrive a chunk at a time from the database.
 */
final class MemberExport {
    /** One column: its heading and how a row fills it (a String, Number or Instant, or null). */
    record Column(String heading, Function<MemberRow, Object> value, int width) {}

    private final List<Column> columns;

    MemberExport(List<Column> columns) {
        this.columns = columns;
    }

    /** The columns of the list, headed in the reader's language. */
    static MemberExport of(
            List<PartOutline> parts,
            Function<String, String> text,
            Function<PartOutline, String> title,
            Function<MemberRow, String> state) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text.apply("export.name"), MemberRow::name, 28));
        columns.add(new Column(text.apply("export.email"), MemberRow::email, 32));
        columns.add(new Column(text.apply("export.state"), state::apply, 22));
        columns.add(new Column(
                text.apply("export.role"),
                r -> r.isAdmin() ? text.apply("export.role.admin") : text.apply("export.role.member"),
                16));
        columns.add(new Column(text.apply("export.invited"), MemberRow::invitedAt, 12));
        columns.add(new Column(text.apply("export.joined"), MemberRow::joinedAt, 12));
        columns.add(new Column(text.apply("export.lastActivity"), MemberRow::lastActivity, 14));
        for (PartOutline part : parts) {
            columns.add(new Column(
                    text.apply("export.partSteps")
                            .replace("{0}", title.apply(part))
                            .replace("{1}", String.valueOf(part.steps().size())),
                    r -> r.accountId() == null ? null : r.completedIn(part.id()),
                    18));
        }
        columns.add(new Column(
                text.apply("export.completedSteps"), r -> r.accountId() == null ? null : r.completedSteps(), 14));
        columns.add(new Column(text.apply("export.finished"), MemberRow::finishedAt, 12));
        columns.add(new Column(text.apply("export.diplomaCode"), MemberRow::diplomaCode, 20));
        return new MemberExport(columns);
    }

    /** Writes CSV; {@code rows} hands over the rows one by one. */
    void csv(OutputStream out, Consumer<Consumer<MemberRow>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get()
                .print(writer);
        printer.printRecord(columns.stream().map(Column::heading).toList());
        rows.accept(row -> {
            try {
                printer.printRecord(columns.stream()
                        .map(c -> csvValue(c.value().apply(row)))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return Formats.isoDate(instant);
        }
        String text = value.toString();
        // A cell beginning with = + - @ would be run as a formula by a spreadsheet.
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + text : text;
    }

    /** Writes an XLSX workbook, keeping at most 100 rows in memory. */
    void xlsx(OutputStream out, String sheetName, Consumer<Consumer<MemberRow>> rows) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " "));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).heading());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(row -> {
                Row line = sheet.createRow(next[0]++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(row);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Instant instant) {
                        cell.setCellValue(instant.atZone(Formats.ZONE).toLocalDate());
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
