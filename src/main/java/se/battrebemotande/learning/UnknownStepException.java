package se.battrebemotande.learning;

import jakarta.ejb.ApplicationException;

/** A step id that is not (or no longer) part of the course. */
@ApplicationException(rollback = true)
public class UnknownStepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownStepException(long stepId) {
        super("No active step " + stepId);
    }
}
