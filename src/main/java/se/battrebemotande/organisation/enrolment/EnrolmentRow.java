package se.battrebemotande.organisation.enrolment;

import java.io.Serializable;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.EmailAddress;

/**
 * One row of an enrolment list, as read: its line in the file (or its place in a pasted list), the
 * name and address as written, and what will happen to it.
 */
public record EnrolmentRow(
        int line, String name, String email, RowStatus status, RowProblem problem, Integer sameAsLine)
        implements Serializable {

    static EnrolmentRow read(int line, String name, String email) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        String e = email == null ? "" : email.strip();
        RowProblem problem = problem(n, e);
        return new EnrolmentRow(
                line, n.isEmpty() ? null : n, e, problem == null ? RowStatus.NEW : RowStatus.INVALID, problem, null);
    }

    private static RowProblem problem(String name, String email) {
        if (name.isEmpty() && email.isEmpty()) {
            return RowProblem.EMPTY_ROW;
        }
        if (email.isEmpty()) {
            return RowProblem.MISSING_EMAIL;
        }
        if (!EmailAddress.isValid(email)) {
            return RowProblem.BAD_EMAIL;
        }
        if (name.length() > Account.NAME_MAX) {
            return RowProblem.NAME_TOO_LONG;
        }
        if (name.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT)) {
            return RowProblem.BAD_NAME;
        }
        return null;
    }

    /** The address as it is compared and stored. */
    public String normalizedEmail() {
        return EmailAddress.normalize(email);
    }

    EnrolmentRow duplicateOf(int earlierLine) {
        return new EnrolmentRow(line, name, email, RowStatus.DUPLICATE, null, earlierLine);
    }

    public EnrolmentRow alreadyMember() {
        return new EnrolmentRow(line, name, email, RowStatus.MEMBER, null, null);
    }

    public boolean isNew() {
        return status == RowStatus.NEW;
    }
}
