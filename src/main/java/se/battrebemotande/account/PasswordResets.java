package se.battrebemotande.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import se.battrebemotande.mail.MailTemplate;
import se.battrebemotande.mail.Outbox;
import se.battrebemotande.platform.Formats;

/**
 * A forgotten password: a single-use link that works for an hour, sent only when the address has
 * an account (the page says the same either way). Choosing the new password also confirms the
 * address, since the link came to it, and tells the owner by mail.
 */
@Stateless
public class PasswordResets {
    @Inject
    Accounts accounts;

    @Inject
    AccountLinks links;

    @Inject
    Passwords passwords;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Mails a reset link if the address has an account; does nothing otherwise. */
    public void request(String email, String site) {
        accounts.findByEmail(email).ifPresent(account -> {
            String token = links.issue(account.getId(), LinkPurpose.RESET_PASSWORD, null);
            Instant expires = Instant.now(clock).plus(LinkPurpose.RESET_PASSWORD.lifetime());
            outbox.queue(
                    account.getEmail(),
                    account.getLanguage(),
                    MailTemplate.RESET_PASSWORD,
                    Map.of(
                            "name", account.getName(),
                            "link", site + "/password/reset/" + token,
                            "expires", Formats.dateTime(expires, account.getLanguage())));
        });
    }

    /** Whether the link still works (its page then asks for the new password). */
    public boolean isOpen(String token) {
        return links.open(token, LinkPurpose.RESET_PASSWORD).isPresent();
    }

    /** Sets the new password with the link, using it up; the account's id, or empty if the link does not work. */
    public Optional<Account> reset(String token, String newPassword, String site) {
        String hash = passwords.hash(newPassword);
        Optional<Account> account = links.use(token, LinkPurpose.RESET_PASSWORD)
                .flatMap(l -> accounts.find(l.getAccountId()))
                .filter(a -> !a.isDeleted());
        account.ifPresent(a -> {
            a.changePasswordHash(hash);
            a.confirmEmail(Instant.now(clock));
            tellOwner(a, site);
        });
        return account;
    }

    /** Mails the owner that the password changed, with a way back if it was not them. */
    public void tellOwner(Account account, String site) {
        outbox.queue(
                account.getEmail(),
                account.getLanguage(),
                MailTemplate.PASSWORD_CHANGED,
                Map.of("name", account.getName(), "link", site + "/password/forgot"));
    }
}
