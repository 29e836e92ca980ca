package se.battrebemotande.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the media endpoint has delivered of each step's film to each learner ({@link DeliveredBytes}),
 * one row per learner and step. Recording takes the learner's lock, so two downloads at once of the
 * same film merge their ranges instead of overwriting each other.
 */
@Stateless
public class FilmDeliveries {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds bytes {@code from}–{@code to} of the step's film, a file of {@code size} bytes. */
    public void record(long accountId, long stepId, long size, long from, long to) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                .setParameter(1, accountId)
                .getResultList();
        DeliveredBytes known = find(accountId, stepId);
        String ranges = known.with(size, from, to).format();
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = em.createNativeQuery(
                        "UPDATE film_delivery SET ranges = ?, updated_at = ? WHERE account_id = ? AND step_id = ?")
                .setParameter(1, ranges)
                .setParameter(2, now)
                .setParameter(3, accountId)
                .setParameter(4, stepId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery(
                            "INSERT INTO film_delivery (account_id, step_id, ranges, updated_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, accountId)
                    .setParameter(2, stepId)
                    .setParameter(3, ranges)
                    .setParameter(4, now)
                    .executeUpdate();
        }
    }

    /** What has been delivered of the step's film to the learner; nothing if nothing. */
    public DeliveredBytes find(long accountId, long stepId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "SELECT ranges FROM film_delivery WHERE account_id = ? AND step_id = ?")
                .setParameter(1, accountId)
                .setParameter(2, stepId)
                .getResultList();
        return rows.isEmpty() ? DeliveredBytes.none() : DeliveredBytes.parse((String) rows.get(0));
    }
}
