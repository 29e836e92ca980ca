package se.battrebemotande.course;

import jakarta.ejb.ApplicationException;

/** An edit of the live course that cannot be made as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class CourseEditRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: each has a text for the editor's page. */
    public enum Reason {
        /** Someone saved a change of the same thing after the form was opened. */
        CHANGED_MEANWHILE,
        /** Only the newest version of a question can be changed or retired. */
        NOT_NEWEST,
        /** Retiring the question would leave fewer active questions than a test draws. */
        BANK_TOO_SMALL,
        /** The question is already retired, or already active. */
        ALREADY
    }

    private final Reason reason;

    public CourseEditRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
