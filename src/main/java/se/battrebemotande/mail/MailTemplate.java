package se.battrebemotande.mail;

import java.util.Locale;
import java.util.Set;

/** The kinds of mail the site sends; their texts are in {@code Mails_*.properties}. */
public enum MailTemplate {
    /** A personal invitation to join an organisation. Values: name, organisation, link, expires. */
    INVITATION(Set.of("name", "organisation", "link", "expires")),
    /** A reminder to a member who has not finished. Values: name, organisation, link, done, total. */
    REMINDER(Set.of("name", "organisation", "link", "done", "total")),
    /** Confirms the address a new account registered with. Values: name, link, expires. */
    CONFIRM_EMAIL(Set.of("name", "link", "expires")),
    /** Someone registered with an address that already has an account. Values: name, link, reset. */
    ALREADY_REGISTERED(Set.of("name", "link", "reset")),
    /** A link to choose a new password. Values: name, link, expires. */
    RESET_PASSWORD(Set.of("name", "link", "expires")),
    /** Sent to a new address to confirm a change to it. Values: name, link, expires. */
    CHANGE_EMAIL(Set.of("name", "link", "expires")),
    /** Sent to the old address once the account moved. Values: name, email, link. */
    EMAIL_CHANGED(Set.of("name", "email", "link")),
    /** The password was changed or reset. Values: name, link. */
    PASSWORD_CHANGED(Set.of("name", "link"));

    private final Set<String> needs;

    MailTemplate(Set<String> values) {
        this.needs = values;
    }

    /** The values a mail of this kind needs. */
    public Set<String> needs() {
        return needs;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
