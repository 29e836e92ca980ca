package se.battrebemotande.organisation.enrolment;

/** Why a row cannot be invited. */
public enum RowProblem {
    EMPTY_ROW,
    MISSING_EMAIL,
    BAD_EMAIL,
    NAME_TOO_LONG,
    BAD_NAME
}
