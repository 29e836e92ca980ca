package se.battrebemotande.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.mail.MailTemplate;
import se.battrebemotande.mail.Outbox;

/**
 * Reminders to members who have not finished the course, at most one a week per member whoever sends
 * them: the date of each member's last reminder is kept with the membership.
 */
@Stateless
public class Reminders {
    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    MemberLists memberLists;

    @Inject
    CourseCatalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** How many unfinished members a reminder would reach now, and how many were reminded too recently. */
    public record Plan(int due, long notFinished) implements Serializable {
        public long remindedRecently() {
            return notFinished - due;
        }
    }

    public Plan plan(long accountId, long organisationId) {
        MemberTotals totals = memberLists.totals(accountId, organisationId);
        int due = memberLists.remindable(organisationId, Instant.now(clock)).size();
        return new Plan(due, totals.members() - totals.finished());
    }

    /** Reminds every unfinished member who has not been reminded within a week; returns how many. */
    public int send(long accountId, long organisationId, String siteAddress) {
        Organisation organisation = organisations.administered(accountId, organisationId);
        Instant now = Instant.now(clock);
        List<MemberLists.Remindable> due = memberLists.remindable(organisationId, now);
        String total = String.valueOf(catalog.outline().parts().stream()
                .mapToInt(p -> p.steps().size())
                .sum());
        for (MemberLists.Remindable member : due) {
            outbox.queue(
                    member.email(),
                    member.language(),
                    MailTemplate.REMINDER,
                    Map.of(
                            "name",
                            member.name() == null ? "" : member.name(),
                            "organisation",
                            organisation.getName(),
                            "link",
                            siteAddress + "/course",
                            "done",
                            String.valueOf(member.completedSteps()),
                            "total",
                            total));
        }
        List<Long> ids = due.stream().map(MemberLists.Remindable::membershipId).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            em.createQuery("update Membership m set m.remindedAt = :now where m.id in :ids")
                    .setParameter("now", now)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .executeUpdate();
        }
        return due.size();
    }
}
