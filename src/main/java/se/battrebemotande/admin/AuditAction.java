package se.battrebemotande.admin;

/** The kinds of administrative change the audit log records, each about one kind of subject. */
public enum AuditAction {
    ADMIN_GRANTED("account"),
    ADMIN_REVOKED("account"),
    ACCOUNT_RENAMED("account"),
    DIPLOMA_REVOKED("diploma"),
    DIPLOMA_REISSUED("diploma"),
    ORGANISATION_EDITED("organisation"),
    ORGANISATION_ADMIN_GRANTED("organisation"),
    ORGANISATION_ADMIN_REVOKED("organisation"),
    ORGANISATIONS_MERGED("organisation"),
    STEP_EDITED("step"),
    STEP_MEDIA_REPLACED("step"),
    QUESTION_ADDED("question"),
    QUESTION_REVISED("question"),
    QUESTION_RETIRED("question"),
    QUESTION_REINSTATED("question"),
    PACKAGE_IMPORTED("course");

    private final String subject;

    AuditAction(String subject) {
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
