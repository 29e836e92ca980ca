package se.battrebemotande.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.organisation.OrganisationRefusedException.Reason;
import se.battrebemotande.platform.SecretTokens;

/**
 * Accepting a personal invitation from its link: with the account one is signed in with, or by
 * creating an account for the invited address, in the same transaction as joining.
 */
@Stateless
public class Invitations {
    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /** An invitation as its link shows it: to whom, from which organisation, and whether it still works. */
    public record Invitation(String email, String name, Organisation organisation, boolean valid, boolean hasAccount) {}

    public Optional<Invitation> find(String token) {
        return byToken(token)
                .map(m -> new Invitation(
                        m.getEmail(),
                        m.getName(),
                        em.find(Organisation.class, m.getOrganisationId()),
                        m.isInvitationValid(Instant.now(clock)),
                        accounts.findByEmail(m.getEmail()).isPresent()));
    }

    /** Joins the invitation's organisation with this account. */
    public Organisation accept(long accountId, String token) {
        Membership invited = valid(token);
        Account account = accounts.get(accountId);
        Optional<Membership> already = organisations.findMembership(invited.getOrganisationId(), accountId);
        if (already.isPresent()) {
            em.remove(invited);
        } else {
            invited.join(account.getId(), Instant.now(clock));
        }
        return em.find(Organisation.class, invited.getOrganisationId());
    }

    /** Creates an account for the invited address and joins with it, both or neither. */
    public Organisation register(String token, String name, String password, Locale language) {
        Membership invited = valid(token);
        // The invitation came to this address, so following it confirms the address.
        Account account = accounts.register(name, invited.getEmail(), password, language, true);
        invited.join(account.getId(), Instant.now(clock));
        return em.find(Organisation.class, invited.getOrganisationId());
    }

    private Membership valid(String token) {
        return byToken(token)
                .filter(m -> m.isInvitationValid(Instant.now(clock)))
                .orElseThrow(() -> new OrganisationRefusedException(Reason.INVITATION_EXPIRED));
    }

    private Optional<Membership> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Membership.findByToken", Membership.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst();
    }
}
