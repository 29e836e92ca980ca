package se.battrebemotande.learning;

import jakarta.ejb.ApplicationException;

/** A test submission that is refused as a whole, changing nothing. */
@ApplicationException(rollback = true)
public class AttemptRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No such attempt, or it belongs to someone else: answered alike so ids reveal nothing. */
        UNKNOWN_ATTEMPT,
        /** The attempt was already submitted (a second click, a reload, or a back button). */
        ALREADY_SUBMITTED,
        /** The answers name questions or choices that are not part of this attempt. */
        ANSWERS_DO_NOT_MATCH,
        /** The step's film has not been watched far enough to open its test. */
        TEST_NOT_OPEN,
        /** Two failed attempts in a row: the next one waits a while (RetakePolicy). */
        COOLING_DOWN
    }

    private final Reason reason;

    public AttemptRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
