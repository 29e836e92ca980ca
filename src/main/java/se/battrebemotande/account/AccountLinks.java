package se.battrebemotande.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import se.battrebemotande.platform.SecretTokens;

/** Issues the single-use links mailed to account owners, and uses them up. */
@Stateless
public class AccountLinks {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new link's secret; earlier open links of the same purpose for the account stop working. */
    public String issue(long accountId, LinkPurpose purpose, String newEmail) {
        Instant now = Instant.now(clock);
        em.createNamedQuery("AccountLink.retireOpen")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
        String token = SecretTokens.newToken();
        em.persist(new AccountLink(accountId, purpose, SecretTokens.hash(token), newEmail, now));
        return token;
    }

    /** The link if it still works, without using it (to show its page). */
    public Optional<AccountLink> open(String token, LinkPurpose purpose) {
        Instant now = Instant.now(clock);
        return find(token, purpose, LockModeType.NONE).filter(l -> l.isOpen(now));
    }

    /** Uses the link up, if it still works: a second use of the same link finds nothing. */
    public Optional<AccountLink> use(String token, LinkPurpose purpose) {
        Instant now = Instant.now(clock);
        Optional<AccountLink> link =
                find(token, purpose, LockModeType.PESSIMISTIC_WRITE).filter(l -> l.isOpen(now));
        link.ifPresent(l -> l.use(now));
        return link;
    }

    private Optional<AccountLink> find(String token, LinkPurpose purpose, LockModeType lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountLink.findByHash", AccountLink.class)
                .setParameter("hash", SecretTokens.hash(token))
                .setLockMode(lock)
                .getResultStream()
                .filter(l -> l.getPurpose() == purpose)
                .findFirst();
    }
}
