package se.battrebemotande.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.mail.Mail;
import se.battrebemotande.mail.MailTemplate;
import se.battrebemotande.mail.Outbox;
import se.battrebemotande.organisation.OrganisationRefusedException.Reason;
import se.battrebemotande.organisation.enrolment.EnrolmentList;
import se.battrebemotande.organisation.enrolment.EnrolmentRow;
import se.battrebemotande.organisation.enrolment.RowStatus;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.platform.SecretTokens;

/**
 * Bringing people onto an organisation's list: a read list is kept as a draft to preview, then
 * confirmed in one transaction that enrols every new row and queues their invitations. Each
 * invitation carries a personal link that expires ({@code organisation.invitation-days}, 14 by
 * default); only its hash is stored, and the mail goes out after the commit.
 */
@Stateless
public class Enrolments {
    private static final Logger LOG = Logger.getLogger(Enrolments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    MemberLists memberLists;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "organisation.invitation-days", defaultValue = "14")
    int invitationDays;

    /** What a confirmed list did. */
    public record Result(int enrolled, int invited, int skipped) {}

    /** Keeps a read list for its preview, marking who is on the organisation's list already. Nobody is enrolled yet. */
    public EnrolmentDraft draft(long accountId, long organisationId, EnrolmentList list, String source) {
        organisations.administered(accountId, organisationId);
        Set<String> known = memberLists.knownEmails(organisationId);
        EnrolmentDraft draft = new EnrolmentDraft(
                organisationId, accountId, source, list.rows().size(), Instant.now(clock));
        em.persist(draft);
        for (EnrolmentRow row : list.rows()) {
            EnrolmentRow classified = row.isNew() && known.contains(row.normalizedEmail()) ? row.alreadyMember() : row;
            em.persist(new EnrolmentDraftRow(draft.getId(), classified));
        }
        return draft;
    }

    /** A draft of this organisation's that has not been confirmed or dropped. */
    public EnrolmentDraft draft(long accountId, long organisationId, long draftId) {
        organisations.administered(accountId, organisationId);
        EnrolmentDraft draft = em.find(EnrolmentDraft.class, draftId);
        if (draft == null || draft.getOrganisationId() != organisationId) {
            throw new NotFoundException("enrolment draft " + draftId);
        }
        return draft;
    }

    /** How many rows of each status the draft has. */
    public Map<RowStatus, Long> counts(long accountId, long organisationId, long draftId) {
        draft(accountId, organisationId, draftId);
        Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
        for (RowStatus status : RowStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery(
                        "select r.status, count(r) from EnrolmentDraftRow r where r.draftId = :draft group by r.status",
                        Object[].class)
                .setParameter("draft", draftId)
                .getResultList()
                .forEach(r -> counts.put((RowStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** A page of the draft's rows in file order, all of them or those of one status. */
    public List<EnrolmentRow> rows(
            long accountId, long organisationId, long draftId, RowStatus status, int first, int size) {
        draft(accountId, organisationId, draftId);
        TypedQuery<EnrolmentDraftRow> query = status == null
                ? em.createQuery(
                        "select r from EnrolmentDraftRow r where r.draftId = :draft order by r.line",
                        EnrolmentDraftRow.class)
                : em.createQuery(
                                "select r from EnrolmentDraftRow r where r.draftId = :draft and r.status = :status"
                                        + " order by r.line",
                                EnrolmentDraftRow.class)
                        .setParameter("status", status);
        return query.setParameter("draft", draftId).setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(EnrolmentDraftRow::row)
                .toList();
    }

    /**
     * Enrols every new row of the draft, all in this one transaction, and invites them unless told
     * not to. Someone who joined since the preview is skipped. The draft is gone afterwards, so a
     * second click enrols nobody twice.
     */
    public Result confirm(
            long accountId, long organisationId, long draftId, boolean invite, Locale language, String siteAddress) {
        Organisation organisation = organisations.administered(accountId, organisationId);
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
        EnrolmentDraft draft = em.find(EnrolmentDraft.class, draftId);
        if (draft == null || draft.getOrganisationId() != organisationId) {
            throw new OrganisationRefusedException(Reason.DRAFT_GONE);
        }
        Set<String> known = memberLists.knownEmails(organisationId);
        List<EnrolmentRow> rows = em
                .createQuery(
                        "select r from EnrolmentDraftRow r where r.draftId = :draft and r.status = :status order by r.line",
                        EnrolmentDraftRow.class)
                .setParameter("draft", draftId)
                .setParameter("status", RowStatus.NEW)
                .getResultList()
                .stream()
                .map(EnrolmentDraftRow::row)
                .toList();
        Map<String, Locale> accountLanguages = accounts.languagesOf(
                rows.stream().map(EnrolmentRow::normalizedEmail).toList());
        Instant now = Instant.now(clock);
        int enrolled = 0;
        int skipped = 0;
        for (EnrolmentRow row : rows) {
            String email = row.normalizedEmail();
            if (!known.add(email)) {
                skipped++;
                continue;
            }
            Membership member = Membership.enrolled(
                    organisationId, email, row.name(), accountLanguages.getOrDefault(email, language), now);
            em.persist(member);
            if (invite) {
                invite(member, organisation, siteAddress, now);
            }
            enrolled++;
        }
        dropDraft(draftId);
        int total = enrolled;
        LOG.info(() -> "Organisation " + organisationId + " enrolled " + total + (invite ? " and invited them" : ""));
        return new Result(enrolled, invite ? enrolled : 0, skipped);
    }

    /** Invites everyone on the list who has not been invited yet; returns how many. */
    public int inviteAllNotInvited(long accountId, long organisationId, String siteAddress) {
        Organisation organisation = organisations.administered(accountId, organisationId);
        List<Membership> waiting = em.createQuery(
                        "select m from Membership m where m.organisationId = :organisation"
                                + " and m.accountId is null and m.invitedAt is null order by m.id",
                        Membership.class)
                .setParameter("organisation", organisationId)
                .getResultList();
        Instant now = Instant.now(clock);
        waiting.forEach(m -> invite(m, organisation, siteAddress, now));
        return waiting.size();
    }

    /** Sends someone who has not joined a new invitation with a new link; the old link stops working. */
    public Membership invite(long accountId, long organisationId, long membershipId, String siteAddress) {
        Organisation organisation = organisations.administered(accountId, organisationId);
        Membership member = organisations.membership(accountId, organisationId, membershipId);
        if (member.isJoined()) {
            throw new OrganisationRefusedException(Reason.ALREADY_JOINED);
        }
        invite(member, organisation, siteAddress, Instant.now(clock));
        return member;
    }

    private void invite(Membership member, Organisation organisation, String siteAddress, Instant now) {
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofDays(invitationDays));
        Map<String, String> values = Map.of(
                "name",
                member.getName() == null ? "" : member.getName(),
                "organisation",
                organisation.getName(),
                "link",
                siteAddress + "/invitation/" + token,
                "expires",
                Formats.date(expires, member.getLanguage()));
        Mail mail = member.getInvitationMailId() == null
                ? outbox.queue(member.getEmail(), member.getLanguage(), MailTemplate.INVITATION, values)
                : outbox.sendAgain(member.getInvitationMailId(), values);
        member.invite(SecretTokens.hash(token), now, expires, mail.getId());
    }

    /** Deletes drafts older than a day that were never confirmed; returns how many. */
    public int dropOldDrafts() {
        Instant before = Instant.now(clock).minus(EnrolmentDraft.KEPT);
        List<Long> old = em.createQuery("select d.id from EnrolmentDraft d where d.createdAt < :before", Long.class)
                .setParameter("before", before)
                .getResultList();
        old.forEach(this::dropDraft);
        return old.size();
    }

    private void dropDraft(long draftId) {
        em.createQuery("delete from EnrolmentDraftRow r where r.draftId = :draft")
                .setParameter("draft", draftId)
                .executeUpdate();
        em.createQuery("delete from EnrolmentDraft d where d.id = :draft")
                .setParameter("draft", draftId)
                .executeUpdate();
    }
}
