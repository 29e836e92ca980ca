package se.battrebemotande.diploma;

/**
 * Why a document stopped being valid. An administrator revokes with a reason of their own; a
 * reissue replaces the document with a new one. (A holder's own request, when it comes, is one more
 * kind here: {@code HOLDER_REQUEST}.)
 */
public enum RevocationKind {
    /** Revoked by an administrator, with a reason kept for administrators only. */
    ADMINISTRATOR,
    /** Replaced by a new document with a new code, after a correction of the holder's name. */
    REPLACED
}
