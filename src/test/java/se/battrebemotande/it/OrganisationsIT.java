package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.mail.Mail;
import se.battrebemotande.mail.MailStatus;
import se.battrebemotande.mail.MailTemplate;
import se.battrebemotande.mail.Outbox;
import se.battrebemotande.organisation.EnrolmentDraft;
import se.battrebemotande.organisation.Enrolments;
import se.battrebemotande.organisation.Invitations;
import se.battrebemotande.organisation.MemberListQuery;
import se.battrebemotande.organisation.MemberLists;
import se.battrebemotande.organisation.MemberRow;
import se.battrebemotande.organisation.MemberState;
import se.battrebemotande.organisation.MemberTotals;
import se.battrebemotande.organisation.Membership;
import se.battrebemotande.organisation.Organisation;
import se.battrebemotande.organisation.OrganisationDetails;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.organisation.OrganisationRefusedException;
import se.battrebemotande.organisation.Organisations;
import se.battrebemotande.organisation.Reminders;
import se.battrebemotande.organisation.enrolment.EnrolmentRow;
import se.battrebemotande.organisation.enrolment.PastedAddresses;
import se.battrebemotande.organisation.enrolment.RowStatus;
import se.battrebemotande.platform.NotFoundException;

/**
 * Organisations inside the running server, on the real database: enrolment with its preview,
 * invitations and their expiry, the join link, removal and leaving, the member list's filters and
 * totals, reminders, the mail outbox, and that an organisation is invisible to everyone but its
 * administrators.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {
    static final String PASSWORD = "ett långt lösenord";
    static final String SITE = "https://kurs.example.se";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war()
                .addClasses(OrganisationsIT.class, Deployments.class, CourseWork.class, TestClock.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Enrolments enrolments;

    @Inject
    Invitations invitations;

    @Inject
    MemberLists lists;

    @Inject
    Reminders reminders;

    @Inject
    Outbox outbox;

    @Inject
    Learning learning;

    @Inject
    CourseCatalog catalog;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.se";
    }

    private long account(String name) {
        return accounts.register(name, unique("it"), PASSWORD, Locale.ENGLISH).getId();
    }

    private Organisation organisation(long admin) {
        return organisations.create(
                admin,
                new OrganisationDetails(
                        "Testförening " + UUID.randomUUID(),
                        OrganisationKind.ASSOCIATION,
                        "25",
                        "2584",
                        Optional.empty()));
    }

    /** Enrols and invites the addresses; returns each one's invitation token, read from the mail before it is sent. */
    private Map<String, String> invite(long admin, long organisationId, String... emails) throws Exception {
        transaction.begin();
        EnrolmentDraft draft =
                enrolments.draft(admin, organisationId, PastedAddresses.read(String.join("\n", emails)), "");
        enrolments.confirm(admin, organisationId, draft.getId(), true, Locale.ENGLISH, SITE);
        em.flush();
        Map<String, String> tokens = new HashMap<>();
        for (String email : emails) {
            Mail mail = em.createQuery("select m from Mail m where m.recipient = :r", Mail.class)
                    .setParameter("r", email.toLowerCase(Locale.ROOT))
                    .getSingleResult();
            String link = mail.values().get("link");
            assertTrue(link.startsWith(SITE + "/invitation/"), link);
            tokens.put(email, link.substring(link.lastIndexOf('/') + 1));
        }
        transaction.commit();
        return tokens;
    }

    private long membershipCount(long organisationId) {
        return em.createQuery("select count(m) from Membership m where m.organisationId = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
    }

    @Test
    void theCreatorAdministersTheOrganisationAndOthersCannotSeeIt() {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        assertTrue(organisations.administers(admin, org.getId()));
        assertEquals(1, organisations.adminCount(org.getId()));
        assertEquals(
                List.of(org.getId()),
                organisations.administeredBy(admin).stream()
                        .map(Organisation::getId)
                        .toList());
        assertEquals(10, org.getJoinCode().length());
        MemberTotals totals = lists.totals(admin, org.getId());
        assertEquals(1, totals.members());
        assertEquals(0, totals.started());
    }

    @Test
    void thePreviewClassifiesEveryRowAndNobodyIsEnrolledUntilItIsConfirmed() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        String existing = unique("existing");
        invite(admin, org.getId(), existing);
        String fresh = unique("fresh");
        EnrolmentDraft draft = enrolments.draft(
                admin,
                org.getId(),
                PastedAddresses.read("Åsa Öberg <" + fresh + ">\n" + fresh.toUpperCase(Locale.ROOT)
                        + "\nnot-an-address\n" + existing),
                "");
        Map<RowStatus, Long> counts = enrolments.counts(admin, org.getId(), draft.getId());
        assertEquals(1, counts.get(RowStatus.NEW));
        assertEquals(1, counts.get(RowStatus.DUPLICATE));
        assertEquals(1, counts.get(RowStatus.INVALID));
        assertEquals(1, counts.get(RowStatus.MEMBER), "already invited");
        assertEquals(2, membershipCount(org.getId()), "nothing enrolled by the preview");
        List<EnrolmentRow> invalid = enrolments.rows(admin, org.getId(), draft.getId(), RowStatus.INVALID, 0, 10);
        assertEquals(3, invalid.get(0).line());

        Enrolments.Result result = enrolments.confirm(admin, org.getId(), draft.getId(), true, Locale.ENGLISH, SITE);
        assertEquals(1, result.enrolled());
        assertEquals(3, membershipCount(org.getId()));
        OrganisationRefusedException twice = assertThrows(
                OrganisationRefusedException.class,
                () -> enrolments.confirm(admin, org.getId(), draft.getId(), true, Locale.ENGLISH, SITE));
        assertEquals(OrganisationRefusedException.Reason.DRAFT_GONE, twice.reason());
        assertEquals(3, membershipCount(org.getId()), "a second click enrols nobody twice");
    }

    @Test
    void aRolledBackEnrolmentLeavesNoMembersAndNoMail() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        String email = unique("rolled-back");
        transaction.begin();
        EnrolmentDraft draft = enrolments.draft(admin, org.getId(), PastedAddresses.read(email), "");
        enrolments.confirm(admin, org.getId(), draft.getId(), true, Locale.ENGLISH, SITE);
        transaction.rollback();
        assertEquals(1, membershipCount(org.getId()));
        assertEquals(
                0L,
                em.createQuery("select count(m) from Mail m where m.recipient = :r", Long.class)
                        .setParameter("r", email)
                        .getSingleResult(),
                "no mail can go out for an invitation that was never committed");
    }

    @Test
    void anInvitationJoinsOnceAndExpiresAfterFourteenDays() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        String newcomer = unique("newcomer");
        String late = unique("late");
        Map<String, String> tokens = invite(admin, org.getId(), newcomer, late);

        Invitations.Invitation shown = invitations.find(tokens.get(newcomer)).orElseThrow();
        assertTrue(shown.valid());
        assertFalse(shown.hasAccount());
        assertEquals(org.getName(), shown.organisation().getName());
        Organisation joined = invitations.register(tokens.get(newcomer), "Ny Person", PASSWORD, Locale.ENGLISH);
        assertEquals(org.getId(), joined.getId());
        long account = accounts.findByEmail(newcomer).orElseThrow().getId();
        assertTrue(organisations.isMember(account, org.getId()));
        assertEquals(
                OrganisationRefusedException.Reason.INVITATION_EXPIRED,
                assertThrows(
                                OrganisationRefusedException.class,
                                () -> invitations.accept(account, tokens.get(newcomer)))
                        .reason(),
                "a used link does not work again");

        TestClock.advance(Duration.ofDays(14).plusMinutes(1));
        assertFalse(invitations.find(tokens.get(late)).orElseThrow().valid());
        long lateAccount = account("Late");
        assertThrows(OrganisationRefusedException.class, () -> invitations.accept(lateAccount, tokens.get(late)));
        assertFalse(organisations.isMember(lateAccount, org.getId()));
        MemberRow expired = lists.page(admin, org.getId(), MemberListQuery.ALL.withState(MemberState.INVITED), 0, 10)
                .get(0);
        assertTrue(expired.isInvitationExpired(Instant.now().plus(Duration.ofDays(15))));

        Membership resent = enrolments.invite(admin, org.getId(), expired.membershipId(), SITE);
        assertTrue(resent.getInvitationExpiresAt().isAfter(Instant.now().plus(Duration.ofDays(20))));
    }

    @Test
    void anInvitationAcceptedWithAnotherAccountJoinsThatAccount() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        String invited = unique("work-address");
        String token = invite(admin, org.getId(), invited).get(invited);
        long privateAccount = account("Privat");
        invitations.accept(privateAccount, token);
        assertTrue(organisations.isMember(privateAccount, org.getId()));
        assertEquals(2, membershipCount(org.getId()));
    }

    @Test
    void theJoinLinkCanBeTurnedOffAndRenewed() {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        String code = org.getJoinCode();
        long learner = account("Learner");
        Membership first = organisations.joinByLink(learner, code);
        Membership again = organisations.joinByLink(learner, code);
        assertEquals(first.getId(), again.getId(), "joining twice changes nothing");

        organisations.switchJoinLink(admin, org.getId(), false);
        long other = account("Other");
        assertEquals(
                OrganisationRefusedException.Reason.JOIN_LINK_OFF,
                assertThrows(OrganisationRefusedException.class, () -> organisations.joinByLink(other, code))
                        .reason());
        organisations.switchJoinLink(admin, org.getId(), true);
        String renewed = organisations.renewJoinLink(admin, org.getId()).getJoinCode();
        assertNotEquals(code, renewed);
        assertThrows(OrganisationRefusedException.class, () -> organisations.joinByLink(other, code));
        organisations.joinByLink(other, renewed);
        assertTrue(organisations.isMember(other, org.getId()));
    }

    @Test
    void joiningByLinkTakesThePlaceOfAnInvitationToTheSameAddress() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        String email = unique("both-ways");
        invite(admin, org.getId(), email);
        long account =
                accounts.register("Both Ways", email, PASSWORD, Locale.ENGLISH).getId();
        organisations.joinByLink(account, org.getJoinCode());
        assertEquals(2, membershipCount(org.getId()), "one row for the person, not two");
        assertEquals(
                MemberState.NOT_STARTED,
                lists.page(admin, org.getId(), MemberListQuery.ALL, 0, 10).stream()
                        .filter(r -> email.equals(r.email()))
                        .findFirst()
                        .orElseThrow()
                        .state());
    }

    @Test
    void removingOrLeavingKeepsTheLearnersProgressAndTheLastAdministratorStays() {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        long learner = account("Learner");
        StepOutline step = catalog.outline().parts().get(0).steps().get(0);
        CourseWork.complete(learning, learner, step);
        Membership member = organisations.joinByLink(learner, org.getJoinCode());
        assertTrue(learning.progress(learner, step.id()).orElseThrow().isComplete(), "joining changes no progress");
        organisations.remove(admin, org.getId(), member.getId());
        assertFalse(organisations.isMember(learner, org.getId()));
        assertTrue(learning.progress(learner, step.id()).orElseThrow().isComplete(), "removal changes no progress");

        long adminMembership = lists.administrators(admin, org.getId()).get(0).membershipId();
        for (Executable lastAdmin : List.<Executable>of(
                () -> organisations.leave(admin, org.getId()),
                () -> organisations.revokeAdmin(admin, org.getId(), adminMembership),
                () -> organisations.remove(admin, org.getId(), adminMembership))) {
            assertEquals(
                    OrganisationRefusedException.Reason.LAST_ADMIN,
                    assertThrows(OrganisationRefusedException.class, lastAdmin::execute)
                            .reason());
        }
        Membership second = organisations.joinByLink(learner, org.getJoinCode());
        organisations.makeAdmin(admin, org.getId(), second.getId());
        organisations.leave(admin, org.getId());
        assertFalse(organisations.administers(admin, org.getId()));
        assertTrue(organisations.administers(learner, org.getId()));
        assertEquals(1, organisations.adminCount(org.getId()));
    }

    @Test
    void aLearnerBelongsToSeveralOrganisationsAndLeavingOneKeepsTheOther() {
        long first = account("First Admin");
        long second = account("Second Admin");
        Organisation one = organisation(first);
        Organisation two = organisation(second);
        long learner = account("Learner");
        organisations.joinByLink(learner, one.getJoinCode());
        organisations.joinByLink(learner, two.getJoinCode());
        assertEquals(2, organisations.joinedBy(learner).size());
        organisations.leave(learner, one.getId());
        assertFalse(organisations.isMember(learner, one.getId()));
        assertTrue(organisations.isMember(learner, two.getId()));
        assertEquals(
                List.of(two.getId()),
                organisations.joinedBy(learner).stream()
                        .map(j -> j.organisation().getId())
                        .toList());
        assertThrows(NotFoundException.class, () -> organisations.leave(learner, one.getId()), "not a member any more");
    }

    @Test
    void theListFiltersSearchesSortsAndCountsInTheDatabase() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        invite(admin, org.getId(), unique("invited"));
        EnrolmentDraft waiting = enrolments.draft(admin, org.getId(), PastedAddresses.read(unique("waiting")), "");
        enrolments.confirm(admin, org.getId(), waiting.getId(), false, Locale.ENGLISH, SITE);
        long starter = accounts.register("Zelda Started", unique("started"), PASSWORD, Locale.ENGLISH)
                .getId();
        organisations.joinByLink(starter, org.getJoinCode());
        StepOutline step = catalog.outline().parts().get(0).steps().get(0);
        CourseWork.complete(learning, starter, step);
        long finisher = accounts.register("Anna Finished", unique("finished"), PASSWORD, Locale.ENGLISH)
                .getId();
        organisations.joinByLink(finisher, org.getJoinCode());
        catalog.outline().parts().forEach(p -> p.steps().forEach(s -> CourseWork.complete(learning, finisher, s)));

        MemberTotals totals = lists.totals(admin, org.getId());
        assertEquals(3, totals.members(), "admin, starter, finisher");
        assertEquals(1, totals.invited());
        assertEquals(1, totals.notInvited());
        assertEquals(2, totals.started());
        assertEquals(1, totals.finished());
        assertEquals(1 / 3.0, totals.finishedShare(), 0.001);

        for (MemberState state : MemberState.values()) {
            List<MemberRow> rows = lists.page(admin, org.getId(), MemberListQuery.ALL.withState(state), 0, 10);
            assertEquals(1, rows.size(), state.name());
            assertTrue(rows.stream().allMatch(r -> r.state() == state), state.name());
        }
        MemberRow finished = lists.page(admin, org.getId(), MemberListQuery.ALL.withState(MemberState.FINISHED), 0, 1)
                .get(0);
        assertEquals("Anna Finished", finished.name());
        assertNotNull(finished.diplomaCode());
        long parts = catalog.outline().parts().size();
        assertEquals(parts, finished.certificates().size(), "a certificate for every part");
        MemberRow started = lists.page(admin, org.getId(), MemberListQuery.ALL.withState(MemberState.IN_PROGRESS), 0, 1)
                .get(0);
        assertEquals(1, started.completedIn(step.partId()));
        assertNotNull(started.lastActivity());

        assertEquals(
                1,
                lists.count(admin, org.getId(), new MemberListQuery(null, "zelda", MemberListQuery.Column.NAME, true)));
        assertEquals(
                1,
                lists.count(
                        admin, org.getId(), new MemberListQuery(null, "WAITING", MemberListQuery.Column.NAME, true)));
        assertEquals(
                0,
                lists.count(admin, org.getId(), new MemberListQuery(null, "100%_", MemberListQuery.Column.NAME, true)));
        List<MemberRow> byProgress = lists.page(
                admin, org.getId(), new MemberListQuery(null, null, MemberListQuery.Column.PROGRESS, false), 0, 10);
        assertEquals("Anna Finished", byProgress.get(0).name());
        assertEquals("Zelda Started", byProgress.get(1).name());
        List<MemberRow> page2 = lists.page(admin, org.getId(), MemberListQuery.ALL, 2, 2);
        assertEquals(2, page2.size());
        assertEquals(5, lists.count(admin, org.getId(), MemberListQuery.ALL));
    }

    @Test
    void membersAreRemindedAtMostOnceAWeek() {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        long learner = account("Slow Learner");
        organisations.joinByLink(learner, org.getJoinCode());
        Reminders.Plan plan = reminders.plan(admin, org.getId());
        assertEquals(2, plan.due(), "the learner and the administrator have not finished");
        assertEquals(2, reminders.send(admin, org.getId(), SITE));
        assertEquals(0, reminders.plan(admin, org.getId()).due());
        assertEquals(2, reminders.plan(admin, org.getId()).remindedRecently());
        assertEquals(0, reminders.send(admin, org.getId(), SITE), "a second click reminds nobody");
        TestClock.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(2, reminders.plan(admin, org.getId()).due());
    }

    @Test
    void aMailThatCannotBeSentIsKeptWithItsErrorAndTriedAgain() throws Exception {
        transaction.begin();
        Mail mail = outbox.queue(
                "not a valid address",
                Locale.ENGLISH,
                MailTemplate.REMINDER,
                Map.of("name", "", "organisation", "X", "link", SITE, "done", "0", "total", "12"));
        transaction.commit();
        long id = mail.getId();
        Mail tried = null;
        for (int i = 0; i < 100; i++) {
            tried = outbox.find(id).orElseThrow();
            if (tried.getAttempts() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(tried.getAttempts() >= 1, "tried");
        assertNotEquals(MailStatus.SENT, tried.getStatus());
        assertFalse(tried.getLastError().isBlank(), "the error is kept for whoever looks");
        if (tried.getStatus() == MailStatus.PENDING) {
            assertTrue(tried.getNextAttemptAt().isAfter(Instant.now()), "tried again after a pause");
        }
    }

    @Test
    void aDeliveredMailKeepsNoLinkAndAMailQueuedAgainIsNotMarkedWithAnOldResult() throws Exception {
        transaction.begin();
        Mail mail = outbox.queue(
                unique("someone"),
                Locale.ENGLISH,
                MailTemplate.REMINDER,
                Map.of("name", "", "organisation", "X", "link", SITE + "/secret", "done", "0", "total", "12"));
        List<Mail> claimed = outbox.claim("this-test", 1000, Duration.ofMinutes(5));
        transaction.commit();
        assertTrue(claimed.stream().anyMatch(m -> m.getId().equals(mail.getId())), "claimed before any sender saw it");

        outbox.sendAgain(
                mail.getId(),
                Map.of("name", "", "organisation", "X", "link", SITE + "/new", "done", "0", "total", "12"));
        outbox.delivered("this-test", List.of(mail.getId()));
        outbox.undelivered("this-test", mail.getId(), "too late");
        Mail again = outbox.find(mail.getId()).orElseThrow();
        assertNotEquals(MailStatus.SENT, again.getStatus(), "the old claim's delivery is ignored");
        assertNotEquals("too late", again.getLastError(), "the old claim's failure is ignored");
        assertEquals(SITE + "/new", again.values().get("link"));

        transaction.begin();
        Mail other = outbox.queue(
                unique("someone"),
                Locale.ENGLISH,
                MailTemplate.REMINDER,
                Map.of("name", "", "organisation", "X", "link", SITE + "/secret", "done", "0", "total", "12"));
        outbox.claim("second-claim", 1000, Duration.ofMinutes(5));
        transaction.commit();
        outbox.delivered("second-claim", List.of(other.getId()));
        Mail sent = outbox.find(other.getId()).orElseThrow();
        assertEquals(MailStatus.SENT, sent.getStatus());
        assertTrue(sent.values().isEmpty(), "a sent mail keeps no link");
    }

    @Test
    void anotherOrganisationsAdministratorFindsNothing() throws Exception {
        long admin = account("Admin");
        Organisation org = organisation(admin);
        Map<String, String> tokens = invite(admin, org.getId(), unique("member"));
        assertEquals(1, tokens.size());
        long memberId = lists.page(admin, org.getId(), MemberListQuery.ALL.withState(MemberState.INVITED), 0, 1)
                .get(0)
                .membershipId();
        EnrolmentDraft draft = enrolments.draft(admin, org.getId(), PastedAddresses.read(unique("x")), "");
        long intruder = account("Intruder");
        organisation(intruder);
        long id = org.getId();
        List<Executable> everything = List.of(
                () -> organisations.administered(intruder, id),
                () -> organisations.describe(intruder, id, org.details()),
                () -> organisations.switchJoinLink(intruder, id, false),
                () -> organisations.renewJoinLink(intruder, id),
                () -> organisations.makeAdmin(intruder, id, memberId),
                () -> organisations.revokeAdmin(intruder, id, memberId),
                () -> organisations.remove(intruder, id, memberId),
                () -> organisations.membership(intruder, id, memberId),
                () -> lists.page(intruder, id, MemberListQuery.ALL, 0, 10),
                () -> lists.count(intruder, id, MemberListQuery.ALL),
                () -> lists.totals(intruder, id),
                () -> lists.row(intruder, id, memberId),
                () -> lists.administrators(intruder, id),
                () -> lists.forEach(intruder, id, MemberListQuery.ALL, r -> {}),
                () -> enrolments.draft(intruder, id, PastedAddresses.read(unique("y")), ""),
                () -> enrolments.draft(intruder, id, draft.getId()),
                () -> enrolments.counts(intruder, id, draft.getId()),
                () -> enrolments.rows(intruder, id, draft.getId(), null, 0, 10),
                () -> enrolments.confirm(intruder, id, draft.getId(), true, Locale.ENGLISH, SITE),
                () -> enrolments.inviteAllNotInvited(intruder, id, SITE),
                () -> enrolments.invite(intruder, id, memberId, SITE),
                () -> reminders.plan(intruder, id),
                () -> reminders.send(intruder, id, SITE));
        for (Executable call : everything) {
            assertThrows(NotFoundException.class, call::execute);
        }
        assertEquals(2, membershipCount(id), "nothing changed");
        assertTrue(organisations.administers(admin, id));
    }
}
