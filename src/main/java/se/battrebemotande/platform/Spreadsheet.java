package se.battrebemotande.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * A table as a file for a spreadsheet: CSV the way Swedish Excel opens it ({@code ;}, UTF-8 with
 * a byte order mark, CRLF; a text cell that would start a formula is quoted), or an XLSX workbook
 * written as it streams (POI's SXSSF keeps only a window of rows in memory), with real dates and
 * numbers, a bold frozen header and a filter on it. Rows are handed over one at a time.
 */
public final class Spreadsheet<T> {
    /** One column: its heading, how a row fills it (a String, Number, Instant or LocalDate, or null), its width in characters. */
    public record Column<T>(String heading, Function<T, Object> value, int width) {}

    private final List<Column<T>> columns;

    public Spreadsheet(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Writes CSV; {@code rows} hands over the rows one by one. */
    public void csv(OutputStream out, Consumer<Consumer<T>> rows) throws IOException {
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
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        String text = value.toString();
        // A cell beginning with = + - @ would be run as a formula by a spreadsheet.
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + text : text;
    }

    /** Writes an XLSX workbook, keeping at most 100 rows in memory. */
    public void xlsx(OutputStream out, String sheetName, Consumer<Consumer<T>> rows) throws IOException {
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
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
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
