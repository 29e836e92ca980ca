package se.battrebemotande.organisation;

import jakarta.ejb.ApplicationException;

/** A change to an organisation that its rules do not allow; nothing was changed. */
@ApplicationException(rollback = true)
public class OrganisationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The organisation would be left without an administrator. */
        LAST_ADMIN,
        /** Only someone who has joined can be an administrator. */
        NOT_JOINED,
        /** The invitation has expired or has been replaced by a newer one. */
        INVITATION_EXPIRED,
        /** The join link is turned off or has been renewed. */
        JOIN_LINK_OFF,
        /** The enrolment list was confirmed already, or is too old. */
        DRAFT_GONE,
        /** The person has already joined. */
        ALREADY_JOINED,
        /** An organisation cannot be merged into itself. */
        SAME_ORGANISATION
    }

    private final Reason reason;

    public OrganisationRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
