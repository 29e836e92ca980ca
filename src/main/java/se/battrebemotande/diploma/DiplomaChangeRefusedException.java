package se.battrebemotande.diploma;

import jakarta.ejb.ApplicationException;

/** A revocation or reissue that cannot be made as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class DiplomaChangeRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why: each has a text for the administrator's page. */
    public enum Reason {
        /** The document is revoked already; a revocation stands and is not reissued. */
        REVOKED,
        /** The document has been replaced already: the newer one is the one to change. */
        REPLACED,
        /** A reissue needs a corrected name, and the name given is the one on the document. */
        SAME_NAME,
        /** A revocation needs a reason. */
        NO_REASON
    }

    private final Reason reason;

    public DiplomaChangeRefusedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
