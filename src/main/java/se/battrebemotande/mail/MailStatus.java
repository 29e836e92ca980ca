package se.battrebemotande.mail;

/** Where a mail is on its way out. */
public enum MailStatus {
    /** Waiting to be sent, or to be tried again after a failure. */
    PENDING,
    /** Accepted by the mail server (or written to the outbox folder). */
    SENT,
    /** Every attempt failed; kept with its last error until someone sends it again. */
    FAILED
}
