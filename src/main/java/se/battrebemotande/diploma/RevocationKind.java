package se.battrebemotande.diploma;

/**
 * Why a document stopped being valid. An administrator revokes with a reason of their own; a
 * reissue replaces the document with a new one; a holder who deletes the account revokes theirs.
 */
public enum RevocationKind {
    /** Revoked by an administrator, with a reason kept for administrators only. */
    ADMINISTRATOR,
    /** Replaced by a new document with a new code, after a correction of the holder's name. */
    REPLACED,
    /** Revoked because the holder deleted the account; the name is erased from it. */
    HOLDER_REQUEST
}
