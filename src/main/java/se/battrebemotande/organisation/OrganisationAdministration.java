package se.battrebemotande.organisation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.organisation.OrganisationRefusedException.Reason;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.platform.Sql;

/**
 * Every organisation as the county board's administrators see it: the list (searched, filtered,
 * sorted and paged in the database), one organisation with its administrators, changing who
 * administers it, and merging a duplicate into the organisation kept.
 *
 * <p>Every method takes the acting account and asks the database whether it is a site
 * administrator now; to anyone else nothing here exists ({@link NotFoundException}). Methods that
 * change something return what it was and what it became, for the audit log the administration
 * writes in the same transaction.
 */
@Stateless
public class OrganisationAdministration {
    private static final Logger LOG = Logger.getLogger(OrganisationAdministration.class.getName());
    /** Ids per {@code IN (...)} of a bulk statement. */
    private static final int CHUNK = 500;

    private static final String MEMBERS =
            "(SELECT COUNT(*) FROM membership mc" + " WHERE mc.organisation_id = o.id AND mc.account_id IS NOT NULL)";
    private static final String PENDING =
            "(SELECT COUNT(*) FROM membership mp" + " WHERE mp.organisation_id = o.id AND mp.account_id IS NULL)";
    private static final String LISTING = "SELECT o.id, o.name, o.kind, o.county_code, o.municipality_code,"
            + " o.org_number, o.created_at, " + MEMBERS + " AS members, " + PENDING + " AS pending";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** An organisation with its numbers, as the administrators' pages and the merge preview show it. */
    public record Summary(
            long id,
            String name,
            OrganisationKind kind,
            String countyCode,
            String municipalityCode,
            String orgNumber,
            Instant createdAt,
            boolean joinLinkEnabled,
            long members,
            long admins,
            long pending,
            long enrolmentLists)
            implements Serializable {

        /** The organisation number as written ({@code 802000-1234}), or empty. */
        public String formattedNumber() {
            return orgNumber == null ? "" : new OrganisationNumber(orgNumber).toString();
        }

        /** For the audit log. */
        public String state() {
            return "#" + id + " " + name + " (" + kind + ", county " + countyCode
                    + (orgNumber == null ? "" : ", " + formattedNumber()) + "): members=" + members + ", admins="
                    + admins + ", invited or listed=" + pending + ", enrolment lists=" + enrolmentLists
                    + ", join link " + (joinLinkEnabled ? "on" : "off");
        }
    }

    /** A change of someone's role in an organisation, as it was and as it is. */
    public record RoleChange(
            long organisationId,
            String organisationName,
            long membershipId,
            Long accountId,
            String name,
            String email,
            MemberRole before,
            MemberRole after)
            implements Serializable {
        public boolean changed() {
            return before != after;
        }
    }

    /** What merging the duplicate into the kept organisation does, before it is done. */
    public record MergePreview(Summary kept, Summary duplicate, MergePlan plan) implements Serializable {
        /** Whether the duplicate's join link will lead to the kept organisation. */
        public boolean joinLinkCarried() {
            return duplicate.joinLinkEnabled();
        }
    }

    /** A merge done: both organisations as they were, and the kept one as it is now. */
    public record Merged(Summary keptBefore, Summary duplicateBefore, Summary keptAfter, MergePlan plan)
            implements Serializable {}

    /** One page of the list. */
    public List<OrganisationListing> list(long actorId, OrganisationListQuery query, int first, int size) {
        administrator(actorId);
        Sql sql = where(new Sql(LISTING + " FROM organisation o WHERE 1 = 1"), query)
                .and(" ORDER BY " + order(query) + ", o.id LIMIT ? OFFSET ?", size, first);
        return listings(sql);
    }

    private List<OrganisationListing> listings(Sql sql) {
        return sql.query(dataSource, rs -> {
            List<OrganisationListing> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new OrganisationListing(
                        rs.getLong("id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("county_code"),
                        rs.getString("municipality_code"),
                        rs.getString("org_number"),
                        Sql.instant(rs, "created_at"),
                        rs.getLong("members"),
                        rs.getLong("pending")));
            }
            return rows;
        });
    }

    /** How many organisations the query finds. */
    public long count(long actorId, OrganisationListQuery query) {
        administrator(actorId);
        return where(new Sql("SELECT COUNT(*) FROM organisation o WHERE 1 = 1"), query)
                .query(dataSource, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    private static Sql where(Sql sql, OrganisationListQuery query) {
        if (query.countyCode() != null) {
            sql.and(" AND o.county_code = ?", query.countyCode());
        }
        if (query.kind() != null) {
            sql.and(" AND o.kind = ?", query.kind().name());
        }
        if (query.search() != null) {
            String like = "%"
                    + query.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String number = query.numberPrefix();
            if (number == null) {
                sql.and(" AND LOWER(o.name) LIKE ? ESCAPE '\\'", like);
            } else {
                sql.and(" AND (LOWER(o.name) LIKE ? ESCAPE '\\' OR o.org_number LIKE ?)", like, number + "%");
            }
        }
        return sql;
    }

    private static String order(OrganisationListQuery query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        return switch (query.sort()) {
            case NAME -> "LOWER(o.name)" + direction;
            case KIND -> "o.kind" + direction + ", LOWER(o.name)";
            case COUNTY -> "o.county_code" + direction + ", LOWER(o.name)";
            case MEMBERS -> MEMBERS + direction + ", LOWER(o.name)";
            case CREATED -> "o.created_at" + direction;
        };
    }

    /** One organisation with its numbers. */
    public Summary summary(long actorId, long organisationId) {
        administrator(actorId);
        return summary(organisation(organisationId));
    }

    /** Where an organisation merged away went: the id of the one it became part of. */
    public Optional<Long> mergedInto(long actorId, long organisationId) {
        administrator(actorId);
        return Optional.ofNullable(em.find(OrganisationMerge.class, organisationId))
                .map(OrganisationMerge::getKeptId);
    }

    /**
     * Organisations that may be the same as this one: the same organisation number, or the same name
     * written another way (case, spaces), at most ten.
     */
    public List<OrganisationListing> possibleDuplicates(long actorId, long organisationId) {
        administrator(actorId);
        Organisation organisation = organisation(organisationId);
        String name = organisation.getName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Optional<String> number = organisation.getOrgNumber().map(OrganisationNumber::digits);
        Sql sql = new Sql(
                LISTING + " FROM organisation o WHERE o.id <> ? AND (LOWER(TRIM(o.name)) = ?", organisationId, name);
        number.ifPresent(n -> sql.and(" OR o.org_number = ?", n));
        return listings(sql.and(") ORDER BY LOWER(o.name), o.id LIMIT 10"));
    }

    /** Makes a member who has joined an administrator of the organisation too. */
    public RoleChange makeAdmin(long actorId, long organisationId, long membershipId) {
        administrator(actorId);
        Organisation organisation = lock(organisation(organisationId));
        Membership member = membership(organisationId, membershipId);
        if (!member.isJoined()) {
            throw new OrganisationRefusedException(Reason.NOT_JOINED);
        }
        MemberRole before = member.getRole();
        member.makeAdmin();
        return change(organisation, member, before);
    }

    /** An administrator of the organisation becomes an ordinary member, unless they are its last one. */
    public RoleChange revokeAdmin(long actorId, long organisationId, long membershipId) {
        administrator(actorId);
        Organisation organisation = lock(organisation(organisationId));
        Membership member = membership(organisationId, membershipId);
        if (member.isAdmin() && adminCount(organisationId) <= 1) {
            throw new OrganisationRefusedException(Reason.LAST_ADMIN);
        }
        MemberRole before = member.getRole();
        member.makeMember();
        return change(organisation, member, before);
    }

    private RoleChange change(Organisation organisation, Membership member, MemberRole before) {
        String name = member.getAccountId() == null
                ? member.getName()
                : accounts.find(member.getAccountId()).map(a -> a.getName()).orElse(member.getName());
        return new RoleChange(
                organisation.getId(),
                organisation.getName(),
                member.getId(),
                member.getAccountId(),
                name,
                member.getEmail(),
                before,
                member.getRole());
    }

    /** What merging would do; nothing changes. */
    public MergePreview previewMerge(long actorId, long keptId, long duplicateId) {
        administrator(actorId);
        if (keptId == duplicateId) {
            throw new OrganisationRefusedException(Reason.SAME_ORGANISATION);
        }
        Organisation kept = organisation(keptId);
        Organisation duplicate = organisation(duplicateId);
        return new MergePreview(summary(kept), summary(duplicate), plan(keptId, duplicateId));
    }

    /**
     * Merges the duplicate into the kept organisation, in one transaction: its members, invitations
     * and enrolment lists move (a person on both lists keeps one membership with the stronger role),
     * the duplicate is deleted, and its join link (if it was on) leads to the kept organisation.
     */
    public Merged merge(long actorId, long keptId, long duplicateId) {
        administrator(actorId);
        if (keptId == duplicateId) {
            throw new OrganisationRefusedException(Reason.SAME_ORGANISATION);
        }
        Organisation kept = organisation(keptId);
        Organisation duplicate = organisation(duplicateId);
        if (keptId < duplicateId) {
            lock(kept);
            lock(duplicate);
        } else {
            lock(duplicate);
            lock(kept);
        }
        Summary keptBefore = summary(kept);
        Summary duplicateBefore = summary(duplicate);
        MergePlan plan = plan(keptId, duplicateId);

        List<Long> dropped = new ArrayList<>(plan.dropFromDuplicate());
        dropped.addAll(plan.dropFromKept());
        for (List<Long> chunk : chunks(dropped)) {
            em.createQuery("delete from Membership m where m.id in :ids")
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
        for (List<Long> chunk : chunks(plan.raiseToAdmin())) {
            em.createQuery("update Membership m set m.role = :admin, m.version = m.version + 1 where m.id in :ids")
                    .setParameter("admin", MemberRole.ADMIN)
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
        plan.newEmails()
                .forEach((id, email) -> em.createQuery(
                                "update Membership m set m.email = :email, m.version = m.version + 1 where m.id = :id")
                        .setParameter("email", email.toLowerCase(Locale.ROOT))
                        .setParameter("id", id)
                        .executeUpdate());
        em.createQuery("update Membership m set m.organisationId = :kept, m.version = m.version + 1"
                        + " where m.organisationId = :duplicate")
                .setParameter("kept", keptId)
                .setParameter("duplicate", duplicateId)
                .executeUpdate();
        em.createQuery("update EnrolmentDraft d set d.organisationId = :kept where d.organisationId = :duplicate")
                .setParameter("kept", keptId)
                .setParameter("duplicate", duplicateId)
                .executeUpdate();
        em.createQuery("update OrganisationMerge m set m.keptId = :kept where m.keptId = :duplicate")
                .setParameter("kept", keptId)
                .setParameter("duplicate", duplicateId)
                .executeUpdate();
        OrganisationMerge remembered = new OrganisationMerge(duplicate, keptId, actorId, Instant.now(clock));
        em.remove(duplicate);
        em.flush();
        em.persist(remembered);
        em.flush();
        Summary keptAfter = summary(kept);
        LOG.info(() -> "Organisation " + duplicateId + " merged into " + keptId + " by account " + actorId);
        return new Merged(keptBefore, duplicateBefore, keptAfter, plan);
    }

    private MergePlan plan(long keptId, long duplicateId) {
        return MergePlan.of(people(keptId), people(duplicateId));
    }

    /** Everyone on an organisation's list, as the merge plan needs them (on the transaction's connection). */
    private List<MergePlan.Person> people(long organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT m.id, m.account_id, m.email, a.email AS account_email, m.role,"
                                + " CASE WHEN m.invited_at IS NULL THEN 0 ELSE 1 END AS invited"
                                + " FROM membership m LEFT JOIN account a ON a.id = m.account_id"
                                + " WHERE m.organisation_id = ? ORDER BY m.id")
                .setParameter(1, organisationId)
                .getResultList();
        List<MergePlan.Person> people = new ArrayList<>();
        for (Object[] row : rows) {
            people.add(new MergePlan.Person(
                    ((Number) row[0]).longValue(),
                    row[1] == null ? null : ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3],
                    MemberRole.valueOf((String) row[4]),
                    ((Number) row[5]).intValue() == 1));
        }
        return people;
    }

    /** The organisation and its numbers, counted on the transaction's connection (so a merge sees its own changes). */
    private Summary summary(Organisation organisation) {
        long id = organisation.getId();
        return new Summary(
                id,
                organisation.getName(),
                organisation.getKind(),
                organisation.getCountyCode(),
                organisation.getMunicipalityCode(),
                organisation.getOrgNumber().map(OrganisationNumber::digits).orElse(null),
                organisation.getCreatedAt(),
                organisation.isJoinLinkEnabled(),
                count("select count(m) from Membership m where m.organisationId = :o and m.accountId is not null", id),
                adminCount(id),
                count("select count(m) from Membership m where m.organisationId = :o and m.accountId is null", id),
                count("select count(d) from EnrolmentDraft d where d.organisationId = :o", id));
    }

    private long count(String jpql, long organisationId) {
        return em.createQuery(jpql, Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
    }

    private long adminCount(long organisationId) {
        return em.createNamedQuery("Membership.countAdmins", Long.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }

    private void administrator(long actorId) {
        if (!accounts.isAdmin(actorId)) {
            throw new NotFoundException("organisation administration for account " + actorId);
        }
    }

    private Organisation organisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFoundException("organisation " + organisationId);
        }
        return organisation;
    }

    private Membership membership(long organisationId, long membershipId) {
        Membership member = em.find(Membership.class, membershipId);
        if (member == null || member.getOrganisationId() != organisationId) {
            throw new NotFoundException("membership " + membershipId);
        }
        return member;
    }

    private Organisation lock(Organisation organisation) {
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
        return organisation;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
