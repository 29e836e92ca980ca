package se.battrebemotande.diploma;

/** What a verification of a document says: valid, revoked, or replaced by a newer document. */
public enum DiplomaState {
    VALID,
    REVOKED,
    REPLACED
}
