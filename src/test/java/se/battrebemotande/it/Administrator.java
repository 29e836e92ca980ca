package se.battrebemotande.it;

import java.util.Locale;
import se.battrebemotande.account.Accounts;

/**
 * The site administrator of the integration tests: the server is started with {@code ADMIN_EMAIL}
 * set to this address (pom.xml, failsafe), so whoever registers with it becomes the first
 * administrator. On PostgreSQL the account outlives a test class; the next one signs in.
 *
 * <p>Every test that needs an administrator uses this one (in the container {@link #account}, over
 * HTTP {@code Web.signInAsAdministrator}, in a browser {@code Browser.signInAsAdministrator}) and
 * never makes some other new account the first administrator: registering with the configured
 * address only makes an administrator while there is none.
 */
final class Administrator {
    static final String EMAIL = "site-admin@example.se";
    static final String NAME = "Ada Administratör";
    static final String PASSWORD = "ett långt administratörslösenord";

    private Administrator() {}

    /** In the container: the administrator's account id, registering and appointing it if needed. */
    static long account(Accounts accounts) {
        long id = accounts.findByEmail(EMAIL)
                .orElseGet(() -> accounts.register(NAME, EMAIL, PASSWORD, Locale.ENGLISH))
                .getId();
        accounts.setAdmin(id, true);
        return id;
    }
}
