package se.battrebemotande.diploma;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline;
import se.battrebemotande.learning.CourseProgress;
import se.battrebemotande.learning.CourseProgress.PartProgress;
import se.battrebemotande.learning.PartCompleted;
import se.battrebemotande.platform.NotFoundException;

/**
 * Issues certificates and diplomas as learners complete parts, in the same transaction as the
 * test that completed them, and finds them again for their holders and for verification. For the
 * administration it finds documents by code or holder, revokes them and reissues them for a
 * corrected name; the administration checks who asks and writes the audit log.
 */
@Stateless
public class Diplomas {
    private static final Logger LOG = Logger.getLogger(Diplomas.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalog catalog;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** A completed part earns its certificate; the last of the parts earns the course diploma too. */
    public void issue(@Observes PartCompleted event) {
        List<Diploma> held = ofLearner(event.accountId());
        CourseProgress progress = event.progress();
        if (held.stream().noneMatch(d -> d.getKind() == DiplomaKind.PART && d.covers(event.partId()) && d.isValid())) {
            progress.part(event.partId())
                    .ifPresent(part ->
                            issue(event.accountId(), DiplomaKind.PART, event.partId(), List.of(completed(part))));
        }
        if (progress.isComplete() && held.stream().noneMatch(d -> d.isCourseDiploma() && d.isValid())) {
            issue(
                    event.accountId(),
                    DiplomaKind.COURSE,
                    null,
                    progress.parts().stream().map(Diplomas::completed).toList());
        }
    }

    private void issue(long accountId, DiplomaKind kind, Long partId, List<CompletedPart> parts) {
        CourseOutline course = catalog.outline();
        Diploma diploma = new Diploma(
                newCode(),
                accountId,
                kind,
                partId,
                accounts.get(accountId).getName(),
                course.title(),
                course.issuer(),
                parts,
                Instant.now(clock));
        em.persist(diploma);
        LOG.info(() ->
                // Not the code: with it, whoever reads the log could match a verification to a person.
                "Issued a " + diploma.getKind() + " document to account " + diploma.getAccountId());
    }

    /** The learner's certificates and diplomas, the course diploma first. */
    public List<Diploma> ofLearner(long accountId) {
        return em.createNamedQuery("Diploma.ofLearner", Diploma.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** Revokes every document of a deleted account and erases the name on each. */
    public void forgetHolder(long accountId) {
        Instant now = Instant.now(clock);
        em.createNamedQuery("Diploma.ofLearner", Diploma.class)
                .setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(d -> d.forgetHolder(now));
    }

    public Optional<Diploma> findByCode(String code) {
        return em.createNamedQuery("Diploma.byCode", Diploma.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** A diploma of this learner's, by code; another learner's code finds nothing. */
    public Optional<Diploma> findOwn(long accountId, String code) {
        return findByCode(code).filter(d -> d.getAccountId() == accountId);
    }

    /** A reissue: the document replaced and the new one that replaces it. */
    public record Reissue(Diploma replaced, Diploma replacement) {}

    /**
     * Revokes a valid document from now on, for the reason given (kept for administrators only).
     * Refused, with nothing changed, when it is revoked or replaced already or the reason is blank.
     */
    public Diploma revoke(String code, RevocationKind kind, String reason) {
        Diploma diploma = forUpdate(code);
        diploma.revoke(kind, reason, Instant.now(clock));
        LOG.info(() -> "Revoked " + diploma.getKind() + " " + diploma.getCode() + " (" + kind + ")");
        return diploma;
    }

    /**
     * Issues a valid document again under the holder's corrected name, with a new code, the same
     * parts and completion dates and today's date of issue, and marks the old one replaced by it.
     */
    public Reissue reissue(String code, String correctedName) {
        Diploma old = forUpdate(code);
        Instant now = Instant.now(clock);
        Diploma replacement = old.reissue(newCode(), correctedName, now);
        old.retireForReissue(now);
        em.flush();
        em.persist(replacement);
        em.flush();
        old.replacedBy(replacement, now);
        LOG.info(() -> "Reissued " + old.getKind() + " " + old.getCode() + " as " + replacement.getCode());
        return new Reissue(old, replacement);
    }

    private Diploma forUpdate(String code) {
        return em.createNamedQuery("Diploma.byCode", Diploma.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("diploma " + code));
    }

    /**
     * Documents matching what an administrator typed, newest first: a code (as typed on paper, see
     * {@link VerificationCode#parse}), the holder's e-mail address, or the beginning of the name on
     * the document (without case); {@code state} null for all states.
     */
    public List<Diploma> search(String text, DiplomaState state, int first, int size) {
        return searchQuery(
                        text, state, "select d from Diploma d", Diploma.class, " order by d.issuedAt desc, d.id desc")
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String text, DiplomaState state) {
        return searchQuery(text, state, "select count(d) from Diploma d", Long.class, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(String text, DiplomaState state, String select, Class<T> type, String order) {
        String q = text == null ? "" : text.strip();
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        Optional<String> code = VerificationCode.parse(q).valid();
        if (code.isPresent()) {
            where.append(" and d.code = :code");
            parameters.put("code", code.get());
        } else if (q.contains("@")) {
            where.append(" and d.accountId = :account");
            parameters.put(
                    "account", accounts.findByEmail(q).map(a -> a.getId()).orElse(-1L));
        } else if (!q.isEmpty()) {
            String prefix = q.toLowerCase(Locale.ROOT)
                            .replaceAll("\\s+", " ")
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            where.append(" and lower(d.holderName) like :prefix escape '\\'");
            parameters.put("prefix", prefix);
        }
        if (state == DiplomaState.VALID) {
            where.append(" and d.revokedAt is null");
        } else if (state == DiplomaState.REVOKED) {
            where.append(" and d.revokedAt is not null and d.replacedBy is null");
        } else if (state == DiplomaState.REPLACED) {
            where.append(" and d.replacedBy is not null");
        }
        TypedQuery<T> query =
                em.createQuery(select + (where.isEmpty() ? "" : " where" + where.substring(4)) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The document's line of reissues, from the first issued to the newest: a single document when
     * it was never reissued. The newest is the one a verification of any of them points to.
     */
    public List<Diploma> lineage(Diploma diploma) {
        Deque<Diploma> line = new ArrayDeque<>();
        line.add(diploma);
        for (Optional<Diploma> earlier = replaced(line.getFirst());
                earlier.isPresent();
                earlier = replaced(line.getFirst())) {
            line.addFirst(earlier.get());
        }
        for (Diploma newest = line.getLast(); newest.getReplacedBy() != null; newest = line.getLast()) {
            Diploma next = em.find(Diploma.class, newest.getReplacedBy());
            if (next == null) {
                break;
            }
            line.addLast(next);
        }
        return List.copyOf(line);
    }

    /** The newest document of a replaced one's line; empty for a document that was not replaced. */
    public Optional<Diploma> currentReplacement(Diploma diploma) {
        if (diploma.getReplacedBy() == null) {
            return Optional.empty();
        }
        List<Diploma> line = lineage(diploma);
        return Optional.of(line.get(line.size() - 1));
    }

    private Optional<Diploma> replaced(Diploma diploma) {
        return em.createNamedQuery("Diploma.replacedBy", Diploma.class)
                .setParameter("id", diploma.getId())
                .getResultStream()
                .findFirst();
    }

    private String newCode() {
        String code;
        do {
            code = VerificationCode.generate();
        } while (findByCode(code).isPresent());
        return code;
    }

    private static CompletedPart completed(PartProgress part) {
        return new CompletedPart(part.part().id(), part.part().title(), part.completedAt());
    }
}
