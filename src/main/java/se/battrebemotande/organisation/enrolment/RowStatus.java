package se.battrebemotande.organisation.enrolment;

/** What confirming an enrolment list does with a row. */
public enum RowStatus {
    /** Will be invited. */
    NEW,
    /** Cannot be invited; the row's problem says why. */
    INVALID,
    /** The same address as an earlier row of the list. */
    DUPLICATE,
    /** Already a member of the organisation, or already invited. */
    MEMBER
}
