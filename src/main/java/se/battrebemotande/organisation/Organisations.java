package se.battrebemotande.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.organisation.OrganisationRefusedException.Reason;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.platform.SecretTokens;

/**
 * Organisations and who belongs to them. Every method that reads or changes an organisation takes
 * the acting account and checks, in the database, that it administers that organisation; anyone
 * else is told the organisation does not exist ({@link NotFoundException}), so ids cannot be probed.
 * Changes that concern the administrators lock the organisation row, so two administrators stepping
 * down at once cannot leave it with none.
 */
@Stateless
public class Organisations {
    private static final Logger LOG = Logger.getLogger(Organisations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** Registers an organisation; its creator is its first administrator. */
    public Organisation create(long accountId, OrganisationDetails details) {
        Account creator = accounts.get(accountId);
        Instant now = Instant.now(clock);
        Organisation organisation = new Organisation(details, newJoinCode(), accountId, now);
        em.persist(organisation);
        em.flush();
        Membership admin =
                Membership.joined(organisation.getId(), accountId, creator.getEmail(), creator.getLanguage(), now);
        admin.makeAdmin();
        em.persist(admin);
        LOG.info(() -> "Organisation " + organisation.getId() + " registered by account " + accountId);
        return organisation;
    }

    /** The organisation, if this account administers it; otherwise it does not exist for them. */
    public Organisation administered(long accountId, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !administers(accountId, organisationId)) {
            throw new NotFoundException("organisation " + organisationId);
        }
        return organisation;
    }

    /** The organisation's name, for its members' own pages. */
    public String name(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        return organisation == null ? null : organisation.getName();
    }

    public boolean isMember(long accountId, long organisationId) {
        return findMembership(organisationId, accountId).isPresent();
    }

    public boolean administers(long accountId, long organisationId) {
        return findMembership(organisationId, accountId)
                .map(Membership::isAdmin)
                .orElse(false);
    }

    /** Whether the account administers any organisation: one indexed lookup, for the page header. */
    public boolean administersAny(long accountId) {
        return !em.createQuery(
                        "select m.id from Membership m where m.accountId = :account"
                                + " and m.role = se.battrebemotande.organisation.MemberRole.ADMIN",
                        Long.class)
                .setParameter("account", accountId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<Organisation> administeredBy(long accountId) {
        return em.createNamedQuery("Organisation.findAdministeredBy", Organisation.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** The organisations this account has joined, with the organisation of each. */
    public List<Joined> joinedBy(long accountId) {
        return em
                .createNamedQuery("Membership.findOfAccount", Membership.class)
                .setParameter("account", accountId)
                .getResultList()
                .stream()
                .map(m -> new Joined(m, em.find(Organisation.class, m.getOrganisationId())))
                .toList();
    }

    /** A membership of the account's, with its organisation. */
    public record Joined(Membership membership, Organisation organisation) {}

    public void describe(long accountId, long organisationId, OrganisationDetails details) {
        administered(accountId, organisationId).describe(details);
    }

    public Organisation switchJoinLink(long accountId, long organisationId, boolean enabled) {
        Organisation organisation = administered(accountId, organisationId);
        organisation.switchJoinLink(enabled);
        return organisation;
    }

    /** A new join link; the old one stops working, and so do those of organisations merged into this one. */
    public Organisation renewJoinLink(long accountId, long organisationId) {
        Organisation organisation = administered(accountId, organisationId);
        organisation.renewJoinCode(newJoinCode());
        organisation.switchJoinLink(true);
        em.createQuery("update OrganisationMerge m set m.joinCode = null where m.keptId = :organisation")
                .setParameter("organisation", organisationId)
                .executeUpdate();
        return organisation;
    }

    /**
     * The organisation a join link leads to, while the link works: its own, or the link of an
     * organisation merged into it (while its own link is on).
     */
    public Optional<Organisation> findByJoinCode(String code) {
        Optional<Organisation> own = em.createNamedQuery("Organisation.findByJoinCode", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
        Optional<Organisation> found = own.isPresent()
                ? own
                : em.createNamedQuery("OrganisationMerge.findByJoinCode", OrganisationMerge.class)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst()
                        .map(merged -> em.find(Organisation.class, merged.getKeptId()));
        return found.filter(Organisation::isJoinLinkEnabled);
    }

    /**
     * Joins by the organisation's link, agreeing to what it sees. Someone already on the list (invited
     * by address) takes their place on it; joining twice changes nothing.
     */
    public Membership joinByLink(long accountId, String code) {
        Organisation organisation =
                findByJoinCode(code).orElseThrow(() -> new OrganisationRefusedException(Reason.JOIN_LINK_OFF));
        return join(organisation.getId(), accounts.get(accountId));
    }

    /** Adds the account to the organisation's members, or finds it there already. */
    private Membership join(long organisationId, Account account) {
        lock(em.find(Organisation.class, organisationId));
        Instant now = Instant.now(clock);
        Optional<Membership> existing = findMembership(organisationId, account.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Membership> invited = em.createNamedQuery("Membership.findByEmail", Membership.class)
                .setParameter("organisation", organisationId)
                .setParameter("email", account.getEmail())
                .getResultStream()
                .filter(m -> !m.isJoined())
                .findFirst();
        if (invited.isPresent()) {
            invited.get().join(account.getId(), now);
            return invited.get();
        }
        Membership joined =
                Membership.joined(organisationId, account.getId(), account.getEmail(), account.getLanguage(), now);
        em.persist(joined);
        return joined;
    }

    /** Makes a member who has joined an administrator too. */
    public void makeAdmin(long accountId, long organisationId, long membershipId) {
        lock(administered(accountId, organisationId));
        Membership member = membership(organisationId, membershipId);
        if (!member.isJoined()) {
            throw new OrganisationRefusedException(Reason.NOT_JOINED);
        }
        member.makeAdmin();
    }

    /** An administrator becomes an ordinary member again, unless they are the last one. */
    public void revokeAdmin(long accountId, long organisationId, long membershipId) {
        lock(administered(accountId, organisationId));
        Membership member = membership(organisationId, membershipId);
        if (member.isAdmin() && adminCount(organisationId) <= 1) {
            throw new OrganisationRefusedException(Reason.LAST_ADMIN);
        }
        member.makeMember();
    }

    /** Takes someone off the list. Their account, progress and diplomas stay theirs. */
    public void remove(long accountId, long organisationId, long membershipId) {
        lock(administered(accountId, organisationId));
        Membership member = membership(organisationId, membershipId);
        if (member.isAdmin() && adminCount(organisationId) <= 1) {
            throw new OrganisationRefusedException(Reason.LAST_ADMIN);
        }
        em.remove(member);
        LOG.info(() -> "Membership " + membershipId + " removed from organisation " + organisationId);
    }

    /** The account leaves an organisation it belongs to, unless it is the last administrator. */
    public void leave(long accountId, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        Membership member = organisation == null
                ? null
                : findMembership(organisationId, accountId).orElse(null);
        if (member == null) {
            throw new NotFoundException("membership of " + organisationId);
        }
        lock(organisation);
        if (member.isAdmin() && adminCount(organisationId) <= 1) {
            throw new OrganisationRefusedException(Reason.LAST_ADMIN);
        }
        em.remove(member);
    }

    /** One of the organisation's memberships, for its administrator. */
    public Membership membership(long accountId, long organisationId, long membershipId) {
        administered(accountId, organisationId);
        return membership(organisationId, membershipId);
    }

    public long adminCount(long organisationId) {
        return em.createNamedQuery("Membership.countAdmins", Long.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }

    private Membership membership(long organisationId, long membershipId) {
        Membership member = em.find(Membership.class, membershipId);
        if (member == null || member.getOrganisationId() != organisationId) {
            throw new NotFoundException("membership " + membershipId);
        }
        return member;
    }

    public Optional<Membership> findMembership(long organisationId, long accountId) {
        return em.createNamedQuery("Membership.findByAccount", Membership.class)
                .setParameter("organisation", organisationId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    private void lock(Organisation organisation) {
        em.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
    }

    private String newJoinCode() {
        String code;
        do {
            code = SecretTokens.newCode(Organisation.JOIN_CODE_LENGTH);
        } while (!em.createNamedQuery("Organisation.findByJoinCode", Organisation.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty()
                || !em.createNamedQuery("OrganisationMerge.findByJoinCode", OrganisationMerge.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty());
        return code;
    }
}
