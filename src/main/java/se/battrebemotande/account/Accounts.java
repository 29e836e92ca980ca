package se.battrebemotande.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.battrebemotande.web.LanguageChosen;

/** Registers accounts and checks credentials. */
@Stateless
public class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** Creates a learner account; the form has already checked the fields' formats. */
    public Account register(String name, String email, String password, Locale language) {
        if (findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = new Account(email, name, passwords.hash(password), language, Instant.now(clock));
        em.persist(account);
        em.flush();
        LOG.info(() -> "Registered account " + account.getId());
        return account;
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The language of each address that has an account, for mails to people who may have one. */
    public Map<String, Locale> languagesOf(Collection<String> emails) {
        Map<String, Locale> languages = new HashMap<>();
        List<String> all =
                emails.stream().map(Account::normalizeEmail).distinct().toList();
        for (int i = 0; i < all.size(); i += 1000) {
            em.createQuery("select a.email, a.language from Account a where a.email in :emails", Object[].class)
                    .setParameter("emails", all.subList(i, Math.min(all.size(), i + 1000)))
                    .getResultList()
                    .forEach(r -> languages.put((String) r[0], Locale.forLanguageTag((String) r[1])));
        }
        return languages;
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account get(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No account " + id));
    }

    /** The account these credentials belong to; an unknown e-mail costs as much time as a wrong password. */
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = findByEmail(email);
        boolean valid = account.map(a -> passwords.matches(password, a.getPasswordHash()))
                .orElseGet(() -> passwords.matchesNothing(password));
        return valid ? account : Optional.empty();
    }

    /** Keeps the language a learner chose with the switch. */
    public void languageChosen(@Observes LanguageChosen choice) {
        try {
            find(Long.parseLong(choice.caller())).ifPresent(a -> a.changeLanguage(choice.language()));
        } catch (NumberFormatException e) {
            LOG.fine(() -> "Not an account: " + choice.caller());
        }
    }
}
