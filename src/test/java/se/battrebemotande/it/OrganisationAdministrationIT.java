package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.admin.Audit;
import se.battrebemotande.admin.AuditAction;
import se.battrebemotande.admin.AuditEntry;
import se.battrebemotande.admin.OrganisationChanges;
import se.battrebemotande.organisation.EnrolmentDraft;
import se.battrebemotande.organisation.Enrolments;
import se.battrebemotande.organisation.MemberRole;
import se.battrebemotande.organisation.Membership;
import se.battrebemotande.organisation.Organisation;
import se.battrebemotande.organisation.OrganisationAdministration;
import se.battrebemotande.organisation.OrganisationAdministration.MergePreview;
import se.battrebemotande.organisation.OrganisationAdministration.Merged;
import se.battrebemotande.organisation.OrganisationDetails;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.organisation.OrganisationListQuery;
import se.battrebemotande.organisation.OrganisationListQuery.Column;
import se.battrebemotande.organisation.OrganisationListing;
import se.battrebemotande.organisation.OrganisationNumber;
import se.battrebemotande.organisation.OrganisationRefusedException;
import se.battrebemotande.organisation.OrganisationRefusedException.Reason;
import se.battrebemotande.organisation.Organisations;
import se.battrebemotande.organisation.enrolment.PastedAddresses;
import se.battrebemotande.platform.NotFoundException;

/**
 * The county board's administration of organisations, in the server on the real database: the list
 * and its filters, changing an organisation's administrators (never the last one), and merging a
 * duplicate (what moves, people on both lists collapsed with the stronger role, the old join link,
 * the audit entry, and the merges refused).
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationAdministrationIT {
    static final String PASSWORD = "ett långt lösenord";
    static final String SITE = "https://kurs.example.se";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(OrganisationAdministrationIT.class, Deployments.class, Administrator.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    OrganisationAdministration administration;

    @Inject
    OrganisationChanges changes;

    @Inject
    Enrolments enrolments;

    @Inject
    Audit audit;

    @PersistenceContext
    EntityManager em;

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.se";
    }

    private long account(String name) {
        return accounts.register(name, unique("it"), PASSWORD, Locale.ENGLISH).getId();
    }

    private Organisation organisation(long creator, String name, OrganisationKind kind, String county, String number) {
        return organisations.create(
                creator,
                new OrganisationDetails(
                        name, kind, county, null, Optional.ofNullable(number).map(OrganisationNumber::new)));
    }

    private Organisation organisation(long creator) {
        return organisation(creator, "Förening " + UUID.randomUUID(), OrganisationKind.ASSOCIATION, "25", null);
    }

    private long join(long account, Organisation organisation) {
        return organisations.joinByLink(account, organisation.getJoinCode()).getId();
    }

    private void enrol(long admin, long organisationId, String... emails) {
        EnrolmentDraft draft =
                enrolments.draft(admin, organisationId, PastedAddresses.read(String.join("\n", emails)), "");
        enrolments.confirm(admin, organisationId, draft.getId(), false, Locale.ENGLISH, SITE);
    }

    private List<Membership> members(long organisationId) {
        return em.createQuery("select m from Membership m where m.organisationId = :o order by m.id", Membership.class)
                .setParameter("o", organisationId)
                .getResultList();
    }

    private Membership membership(long organisationId, long accountId) {
        return organisations.findMembership(organisationId, accountId).orElseThrow();
    }

    private List<AuditEntry> audited(long admin, AuditAction action, long subject) {
        return audit.entries(admin, new Audit.Filter(action, null, String.valueOf(subject), null, null), 0, 50);
    }

    private static String randomNumber() {
        return "85" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void theListFindsOrganisationsByNameNumberCountyAndKindAndCountsMembers() {
        long admin = Administrator.account(accounts);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String number = randomNumber();
        long creator = account("Creator");
        Organisation big = organisation(creator, "Stora " + tag, OrganisationKind.MUNICIPALITY, "01", number);
        Organisation small = organisation(account("Other"), "Lilla " + tag, OrganisationKind.WORKPLACE, "25", null);
        join(account("First"), big);
        join(account("Second"), big);
        enrol(creator, big.getId(), unique("listed"));

        List<OrganisationListing> byName = administration.list(
                admin,
                new OrganisationListQuery(tag.toUpperCase(Locale.ROOT), null, null, Column.MEMBERS, false),
                0,
                10);
        assertEquals(
                List.of(big.getId(), small.getId()),
                byName.stream().map(OrganisationListing::id).toList());
        assertEquals(3, byName.get(0).members(), "the creator and two who joined");
        assertEquals(1, byName.get(0).pending(), "one listed, not joined");
        assertEquals(2, administration.count(admin, new OrganisationListQuery(tag, null, null, null, true)));

        List<OrganisationListing> byNumber = administration.list(
                admin,
                new OrganisationListQuery(number.substring(0, 6) + "-" + number.substring(6), null, null, null, true),
                0,
                10);
        assertTrue(byNumber.stream().anyMatch(o -> o.id() == big.getId()), "found by its number, hyphen and all");
        assertEquals(
                List.of(small.getId()),
                administration.list(admin, new OrganisationListQuery(tag, "25", null, null, true), 0, 10).stream()
                        .map(OrganisationListing::id)
                        .toList());
        assertEquals(
                List.of(big.getId()),
                administration
                        .list(
                                admin,
                                new OrganisationListQuery(tag, null, OrganisationKind.MUNICIPALITY, null, true),
                                0,
                                10)
                        .stream()
                        .map(OrganisationListing::id)
                        .toList());
        assertThrows(NotFoundException.class, () -> administration.list(creator, OrganisationListQuery.ALL, 0, 10));
    }

    @Test
    void anAdministratorChangesWhoAdministersAnOrganisationButNeverRemovesTheLastOne() {
        long admin = Administrator.account(accounts);
        long creator = account("Creator");
        Organisation org = organisation(creator);
        long member = account("Member");
        join(member, org);
        long memberRow = membership(org.getId(), member).getId();
        long creatorRow = membership(org.getId(), creator).getId();

        changes.makeAdmin(admin, org.getId(), memberRow);
        assertTrue(organisations.administers(member, org.getId()));
        List<AuditEntry> granted = audited(admin, AuditAction.ORGANISATION_ADMIN_GRANTED, org.getId());
        assertEquals(1, granted.size());
        assertTrue(
                granted.get(0).getBefore().endsWith("role=MEMBER"),
                granted.get(0).getBefore());
        assertTrue(
                granted.get(0).getAfter().endsWith("role=ADMIN"), granted.get(0).getAfter());
        assertEquals(admin, granted.get(0).getActorId());

        changes.revokeAdmin(admin, org.getId(), creatorRow);
        assertFalse(organisations.administers(creator, org.getId()));
        assertEquals(
                1,
                audited(admin, AuditAction.ORGANISATION_ADMIN_REVOKED, org.getId())
                        .size());

        OrganisationRefusedException last = assertThrows(
                OrganisationRefusedException.class, () -> changes.revokeAdmin(admin, org.getId(), memberRow));
        assertEquals(Reason.LAST_ADMIN, last.reason());
        assertTrue(organisations.administers(member, org.getId()), "the last administrator stays");
        assertEquals(
                1,
                audited(admin, AuditAction.ORGANISATION_ADMIN_REVOKED, org.getId())
                        .size(),
                "a refused change is not in the log");

        enrol(member, org.getId(), unique("not-joined"));
        long listedRow = members(org.getId()).stream()
                .filter(m -> !m.isJoined())
                .findFirst()
                .orElseThrow()
                .getId();
        assertEquals(
                Reason.NOT_JOINED,
                assertThrows(OrganisationRefusedException.class, () -> changes.makeAdmin(admin, org.getId(), listedRow))
                        .reason());
        assertThrows(NotFoundException.class, () -> changes.makeAdmin(member, org.getId(), creatorRow));
        assertFalse(
                organisations.administers(creator, org.getId()),
                "an organisation administrator is no site administrator");
        Organisation other = organisation(account("Other"));
        assertThrows(NotFoundException.class, () -> changes.makeAdmin(admin, other.getId(), creatorRow));
    }

    @Test
    void mergingMovesEveryoneOnceWithTheStrongerRoleAndTheOldLinkLeadsToTheKeptOrganisation() {
        long admin = Administrator.account(accounts);
        long keptAdmin = account("Kept admin");
        long duplicateAdmin = account("Duplicate admin");
        long inBoth = account("In both");
        long onlyDuplicate = account("Only duplicate");
        Organisation kept = organisation(keptAdmin);
        Organisation duplicate = organisation(duplicateAdmin);
        String oldLink = duplicate.getJoinCode();
        join(inBoth, kept);
        join(inBoth, duplicate);
        join(duplicateAdmin, kept);
        join(onlyDuplicate, duplicate);
        String sharedInvite = unique("shared");
        String onlyDuplicateInvite = unique("only-duplicate");
        enrol(keptAdmin, kept.getId(), sharedInvite);
        enrol(duplicateAdmin, duplicate.getId(), sharedInvite, onlyDuplicateInvite);
        enrolments.draft(duplicateAdmin, duplicate.getId(), PastedAddresses.read(unique("waiting")), "");
        assertEquals(4, members(kept.getId()).size());
        assertEquals(5, members(duplicate.getId()).size());

        MergePreview preview = administration.previewMerge(admin, kept.getId(), duplicate.getId());
        assertEquals(1, preview.plan().movedMembers(), "only-duplicate moves");
        assertEquals(1, preview.plan().movedInvitations(), "the invitation only the duplicate had");
        assertEquals(3, preview.plan().inBoth(), "in-both, the duplicate's administrator and the shared invitation");
        assertEquals(1, preview.plan().rolesRaised(), "the duplicate's administrator administers the kept one");
        assertEquals(1, preview.duplicate().enrolmentLists());
        assertTrue(preview.joinLinkCarried());
        assertEquals(5, members(duplicate.getId()).size(), "the preview changes nothing");

        Merged merged = changes.merge(admin, kept.getId(), duplicate.getId());
        assertEquals(
                5, merged.duplicateBefore().members() + merged.duplicateBefore().pending());

        List<Membership> after = members(kept.getId());
        assertEquals(6, after.size(), "4 kept + only-duplicate + the other invitation");
        assertEquals(
                after.size(),
                after.stream()
                        .map(m -> m.getAccountId() == null ? m.getEmail() : m.getAccountId())
                        .distinct()
                        .count(),
                "nobody twice");
        assertEquals(MemberRole.ADMIN, membership(kept.getId(), duplicateAdmin).getRole());
        assertEquals(MemberRole.MEMBER, membership(kept.getId(), inBoth).getRole());
        assertEquals(MemberRole.MEMBER, membership(kept.getId(), onlyDuplicate).getRole());
        assertEquals(2, organisations.adminCount(kept.getId()));
        assertTrue(after.stream().anyMatch(m -> m.getEmail().equals(onlyDuplicateInvite.toLowerCase(Locale.ROOT))));
        assertEquals(
                1L,
                em.createQuery("select count(d) from EnrolmentDraft d where d.organisationId = :o", Long.class)
                        .setParameter("o", kept.getId())
                        .getSingleResult(),
                "the waiting enrolment list moved");
        em.clear();
        assertNull(em.find(Organisation.class, duplicate.getId()), "the duplicate is gone");
        assertTrue(members(duplicate.getId()).isEmpty());
        assertEquals(Optional.of(kept.getId()), administration.mergedInto(admin, duplicate.getId()));

        assertEquals(
                kept.getId(),
                organisations.findByJoinCode(oldLink).orElseThrow().getId());
        long newcomer = account("Newcomer");
        organisations.joinByLink(newcomer, oldLink);
        assertTrue(organisations.isMember(newcomer, kept.getId()), "the old link joins the kept organisation");

        List<AuditEntry> entries = audited(admin, AuditAction.ORGANISATIONS_MERGED, kept.getId());
        assertEquals(1, entries.size());
        AuditEntry entry = entries.get(0);
        assertTrue(entry.getSummary().contains("(#" + duplicate.getId() + ")"), entry.getSummary());
        assertTrue(entry.getBefore().contains("#" + duplicate.getId()), entry.getBefore());
        assertTrue(entry.getBefore().startsWith("kept #" + kept.getId() + " "), entry.getBefore());
        assertTrue(entry.getBefore().contains("members=3, admins=1, invited or listed=1"), entry.getBefore());
        assertTrue(entry.getAfter().contains("members=4, admins=2, invited or listed=2"), entry.getAfter());
        assertTrue(entry.getAfter().contains("leads to #" + kept.getId()), entry.getAfter());

        organisations.renewJoinLink(keptAdmin, kept.getId());
        assertTrue(organisations.findByJoinCode(oldLink).isEmpty(), "renewing the link closes the merged one too");
    }

    @Test
    void mergesIntoItselfOrByAnyoneButAnAdministratorAreRefusedAndChangeNothing() {
        long admin = Administrator.account(accounts);
        long creator = account("Creator");
        Organisation first = organisation(creator);
        Organisation second = organisation(creator);
        OrganisationRefusedException itself = assertThrows(
                OrganisationRefusedException.class, () -> changes.merge(admin, first.getId(), first.getId()));
        assertEquals(Reason.SAME_ORGANISATION, itself.reason());
        assertEquals(
                Reason.SAME_ORGANISATION,
                assertThrows(
                                OrganisationRefusedException.class,
                                () -> administration.previewMerge(admin, first.getId(), first.getId()))
                        .reason());
        assertThrows(NotFoundException.class, () -> changes.merge(creator, first.getId(), second.getId()));
        assertThrows(
                NotFoundException.class, () -> administration.previewMerge(creator, first.getId(), second.getId()));
        assertThrows(NotFoundException.class, () -> changes.merge(admin, first.getId(), Long.MAX_VALUE));
        assertTrue(organisations.administers(creator, second.getId()), "both still there");
        assertTrue(organisations.administers(creator, first.getId()));
        assertTrue(
                audited(admin, AuditAction.ORGANISATIONS_MERGED, first.getId()).isEmpty());

        Organisation closed = organisation(creator);
        organisations.switchJoinLink(creator, closed.getId(), false);
        String closedLink = closed.getJoinCode();
        assertFalse(administration
                .previewMerge(admin, first.getId(), closed.getId())
                .joinLinkCarried());
        changes.merge(admin, first.getId(), closed.getId());
        assertTrue(organisations.findByJoinCode(closedLink).isEmpty(), "a link that was off stays closed");
        assertEquals(1, organisations.adminCount(first.getId()), "the creator administered both: one membership");
    }
}
