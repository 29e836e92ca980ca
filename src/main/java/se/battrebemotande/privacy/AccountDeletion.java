package se.battrebemotande.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.diploma.Diplomas;

/**
 * Deletes an account at its holder's request, all in one transaction: the name, address and
 * password are erased from the account row (which stays, empty, so that anonymous statistics keep
 * counting its progress and answers), memberships end, mail to the address is forgotten, and every
 * certificate and diploma is revoked at the holder's request with the name erased.
 */
@Stateless
public class AccountDeletion {
    private static final Logger LOG = Logger.getLogger(AccountDeletion.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Diplomas diplomas;

    public void delete(long accountId) {
        Account account = accounts.get(accountId);
        String email = account.getEmail();
        diplomas.forgetHolder(accountId);
        em.createNativeQuery("DELETE FROM membership WHERE account_id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM mail WHERE recipient = ?1")
                .setParameter(1, email)
                .executeUpdate();
        accounts.erase(accountId);
        LOG.info(() -> "Deleted account " + accountId + " at its holder's request");
    }
}
