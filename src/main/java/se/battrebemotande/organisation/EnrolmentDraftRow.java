package se.battrebemotande.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import se.battrebemotande.organisation.enrolment.EnrolmentRow;
import se.battrebemotande.organisation.enrolment.RowProblem;
import se.battrebemotande.organisation.enrolment.RowStatus;

/** One row of an {@link EnrolmentDraft}, as read and classified. */
@Entity
@Table(name = "enrolment_row")
@IdClass(EnrolmentDraftRow.Key.class)
public class EnrolmentDraftRow {
    /** The row's key: its list and its line. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private long draftId;
        private int line;

        public Key() {}

        public Key(long draftId, int line) {
            this.draftId = draftId;
            this.line = line;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.draftId == draftId && k.line == line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(draftId, line);
        }
    }

    @Id
    @Column(name = "draft_id")
    private long draftId;

    @Id
    private int line;

    private String name;

    private String email;

    @Enumerated(EnumType.STRING)
    private RowStatus status;

    @Enumerated(EnumType.STRING)
    private RowProblem problem;

    @Column(name = "same_as_line")
    private Integer sameAsLine;

    protected EnrolmentDraftRow() {}

    EnrolmentDraftRow(long draftId, EnrolmentRow row) {
        this.draftId = draftId;
        this.line = row.line();
        this.name = cut(row.name(), 200);
        this.email = cut(row.email(), 300);
        this.status = row.status();
        this.problem = row.problem();
        this.sameAsLine = row.sameAsLine();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public EnrolmentRow row() {
        return new EnrolmentRow(line, name, email, status, problem, sameAsLine);
    }

    void alreadyMember() {
        status = RowStatus.MEMBER;
    }
}
