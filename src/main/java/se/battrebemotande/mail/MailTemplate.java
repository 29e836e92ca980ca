package se.battrebemotande.mail;

import java.util.Locale;
import java.util.Set;

/** The kinds of mail the site sends; their texts are in {@code Mails_*.properties}. */
public enum MailTemplate {
    /** A personal invitation to join an organisation. Values: name, organisation, link, expires. */
    INVITATION(Set.of("name", "organisation", "link", "expires")),
    /** A reminder to a member who has not finished. Values: name, organisation, link, done, total. */
    REMINDER(Set.of("name", "organisation", "link", "done", "total"));

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
