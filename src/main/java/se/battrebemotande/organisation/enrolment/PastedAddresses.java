package se.battrebemotande.organisation.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses pasted into a form: one per line, or separated by commas or semicolons, with or without
 * names, as mail programs copy them ({@code Öberg, Åsa <asa@example.se>; bo@example.se}) or as
 * copied from a spreadsheet ({@code Åsa Öberg<TAB>asa@example.se}). Each address becomes a row,
 * numbered in the order pasted.
 */
public final class PastedAddresses {
    /** The longest text accepted (about 20 000 addresses). */
    public static final int MAX_CHARS = 1_000_000;

    private static final Pattern NAMED = Pattern.compile("([^<>]*)<([^<>]*)>");

    private PastedAddresses() {}

    public static EnrolmentList read(String text) {
        if (text == null || text.isBlank()) {
            return EnrolmentList.refused(FileProblem.EMPTY);
        }
        if (text.length() > MAX_CHARS) {
            return EnrolmentList.refused(FileProblem.TOO_LARGE);
        }
        List<EnrolmentRow> rows = new ArrayList<>();
        for (String chunk : text.split("[\\r\\n;]+")) {
            if (chunk.isBlank()) {
                continue;
            }
            Matcher named = NAMED.matcher(chunk);
            int last = 0;
            while (named.find()) {
                String before = named.group(1);
                int lastAddress = before.lastIndexOf('@');
                int nameStart = lastAddress < 0 ? 0 : before.indexOf(',', lastAddress) + 1;
                if (nameStart > 0) {
                    addPlain(rows, before.substring(0, nameStart));
                } else if (lastAddress >= 0) {
                    nameStart = before.length();
                    addPlain(rows, before);
                }
                rows.add(EnrolmentRow.read(rows.size() + 1, cleanName(before.substring(nameStart)), named.group(2)));
                last = named.end();
            }
            addPlain(rows, chunk.substring(last));
            if (rows.size() > EnrolmentList.MAX_ROWS) {
                return EnrolmentList.refused(FileProblem.TOO_MANY_ROWS);
            }
        }
        return EnrolmentList.of(rows);
    }

    /**
     * Text outside angle brackets: each comma-separated piece holds addresses (words with an @),
     * the piece's other words being the name of its single address.
     */
    private static void addPlain(List<EnrolmentRow> rows, String text) {
        for (String piece : text.split(",")) {
            if (piece.isBlank()) {
                continue;
            }
            List<String> addresses = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String word : piece.strip().split("\\s+")) {
                (word.contains("@") ? addresses : words).add(word);
            }
            if (addresses.isEmpty()) {
                rows.add(EnrolmentRow.read(rows.size() + 1, String.join(" ", words), ""));
            } else if (addresses.size() == 1) {
                rows.add(EnrolmentRow.read(rows.size() + 1, String.join(" ", words), addresses.get(0)));
            } else {
                addresses.forEach(a -> rows.add(EnrolmentRow.read(rows.size() + 1, null, a)));
            }
        }
    }

    private static String cleanName(String name) {
        String n = name.strip().replaceAll("^[\"',\\s]+|[\"',\\s]+$", "");
        int comma = n.indexOf(", ");
        if (comma > 0
                && n.indexOf(", ", comma + 1) < 0
                && !n.substring(0, comma).contains(" ")) {
            n = n.substring(comma + 2) + " " + n.substring(0, comma);
        }
        return n;
    }
}
