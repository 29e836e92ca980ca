package se.battrebemotande.organisation;

/** Where a person on an organisation's list stands, as the list filters them. */
public enum MemberState {
    /** On the list by address; no invitation sent yet. */
    NOT_INVITED,
    /** Invited by mail; has not joined yet (the invitation may have expired). */
    INVITED,
    /** Joined; has not started any step. */
    NOT_STARTED,
    /** Joined and started; no course diploma yet. */
    IN_PROGRESS,
    /** Has the course diploma. */
    FINISHED
}
