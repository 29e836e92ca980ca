package se.battrebemotande.diploma;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline;
import se.battrebemotande.learning.CourseProgress;
import se.battrebemotande.learning.CourseProgress.PartProgress;
import se.battrebemotande.learning.PartCompleted;

/**
 * Issues certificates and diplomas as learners complete parts, in the same transaction as the
 * test that completed them, and finds them again for their holders and for verification.
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
                "Issued " + diploma.getKind() + " " + diploma.getCode() + " to account " + diploma.getAccountId());
    }

    /** The learner's certificates and diplomas, the course diploma first. */
    public List<Diploma> ofLearner(long accountId) {
        return em.createNamedQuery("Diploma.ofLearner", Diploma.class)
                .setParameter("account", accountId)
                .getResultList();
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
