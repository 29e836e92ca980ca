package se.battrebemotande.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator, named in configuration ({@code admin.email}, README "Configuration").
 * At start-up, while the site has no administrator, the account with that address becomes one; if
 * it has not registered yet, it becomes one on registering. Without the setting the log says how to
 * name one. Later administrators are appointed by administrators, under /admin/users.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> email;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void appoint() {
        long admins = em.createNamedQuery("Account.countByRole", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        Optional<String> named = configured();
        if (named.isEmpty()) {
            LOG.warning("The site has no administrator. Set ADMIN_EMAIL (admin.email) to the address of the first one"
                    + " and restart; that account becomes administrator (or does when it registers).");
            return;
        }
        Optional<Account> account = em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", named.get())
                .getResultStream()
                .findFirst();
        if (account.isPresent()) {
            account.get().grant(Role.ADMIN);
            LOG.info(() -> "Account " + account.get().getId() + " is now the first administrator (admin.email)");
        } else {
            LOG.info("The first administrator (admin.email) becomes one on registering with that address");
        }
    }

    /** Whether this address is the configured first administrator's. */
    public boolean isNamed(String address) {
        return configured().map(a -> a.equals(Account.normalizeEmail(address))).orElse(false);
    }

    private Optional<String> configured() {
        return email.filter(e -> !e.isBlank()).map(Account::normalizeEmail);
    }
}
