package se.battrebemotande.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import se.battrebemotande.platform.NotFoundException;
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
    FirstAdministrator firstAdministrator;

    @Inject
    Clock clock;

    /**
     * Creates a learner account; the form has already checked the fields' formats. The first
     * administrator named in configuration ({@code admin.email}) becomes one on registering.
     */
    public Account register(String name, String email, String password, Locale language) {
        return register(name, email, password, language, false);
    }

    /** As {@link #register(String, String, String, Locale)}, the address already confirmed or not. */
    public Account register(String name, String email, String password, Locale language, boolean confirmed) {
        return create(name, email, passwords.hash(password), language, confirmed);
    }

    /**
     * As {@link #register}, with the password already hashed, and the address confirmed when the
     * person came through a link mailed to it (an invitation).
     */
    public Account create(String name, String email, String passwordHash, Locale language, boolean confirmed) {
        lockAddresses();
        if (findByEmail(email).isPresent()) {
            throw new EmailAlreadyRegisteredException();
        }
        Instant now = Instant.now(clock);
        Account account = new Account(email, name, passwordHash, language, now);
        if (confirmed) {
            account.confirmEmail(now);
        }
        if (firstAdministrator.isNamed(account.getEmail()) && countWithRole(Role.ADMIN) == 0) {
            account.grant(Role.ADMIN);
        }
        em.persist(account);
        em.flush();
        LOG.info(() ->
                "Registered account " + account.getId() + (account.isAdmin() ? " as the first administrator" : ""));
        return account;
    }

    /**
     * Serialises what gives an account an address until the transaction ends: two registrations (or
     * changes) with one address then never meet the unique constraint, whose error would carry the
     * address into the log and give the second person a server error.
     */
    public void lockAddresses() {
        em.createNativeQuery("SELECT name FROM app_lock WHERE name = 'account-email' FOR UPDATE")
                .getResultList();
    }

    /**
     * Accounts whose e-mail address or name begins with the words given (without case), by name;
     * a number finds the account with that id. Prefix searches use indexes, so they stay fast over a
     * million accounts.
     */
    public List<Account> search(String text, int first, int size) {
        // With a search text, by the lowercased name: no index holds that order, so the database finds the
        // matches by their prefix indexes and sorts only those, instead of walking the name index past every
        // account that does not match (2.5 s for "anna andersson" in a million, README "Benchmarks").
        String order = text == null || text.isBlank() ? " order by a.name, a.id" : " order by lower(a.name), a.id";
        return searchQuery(text, "select a from Account a", Account.class, order)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * How many accounts the search finds, counting no further than {@code cap} + 1: a count of every
     * "a" in a million accounts would read a tenth of them for a number nobody pages through.
     */
    public long count(String text, int cap) {
        return searchQuery(text, "select a.id from Account a", Long.class, "")
                .setMaxResults(cap + 1)
                .getResultList()
                .size();
    }

    private <T> TypedQuery<T> searchQuery(String text, String select, Class<T> type, String order) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return em.createQuery(select + order, type);
        }
        if (q.matches("[0-9]{1,18}")) {
            return em.createQuery(select + " where a.id = :id" + order, type).setParameter("id", Long.parseLong(q));
        }
        String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery(
                        select + " where a.email like :prefix escape '\\' or lower(a.name) like :prefix escape '\\'"
                                + order,
                        type)
                .setParameter("prefix", prefix);
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery("Account.countByRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    /** Whether the account is a site administrator now, read from the database. */
    public boolean isAdmin(long accountId) {
        return find(accountId).map(Account::isAdmin).orElse(false);
    }

    /** Gives or takes the administrator role; the last administrator cannot lose it. Returns the account. */
    public Account setAdmin(long accountId, boolean admin) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("account " + accountId);
        }
        if (!admin && account.isAdmin() && countWithRole(Role.ADMIN) <= 1) {
            throw new LastAdministratorException();
        }
        account.grant(admin ? Role.ADMIN : Role.LEARNER);
        return account;
    }

    /** Corrects the account's name (the name later certificates and diplomas carry). Returns the account. */
    public Account correctName(long accountId, String name) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("account " + accountId);
        }
        account.rename(name);
        return account;
    }

    /** Erases the person from the account row (see {@link Account#erase}); its links go too. */
    public void erase(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException("account " + accountId);
        }
        em.createNamedQuery("AccountLink.deleteOf")
                .setParameter("account", accountId)
                .executeUpdate();
        account.erase(Instant.now(clock));
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
        if (!valid) {
            return Optional.empty();
        }
        Account signedIn = account.get();
        if (Passwords.isWeakerThanNow(signedIn.getPasswordHash())) {
            signedIn.changePasswordHash(passwords.hash(password));
        }
        return account;
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
