package se.battrebemotande.organisation.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows read from a file or a pasted text, each classified (new, invalid, or a repeat of an
 * earlier row), or a problem with the whole file. Whether a row's person is already a member is
 * for the organisation to say ({@link EnrolmentRow#alreadyMember()}).
 */
public record EnrolmentList(List<EnrolmentRow> rows, FileProblem problem) {
    /** The most rows one list may have. */
    public static final int MAX_ROWS = 20_000;

    static EnrolmentList refused(FileProblem problem) {
        return new EnrolmentList(List.of(), problem);
    }

    /** Marks repeats of an address (in any case) and leaves out empty rows at the end. */
    static EnrolmentList of(List<EnrolmentRow> read) {
        int end = read.size();
        while (end > 0 && read.get(end - 1).problem() == RowProblem.EMPTY_ROW) {
            end--;
        }
        if (end == 0) {
            return refused(FileProblem.EMPTY);
        }
        if (end > MAX_ROWS) {
            return refused(FileProblem.TOO_MANY_ROWS);
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<EnrolmentRow> rows = new ArrayList<>(end);
        for (EnrolmentRow row : read.subList(0, end)) {
            if (row.status() != RowStatus.NEW) {
                rows.add(row);
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(row.normalizedEmail(), row.line());
            rows.add(earlier == null ? row : row.duplicateOf(earlier));
        }
        return new EnrolmentList(List.copyOf(rows), null);
    }

    public boolean isReadable() {
        return problem == null;
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
