package se.battrebemotande.organisation.enrolment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of people to enrol, as spreadsheets write it. The encoding is found from the byte
 * order mark, else from whether the bytes are valid UTF-8 (Windows-1252 otherwise, which is what
 * older Excel writes in Sweden); the separator is whichever of {@code ;}, {@code ,} and tab the
 * first line uses most; a first row naming its columns (Namn, Förnamn, Efternamn, E-post, …) is
 * a header and says which column is which; without one, the column holding addresses is found
 * from the rows and the other cells make the name. Workbooks, images and other binary files are
 * recognised and refused with a reason instead of being read as rubbish.
 */
public final class EnrolmentFile {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> EMAIL_HEADERS = Set.of(
            "epost", "epostadress", "email", "emailaddress", "mail", "mailadress", "mejl", "mejladress", "emailadress");
    private static final Set<String> NAME_HEADERS =
            Set.of("namn", "name", "fulltnamn", "fullstandigtnamn", "fullname", "deltagare", "person");
    private static final Set<String> FIRST_NAME_HEADERS = Set.of("fornamn", "firstname", "givenname", "tilltalsnamn");
    private static final Set<String> LAST_NAME_HEADERS = Set.of("efternamn", "lastname", "surname", "familyname");

    private EnrolmentFile() {}

    public static EnrolmentList read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return EnrolmentList.refused(FileProblem.TOO_LARGE);
        }
        FileProblem binary = binaryKind(bytes);
        if (binary != null) {
            return EnrolmentList.refused(binary);
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            return EnrolmentList.refused(FileProblem.EMPTY);
        }
        List<List<String>> records = records(text);
        if (records.size() > EnrolmentList.MAX_ROWS + 1) {
            return EnrolmentList.refused(FileProblem.TOO_MANY_ROWS);
        }
        return EnrolmentList.of(rows(records));
    }

    /** Workbooks and other binary files, by their first bytes or by NUL bytes in the text. */
    static FileProblem binaryKind(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return FileProblem.SPREADSHEET;
        }
        boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
        if (!utf16) {
            int end = Math.min(b.length, 8192);
            for (int i = 0; i < end; i++) {
                if (b[i] == 0) {
                    return FileProblem.NOT_TEXT;
                }
            }
        }
        return null;
    }

    static String decode(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }

    /**
     * The file's records, each a list of cells; an empty line is a record with no cells. A quote
     * that is never closed would swallow the rest of the file, so such a file is read again with
     * quotes taken literally: every line then shows in the preview, the broken one as invalid.
     */
    static List<List<String>> records(String text) {
        try {
            return records(text, '"');
        } catch (UncheckedIOException | IllegalStateException e) {
            return records(text, null);
        }
    }

    private static List<List<String>> records(String text, Character quote) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setQuote(quote)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                records.add(cells.stream().allMatch(String::isBlank) ? List.of() : cells);
                if (records.size() > EnrolmentList.MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** The separator the first non-empty line uses most, outside quotes; {@code ;} when none. */
    static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = ';';
        long bestCount = 0;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = 0;
            boolean quoted = false;
            for (char c : first.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<EnrolmentRow> rows(List<List<String>> records) {
        int headerIndex = IntStream.range(0, records.size())
                .filter(i -> !records.get(i).isEmpty())
                .findFirst()
                .orElse(-1);
        Columns columns = headerIndex < 0 ? null : Columns.fromHeader(records.get(headerIndex));
        int firstData = columns == null ? 0 : headerIndex + 1;
        if (columns == null || columns.email < 0) {
            columns = Columns.guess(records.subList(firstData, records.size()), columns);
        }
        List<EnrolmentRow> rows = new ArrayList<>();
        for (int i = firstData; i < records.size(); i++) {
            List<String> cells = records.get(i);
            rows.add(EnrolmentRow.read(i + 1, columns.name(cells), columns.cell(cells, columns.email)));
        }
        return rows;
    }

    /** Which cell holds the address and which make the name. */
    private record Columns(int email, int name, int first, int last) {
        static Columns fromHeader(List<String> header) {
            int email = -1, name = -1, first = -1, last = -1;
            boolean known = false;
            for (int i = 0; i < header.size(); i++) {
                String h = key(header.get(i));
                if (header.get(i).contains("@")) {
                    return null;
                }
                if (EMAIL_HEADERS.contains(h) && email < 0) {
                    email = i;
                    known = true;
                } else if (NAME_HEADERS.contains(h) && name < 0) {
                    name = i;
                    known = true;
                } else if (FIRST_NAME_HEADERS.contains(h) && first < 0) {
                    first = i;
                    known = true;
                } else if (LAST_NAME_HEADERS.contains(h) && last < 0) {
                    last = i;
                    known = true;
                }
            }
            return known ? new Columns(email, name, first, last) : null;
        }

        /** Without a header (or one without an address column): the column with the most @ holds addresses. */
        static Columns guess(List<List<String>> rows, Columns header) {
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            int email = 0;
            long most = -1;
            for (int c = 0; c < width; c++) {
                final int column = c;
                long count = rows.stream()
                        .filter(r -> r.size() > column && r.get(column).contains("@"))
                        .count();
                if (count > most) {
                    most = count;
                    email = c;
                }
            }
            return header == null
                    ? new Columns(email, -1, -1, -1)
                    : new Columns(email, header.name, header.first, header.last);
        }

        String cell(List<String> cells, int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        String name(List<String> cells) {
            if (name >= 0) {
                return cell(cells, name);
            }
            if (first >= 0 || last >= 0) {
                return (cell(cells, first) + " " + cell(cells, last)).strip();
            }
            return IntStream.range(0, cells.size())
                    .filter(i -> i != email)
                    .mapToObj(cells::get)
                    .filter(c -> !c.isBlank())
                    .collect(Collectors.joining(" "));
        }

        private static String key(String header) {
            return Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .replaceAll("[^a-z]", "");
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        return IntStream.range(0, prefix.length).allMatch(i -> (b[i] & 0xFF) == prefix[i]);
    }
}
