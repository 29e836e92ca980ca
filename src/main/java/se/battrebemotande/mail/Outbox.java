package se.battrebemotande.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Queues mail in the caller's transaction, and keeps the record of its delivery. Sending happens
 * elsewhere ({@link MailDispatcher}), after the transaction that queued the mail has committed.
 */
@Stateless
public class Outbox {
    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /**
     * Puts a mail in the outbox, as part of the caller's transaction. Its id is known at once; the
     * dispatcher hears of it (once per transaction, however many mails it queues) after the commit.
     */
    public Mail queue(String recipient, Locale language, MailTemplate template, Map<String, String> values) {
        if (!values.keySet().containsAll(template.needs())) {
            throw new IllegalArgumentException(template + " needs " + template.needs() + ", got " + values.keySet());
        }
        Mail mail = new Mail(recipient, language, template, values, Instant.now(clock));
        em.persist(mail);
        announce();
        return mail;
    }

    private void announce() {
        if (transaction.getResource(MailQueued.class) == null) {
            transaction.putResource(MailQueued.class, Boolean.TRUE);
            queued.fire(new MailQueued());
        }
    }

    /**
     * Queues an undelivered (or delivered) mail once more, with fresh values such as a new link. A
     * sender that holds it at this moment will not mark it with its result.
     */
    public Mail sendAgain(long mailId, Map<String, String> values) {
        Mail mail = em.find(Mail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        mail.retry(values, Instant.now(clock));
        announce();
        return mail;
    }

    public Optional<Mail> find(long id) {
        return Optional.ofNullable(em.find(Mail.class, id));
    }

    /**
     * Claims up to {@code limit} mails that are due, for {@code lease}: a server that claims a mail
     * is the only one to send it, and one that dies while sending leaves it to another after the lease.
     */
    public List<Mail> claim(String claim, int limit, Duration lease) {
        Instant now = Instant.now(clock);
        List<Long> due = em.createNamedQuery("Mail.findDue", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        em.createQuery("update Mail m set m.claimedBy = :claim, m.claimedUntil = :until where m.id in :ids"
                        + " and m.status = se.battrebemotande.mail.MailStatus.PENDING"
                        + " and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("claim", claim)
                .setParameter("until", now.plus(lease))
                .setParameter("ids", due)
                .setParameter("now", now)
                .executeUpdate();
        return em.createNamedQuery("Mail.findClaimed", Mail.class)
                .setParameter("claim", claim)
                .getResultList();
    }

    /**
     * Records mails as delivered, in one statement per thousand: their values (and any link among
     * them) are not kept once sent.
     */
    public void delivered(String claim, List<Long> ids) {
        Instant now = Instant.now(clock);
        for (int i = 0; i < ids.size(); i += 1000) {
            em.createQuery("update Mail m set m.status = se.battrebemotande.mail.MailStatus.SENT, m.sentAt = :now,"
                            + " m.parameters = '{}', m.attempts = m.attempts + 1, m.claimedBy = null,"
                            + " m.claimedUntil = null, m.lastError = null, m.version = m.version + 1"
                            + " where m.id in :ids and m.claimedBy = :claim")
                    .setParameter("claim", claim)
                    .setParameter("now", now)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .executeUpdate();
        }
    }

    /** Records a failed delivery (tried again later, or given up after the last attempt), unless the mail was queued again meanwhile. */
    public void undelivered(String claim, long id, String error) {
        Mail mail = em.find(Mail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail != null && mail.isClaimedBy(claim)) {
            mail.failed(error, Instant.now(clock), settings.maxAttempts());
        }
    }
}
