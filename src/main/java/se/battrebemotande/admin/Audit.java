package se.battrebemotande.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.platform.NotFoundException;

/**
 * The audit log: written by the administration services in the transaction of each change, read
 * (filtered, a page at a time) by administrators, and never edited: nothing here updates or deletes.
 */
@Stateless
public class Audit {
    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Which entries to show: any of the filters may be null. */
    public record Filter(AuditAction action, Long actorId, String subjectId, Instant from, Instant until) {
        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    /** The acting account, if it is an administrator now; anyone else is told nothing exists here. */
    public Account administrator(long accountId) {
        return accounts.find(accountId)
                .filter(Account::isAdmin)
                .orElseThrow(() -> new NotFoundException("administration for account " + accountId));
    }

    /**
     * Writes an entry, in the caller's transaction. Public because the container refuses calls to
     * an EJB's package-private methods ("Not a business method"); only the administration calls it.
     */
    public void record(
            Account actor, AuditAction action, Object subjectId, String summary, String before, String after) {
        em.persist(new AuditEntry(
                Instant.now(clock),
                actor.getId(),
                actor.getName(),
                action,
                subjectId == null ? null : String.valueOf(subjectId),
                summary,
                before,
                after));
    }

    public List<AuditEntry> entries(long accountId, Filter filter, int first, int size) {
        administrator(accountId);
        return query(filter, "select e from AuditEntry e", AuditEntry.class, " order by e.at desc, e.id desc")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(long accountId, Filter filter) {
        administrator(accountId);
        return query(filter, "select count(e) from AuditEntry e", Long.class, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type, String order) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", filter.action().name());
        }
        if (filter.actorId() != null) {
            where.append(" and e.actorId = :actor");
            parameters.put("actor", filter.actorId());
        }
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            where.append(" and e.subjectId = :subject");
            parameters.put("subject", filter.subjectId().strip());
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" and e.at < :until");
            parameters.put("until", filter.until());
        }
        String jpql = select + (where.isEmpty() ? "" : " where" + where.substring(4)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
