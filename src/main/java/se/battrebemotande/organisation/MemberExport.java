package se.battrebemotande.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.platform.Spreadsheet;
import se.battrebemotande.platform.Spreadsheet.Column;

/**
 * The columns of an organisation's member list as a spreadsheet file ({@link Spreadsheet}): the
 * rows arrive a chunk at a time from the database.
 */
final class MemberExport {
    private MemberExport() {}

    /** The columns of the list, headed in the reader's language. */
    static Spreadsheet<MemberRow> of(
            List<PartOutline> parts,
            Function<String, String> text,
            Function<PartOutline, String> title,
            Function<MemberRow, String> state) {
        List<Column<MemberRow>> columns = new ArrayList<>();
        columns.add(new Column<>(text.apply("export.name"), MemberRow::name, 28));
        columns.add(new Column<>(text.apply("export.email"), MemberRow::email, 32));
        columns.add(new Column<>(text.apply("export.state"), state::apply, 22));
        columns.add(new Column<>(
                text.apply("export.role"),
                r -> r.isAdmin() ? text.apply("export.role.admin") : text.apply("export.role.member"),
                16));
        columns.add(new Column<>(text.apply("export.invited"), MemberRow::invitedAt, 12));
        columns.add(new Column<>(text.apply("export.joined"), MemberRow::joinedAt, 12));
        columns.add(new Column<>(text.apply("export.lastActivity"), MemberRow::lastActivity, 14));
        for (PartOutline part : parts) {
            columns.add(new Column<>(
                    text.apply("export.partSteps")
                            .replace("{0}", title.apply(part))
                            .replace("{1}", String.valueOf(part.steps().size())),
                    r -> r.accountId() == null ? null : r.completedIn(part.id()),
                    18));
        }
        columns.add(new Column<>(
                text.apply("export.completedSteps"), r -> r.accountId() == null ? null : r.completedSteps(), 14));
        columns.add(new Column<>(text.apply("export.finished"), MemberRow::finishedAt, 12));
        columns.add(new Column<>(text.apply("export.diplomaCode"), MemberRow::diplomaCode, 20));
        return new Spreadsheet<>(columns);
    }
}
