package se.battrebemotande.organisation.enrolment;

/** Why a whole file cannot be read as a list of people. */
public enum FileProblem {
    /** No rows at all. */
    EMPTY,
    /** Larger than {@link EnrolmentFile#MAX_BYTES}. */
    TOO_LARGE,
    /** More rows than {@link EnrolmentList#MAX_ROWS}. */
    TOO_MANY_ROWS,
    /** An Excel workbook (.xlsx or .xls) rather than CSV. */
    SPREADSHEET,
    /** Not text at all: an image, a PDF, a program. */
    NOT_TEXT
}
