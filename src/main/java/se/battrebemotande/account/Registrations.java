package se.battrebemotande.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.battrebemotande.mail.MailTemplate;
import se.battrebemotande.mail.Outbox;
import se.battrebemotande.platform.Formats;

/**
 * Registration through the public form, and confirming an address (review M6). The form's answer
 * is the same whether or not the address has an account, and costs the same time: a new address
 * gets an account that works at once and a link to confirm it; an address that has an account gets
 * a mail telling its owner that someone tried, with a way to log in or choose a new password.
 */
@Stateless
public class Registrations {
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

    /** Registers, or tells the address's owner; {@code site} is the site's address for the mail's links. */
    public void register(String name, String email, String password, Locale language, String site) {
        String hash = passwords.hash(password);
        accounts.lockAddresses();
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account owner = existing.get();
            outbox.queue(
                    owner.getEmail(),
                    owner.getLanguage(),
                    MailTemplate.ALREADY_REGISTERED,
                    Map.of("name", owner.getName(), "link", site + "/login", "reset", site + "/password/forgot"));
            return;
        }
        Account account = accounts.create(name, email, hash, language, false);
        sendConfirmation(account, site);
    }

    /** Sends the account's owner a new link to confirm the address (earlier links stop working). */
    public void sendConfirmation(long accountId, String site) {
        Account account = accounts.get(accountId);
        if (!account.isEmailVerified()) {
            sendConfirmation(account, site);
        }
    }

    private void sendConfirmation(Account account, String site) {
        String token = links.issue(account.getId(), LinkPurpose.CONFIRM_EMAIL, null);
        Instant expires = Instant.now(clock).plus(LinkPurpose.CONFIRM_EMAIL.lifetime());
        outbox.queue(
                account.getEmail(),
                account.getLanguage(),
                MailTemplate.CONFIRM_EMAIL,
                Map.of(
                        "name", account.getName(),
                        "link", site + "/email/confirm/" + token,
                        "expires", Formats.date(expires, account.getLanguage())));
    }

    /**
     * Confirms an address with a link from a confirmation or an address-change mail. Returns what
     * happened; an address change to an address another account took meanwhile is refused.
     */
    public Confirmation confirm(String token, String site) {
        Optional<AccountLink> confirming = links.use(token, LinkPurpose.CONFIRM_EMAIL);
        Instant now = Instant.now(clock);
        if (confirming.isPresent()) {
            accounts.find(confirming.get().getAccountId())
                    .filter(a -> !a.isDeleted())
                    .ifPresent(a -> a.confirmEmail(now));
            return Confirmation.CONFIRMED;
        }
        Optional<AccountLink> moving = links.open(token, LinkPurpose.CHANGE_EMAIL);
        if (moving.isEmpty()) {
            return Confirmation.INVALID;
        }
        accounts.lockAddresses();
        String newEmail = moving.get().getNewEmail();
        if (accounts.findByEmail(newEmail).isPresent()) {
            return Confirmation.ADDRESS_TAKEN;
        }
        Optional<AccountLink> used = links.use(token, LinkPurpose.CHANGE_EMAIL);
        Optional<Account> account =
                used.flatMap(l -> accounts.find(l.getAccountId())).filter(a -> !a.isDeleted());
        if (account.isEmpty()) {
            return Confirmation.INVALID;
        }
        Account moved = account.get();
        String oldEmail = moved.getEmail();
        moved.moveTo(newEmail, now);
        outbox.queue(
                oldEmail,
                moved.getLanguage(),
                MailTemplate.EMAIL_CHANGED,
                Map.of("name", moved.getName(), "email", moved.getEmail(), "link", site + "/login"));
        return Confirmation.MOVED;
    }

    /** What following a confirmation link did. */
    public enum Confirmation {
        CONFIRMED,
        MOVED,
        ADDRESS_TAKEN,
        INVALID
    }
}
