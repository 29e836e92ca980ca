package se.battrebemotande.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import se.battrebemotande.mail.MailTemplate;
import se.battrebemotande.mail.Outbox;
import se.battrebemotande.platform.Formats;

/**
 * What a signed-in person changes in their own account: the name (on diplomas issued from now on),
 * the password (with the current one), and the e-mail address (with the current password, taking
 * effect when the new address confirms it through a mailed link).
 */
@Stateless
public class AccountChanges {
    @Inject
    Accounts accounts;

    @Inject
    AccountLinks links;

    @Inject
    Passwords passwords;

    @Inject
    PasswordResets resets;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The outcome of a change that needs the current password. */
    public enum Outcome {
        DONE,
        WRONG_PASSWORD,
        SAME_ADDRESS
    }

    public Account changeName(long accountId, String name) {
        return accounts.correctName(accountId, name);
    }

    public Outcome changePassword(long accountId, String current, String next, String site) {
        Account account = accounts.get(accountId);
        if (!passwords.matches(current, account.getPasswordHash())) {
            return Outcome.WRONG_PASSWORD;
        }
        account.changePasswordHash(passwords.hash(next));
        resets.tellOwner(account, site);
        return Outcome.DONE;
    }

    /**
     * Mails a link to the new address; the account moves when it is followed. Whether another
     * account has the new address is only told to whoever follows the link, so this form reveals
     * nothing about other people's addresses.
     */
    public Outcome requestEmailChange(long accountId, String password, String newEmail, String site) {
        Account account = accounts.get(accountId);
        if (!passwords.matches(password, account.getPasswordHash())) {
            return Outcome.WRONG_PASSWORD;
        }
        String to = Account.normalizeEmail(newEmail);
        if (to.equals(account.getEmail())) {
            return Outcome.SAME_ADDRESS;
        }
        String token = links.issue(accountId, LinkPurpose.CHANGE_EMAIL, to);
        Instant expires = Instant.now(clock).plus(LinkPurpose.CHANGE_EMAIL.lifetime());
        outbox.queue(
                to,
                account.getLanguage(),
                MailTemplate.CHANGE_EMAIL,
                Map.of(
                        "name", account.getName(),
                        "link", site + "/email/confirm/" + token,
                        "expires", Formats.date(expires, account.getLanguage())));
        return Outcome.DONE;
    }
}
